//! A fixed stance workload for instruction counting: every (quote, actor) pair the analyzer finds in
//! the bench corpus (the pairs of `cargo bench --bench pipeline -- stance`), predicted `REPEAT`
//! times (first argument, default 1). Prints the pair count and, with `--dump`, one line of
//! probabilities per pair (to check that predictions are unchanged).
//!
//! ```text
//! cargo build --release --example stance_profile
//! valgrind --tool=callgrind target/release/examples/stance_profile 1
//! valgrind --tool=callgrind target/release/examples/stance_profile 11
//! # instructions per pair = (Ir(11) - Ir(1)) / (10 * pairs)
//! ```
use quotestance::Analyzer;

#[path = "../benches/data/corpus.rs"]
mod corpus;

fn main() {
    let mut repeat = 1usize;
    let mut dump = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--dump" => dump = true,
            n => repeat = n.parse().expect("usage: stance_profile [REPEAT] [--dump]"),
        }
    }
    let docs = corpus::corpus();
    let a = Analyzer::default();
    let quotes: Vec<_> = docs.iter().flat_map(|d| a.analyze(d).quotes).collect();
    let inputs: Vec<_> = quotes
        .iter()
        .flat_map(|q| q.actors.iter().map(|actor| a.stance_input(q, actor)))
        .collect();
    let model = a.model();
    let mut sum = 0f64;
    for _ in 0..repeat {
        for i in &inputs {
            let p = model.predict(i).probabilities;
            sum += p.hostile as f64;
            if dump {
                println!("{:e} {:e} {:e}", p.hostile, p.cooperative, p.neutral);
            }
        }
    }
    eprintln!("{} pairs x {repeat}, checksum {sum:.6}", inputs.len());
}
