//! Finds quotes, speakers, actors and stances in news articles.
//!
//! ```text
//! cargo run --release --example analyze -- article.txt            # one JSON object
//! cargo run --release --example analyze -- a.txt b.txt             # JSON Lines with "source"
//! cargo run --release --example analyze -- -                       # read stdin
//! cargo run --release --example analyze -- --format table a.txt    # a table for people
//! ```
use quotestance::{Analysis, Analyzer};
use std::io::{Read, Write};
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: analyze [--format json|table] FILE... (or - for stdin)");
    ExitCode::from(2)
}

fn read_input(path: &str) -> Result<String, String> {
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

fn table(a: &Analysis) -> String {
    let mut out = String::new();
    for q in &a.quotes {
        let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
        let to = q.addressee.as_ref().map_or("", |s| s.name.as_str());
        let mut t: String = q.text.chars().take(70).collect();
        if q.text.chars().count() > 70 {
            t.push('…');
        }
        out.push_str(&format!(
            "{:<9} {:<24} {:<18} {}\n",
            format!("{:?}", q.kind).to_lowercase(),
            who,
            to,
            t
        ));
    }
    out
}

fn main() -> ExitCode {
    let mut format = "json".to_string();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => match args.next() {
                Some(f) if f == "json" || f == "table" => format = f,
                _ => return usage(),
            },
            "-h" | "--help" => return usage(),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        return usage();
    }
    let analyzer = Analyzer::default();
    let many = files.len() > 1 || files[0] == "-";
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for f in &files {
        let text = match read_input(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                continue;
            }
        };
        let a = analyzer.analyze(&text);
        let line = if format == "table" {
            if many {
                format!("== {f}\n{}", table(&a))
            } else {
                table(&a)
            }
        } else if many {
            let mut v = serde_json::to_value(&a).expect("serialisable");
            v["source"] = serde_json::Value::String(f.clone());
            serde_json::to_string(&v).expect("serialisable") + "\n"
        } else {
            serde_json::to_string_pretty(&a).expect("serialisable") + "\n"
        };
        if out.write_all(line.as_bytes()).is_err() {
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
