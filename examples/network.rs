//! Builds the stance network of a corpus: speaker -> actor edges with hostile / cooperative /
//! neutral counts, as CSV, JSON or Graphviz DOT.
//!
//! ```text
//! cargo run --release --example network -- a.txt b.txt                    # CSV, one article per file
//! cargo run --release --example network -- --jsonl corpus.jsonl           # {"text", "date"?, "id"?} per line
//! cargo run --release --example network -- --jsonl - < corpus.jsonl       # the same from stdin
//! cargo run --release --example network -- --by affiliation --period month --format json a.txt
//! cargo run --release --example network -- --format dot --min-total 2 --max-edges 60 a.txt | dot -Tsvg > net.svg
//! ```
//!
//! A malformed JSON Lines line is reported on stderr with its line number and skipped; the exit
//! code is then 1 once everything else has been written.
use quotestance::network::{Fold, Period, StanceNetwork};
use quotestance::Analyzer;
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: network [--by speaker|affiliation] [--period all|month|year] \
[--format csv|json|dot] [--min-total N] [--max-edges N] [--jsonl FILE|-]... [FILE...]";

struct Doc {
    text: String,
    date: Option<String>,
}

fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    res.map_err(|e| format!("{path}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not valid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One JSON Lines record, or why it is malformed.
fn parse_line(line: &str) -> Result<Doc, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object().ok_or("not a JSON object")?;
    let text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("no \"text\" field".into()),
    };
    let date = match obj.get("date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("\"date\" is not a string".into()),
    };
    match obj.get("id") {
        None
        | Some(serde_json::Value::Null)
        | Some(serde_json::Value::String(_))
        | Some(serde_json::Value::Number(_)) => {}
        Some(_) => return Err("\"id\" is not a string or a number".into()),
    }
    Ok(Doc { text, date })
}

/// Reads JSON Lines from `path` (or stdin for `-`), reporting malformed lines; returns the
/// documents and the number of malformed lines.
fn read_jsonl(path: &str, docs: &mut Vec<Doc>) -> Result<usize, String> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        Box::new(std::io::BufReader::new(f))
    };
    let mut bad = 0;
    for (i, line) in reader.split(b'\n').enumerate() {
        let n = i + 1;
        let bytes = line.map_err(|e| format!("{path}: cannot read: {e}"))?;
        let line = match std::str::from_utf8(&bytes) {
            Ok(l) => l.trim_end_matches('\r'),
            Err(e) => {
                eprintln!(
                    "{path}:{n}: skipped: not valid UTF-8 at byte {}",
                    e.valid_up_to()
                );
                bad += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(d) => docs.push(d),
            Err(e) => {
                eprintln!("{path}:{n}: skipped: {e}");
                bad += 1;
            }
        }
    }
    Ok(bad)
}

fn main() -> ExitCode {
    let mut fold = Fold::Speaker;
    let mut period = Period::All;
    let mut format = "csv".to_string();
    let mut min_total = 1u32;
    let mut max_edges: Option<usize> = None;
    let mut jsonl = Vec::new();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    macro_rules! value {
        ($flag:expr) => {
            match args.next() {
                Some(v) => v,
                None => {
                    eprintln!("{} needs a value\n{USAGE}", $flag);
                    return ExitCode::from(2);
                }
            }
        };
    }
    while let Some(a) = args.next() {
        let parsed: Result<(), String> = match a.as_str() {
            "--by" => value!("--by").parse().map(|f| fold = f),
            "--period" => value!("--period").parse().map(|p| period = p),
            "--format" => {
                let f = value!("--format");
                if ["csv", "json", "dot"].contains(&f.as_str()) {
                    format = f;
                    Ok(())
                } else {
                    Err(format!("unknown format {f:?} (expected csv, json or dot)"))
                }
            }
            "--min-total" => value!("--min-total")
                .parse()
                .map(|n| min_total = n)
                .map_err(|e| format!("--min-total: {e}")),
            "--max-edges" => value!("--max-edges")
                .parse()
                .map(|n| max_edges = Some(n))
                .map_err(|e| format!("--max-edges: {e}")),
            "--jsonl" => {
                jsonl.push(value!("--jsonl"));
                Ok(())
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => Err(format!("unknown option {s}")),
            _ => {
                files.push(a);
                Ok(())
            }
        };
        if let Err(e) = parsed {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    if files.is_empty() && jsonl.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }

    let mut failed = false;
    let mut docs = Vec::new();
    for path in &files {
        match read_text(path) {
            Ok(text) => docs.push(Doc { text, date: None }),
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    for path in &jsonl {
        match read_jsonl(path, &mut docs) {
            Ok(0) => {}
            Ok(bad) => {
                eprintln!("{path}: {bad} malformed line(s) skipped");
                failed = true;
            }
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }

    let analyzer = Analyzer::default();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let analyses = analyzer.analyze_batch(&texts);
    let mut net = StanceNetwork::new(fold, period).with_gazetteer(analyzer.gazetteer());
    for (d, a) in docs.iter().zip(&analyses) {
        net.add(a, d.date.as_deref());
    }
    let all_edges = net.edges().len();
    let net = net.pruned(min_total, max_edges);
    eprintln!(
        "{} documents, {} quotes ({} without a speaker, skipped), {} of {} edges written",
        net.documents(),
        net.quotes(),
        net.quotes_without_speaker(),
        net.edges().len(),
        all_edges
    );
    let out = match format.as_str() {
        "json" => net.to_json() + "\n",
        "dot" => net.to_dot(),
        _ => net.to_csv(),
    };
    if let Err(e) = std::io::stdout().lock().write_all(out.as_bytes()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
