//! Classifies (quote, speaker, target) triples read as JSON Lines on stdin; writes one JSON line per
//! input, in order, with "stance" and "probabilities" added. A bad line gets an error object in its
//! place; the run goes on and the exit code is 1 if any line failed.
//!
//! ```text
//! echo '{"quote": "We thank Japan for its support.", "speaker": "Li Wei", "target": "Japan"}' | cargo run --release --example classify
//! cargo run --release --example classify -- --model models/default.json --explain < rows.jsonl
//! ```
use quotestance::{corpus, Gazetteer, Stance, StanceModel};
use std::io::{BufRead, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut model_path = None;
    let mut explain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model_path = args.next(),
            "--explain" => explain = true,
            _ => {
                eprintln!("usage: classify [--model FILE] [--explain] < rows.jsonl");
                return ExitCode::from(2);
            }
        }
    }
    let model = match &model_path {
        Some(p) => match StanceModel::load(p) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        },
        None => StanceModel::embedded(),
    };
    let gaz = Gazetteer::embedded();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: <stdin>:{}: {e}", i + 1);
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let origin = format!("<stdin>:{}", i + 1);
        let obj = match corpus::parse_example(&line, &origin, &gaz, false) {
            Ok(e) => {
                let p = model.predict(&corpus::input_of(&e));
                let mut v: serde_json::Value = serde_json::from_str(&line).expect("parsed above");
                v["stance"] = serde_json::json!(p.stance);
                v["probabilities"] = serde_json::json!(p.probabilities);
                if explain {
                    let (pro, con) = model.explain(&corpus::input_of(&e), p.stance, 5);
                    v["explanation"] = serde_json::json!({"for": pro, "against": con});
                }
                v
            }
            Err(reason) => {
                failed = true;
                serde_json::json!({"error": reason, "line": i + 1})
            }
        };
        if writeln!(out, "{obj}").is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = Stance::ALL;
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
