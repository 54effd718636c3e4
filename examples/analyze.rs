//! Finds quotes, speakers, addressees, actors and stances in news articles.
//!
//! ```text
//! cargo run --release --example analyze -- article.txt              # one JSON object
//! cargo run --release --example analyze -- a.txt b.txt dir/         # JSON Lines with "source"
//! cargo run --release --example analyze -- -                         # read one article from stdin
//! cargo run --release --example analyze -- --jsonl articles.jsonl    # {"id", "text", ...} per line
//! cargo run --release --example analyze -- --jsonl - < articles.jsonl
//! cargo run --release --example analyze -- --format table --explain article.txt
//! ```
//!
//! Options: `--format json|table`, `--explain` (the features that weighed most for each stance),
//! `--model FILE`, `--actors FILE` (extra actors, see data/ACTORS.md), `--threads N` (default: all
//! cores). Results stream out in input order; memory does not grow with the input length. A file
//! that cannot be read, is not UTF-8, or a malformed JSON line, gets an error (on stderr for files,
//! as an error object in its place for JSON Lines); the others are still processed and the exit code
//! is 1.
use quotestance::{Analysis, Analyzer};
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

// `--features mimalloc`: mimalloc instead of the system allocator (the library leaves the choice to
// the program that links it)
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Opts {
    format: String,
    explain: bool,
    jsonl: Option<String>,
    threads: Option<usize>,
    model: Option<String>,
    actors: Option<String>,
    files: Vec<String>,
}

const USAGE: &str = "usage: analyze [--format json|table] [--explain] [--model FILE] [--actors FILE] [--threads N] (FILE|DIR|-)... | --jsonl FILE|-";

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        format: "json".into(),
        explain: false,
        jsonl: None,
        threads: None,
        model: None,
        actors: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--format" => {
                o.format = val()?;
                if o.format != "json" && o.format != "table" {
                    return Err(format!("unknown format {}", o.format));
                }
            }
            "--explain" => o.explain = true,
            "--jsonl" => o.jsonl = Some(val()?),
            "--threads" => o.threads = Some(val()?.parse().map_err(|e| format!("--threads: {e}"))?),
            "--model" => o.model = Some(val()?),
            "--actors" => o.actors = Some(val()?),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => o.files.push(a),
        }
    }
    if o.files.is_empty() && o.jsonl.is_none() {
        return Err(String::new());
    }
    Ok(o)
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

/// Expands directories into their files (sorted), keeping other arguments as given.
fn expand(files: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for f in files {
        let p = std::path::Path::new(f);
        if p.is_dir() {
            let mut entries: Vec<String> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok())
                        .map(|e| e.path())
                        .filter(|p| p.is_file())
                        .map(|p| p.display().to_string())
                        .collect()
                })
                .unwrap_or_default();
            entries.sort();
            out.extend(entries);
        } else {
            out.push(f.clone());
        }
    }
    out
}

fn explain_json(a: &Analyzer, an: &Analysis) -> Value {
    let mut v = serde_json::to_value(an).expect("serialisable");
    for (qi, q) in an.quotes.iter().enumerate() {
        for (si, (actor, st)) in q.actors.iter().zip(&q.stances).enumerate() {
            let input = a.stance_input(q, actor);
            let (pro, con) = a.model().explain(&input, st.stance, 5);
            v["quotes"][qi]["stances"][si]["explanation"] =
                serde_json::json!({"for": pro, "against": con});
        }
    }
    v
}

fn render(
    a: &Analyzer,
    an: &Analysis,
    o: &Opts,
    source: Option<(&str, &str)>,
    tty: bool,
) -> String {
    if o.format == "table" {
        let head = source
            .map(|(k, v)| format!("== {k}: {v}\n"))
            .unwrap_or_default();
        return head + &a.table(an, o.explain, tty);
    }
    match source {
        Some((k, val)) => {
            let mut rest = Map::new();
            rest.insert(k.into(), Value::String(val.into()));
            json_line(a, an, o, &rest)
        }
        None if o.explain => {
            serde_json::to_string_pretty(&explain_json(a, an)).expect("serialisable") + "\n"
        }
        None => serde_json::to_string_pretty(an).expect("serialisable") + "\n",
    }
}

/// One output line: the input's other fields, then `"quotes"`.
#[derive(serde::Serialize)]
struct Line<'a, Q: serde::Serialize> {
    #[serde(flatten)]
    rest: &'a Map<String, Value>,
    quotes: Q,
}

/// `rest` and the analysis as one JSON line. Without `--explain` the quotes are written straight
/// from the analysis, with no JSON tree built in between (a quarter of the process's instructions).
fn json_line(a: &Analyzer, an: &Analysis, o: &Opts, rest: &Map<String, Value>) -> String {
    let line = if o.explain {
        let quotes = match explain_json(a, an) {
            Value::Object(mut m) => m.remove("quotes").unwrap_or_default(),
            _ => unreachable!("an analysis serialises as an object"),
        };
        serde_json::to_string(&Line { rest, quotes })
    } else {
        serde_json::to_string(&Line {
            rest,
            quotes: &an.quotes,
        })
    };
    line.expect("serialisable") + "\n"
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            return usage();
        }
    };
    if let Some(n) = o.threads {
        if rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .is_err()
        {
            eprintln!("warning: could not set --threads");
        }
    }
    let mut analyzer = match &o.model {
        Some(p) => match Analyzer::with_model(p) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        },
        None => Analyzer::default(),
    };
    if let Some(p) = &o.actors {
        analyzer = match analyzer.with_actors_file(p) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        };
    }
    let tty = std::io::stdout().is_terminal();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let failed = if let Some(src) = &o.jsonl {
        run_jsonl(&analyzer, &o, src, tty, &mut out)
    } else {
        run_files(&analyzer, &o, tty, &mut out)
    };
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_files(a: &Analyzer, o: &Opts, tty: bool, out: &mut impl Write) -> bool {
    let files = expand(&o.files);
    let many = files.len() > 1 || std::path::Path::new(&o.files[0]).is_dir();
    let mut failed = false;
    // a bounded window of files at a time, analysed in parallel, written in order
    for chunk in files.chunks(64) {
        let results: Vec<Result<String, String>> = chunk
            .par_iter()
            .map(|f| {
                let text = read_input(f)?;
                let an = a.analyze(&text);
                Ok(render(
                    a,
                    &an,
                    o,
                    many.then_some(("source", f.as_str())),
                    tty,
                ))
            })
            .collect();
        for r in results {
            match r {
                Ok(s) => {
                    if out.write_all(s.as_bytes()).is_err() {
                        return true;
                    }
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    failed = true;
                }
            }
        }
    }
    failed
}

/// JSON Lines in, JSON Lines out: batches of lines are analysed in parallel and written in order,
/// so memory stays flat however long the input is.
fn run_jsonl(a: &Analyzer, o: &Opts, src: &str, tty: bool, out: &mut impl Write) -> bool {
    let reader: Box<dyn BufRead> = if src == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        match std::fs::File::open(src) {
            Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("error: {src}: cannot read: {e}");
                return true;
            }
        }
    };
    let mut failed = false;
    let mut batch: Vec<(usize, Result<String, String>)> = Vec::with_capacity(256);
    let flush = |batch: &mut Vec<(usize, Result<String, String>)>,
                 out: &mut dyn Write,
                 failed: &mut bool|
     -> bool {
        let rendered: Vec<String> = batch
            .par_iter()
            .map(|(line_no, line)| match line {
                Err(e) => serde_json::json!({"line": line_no, "error": e}).to_string() + "\n",
                Ok(l) => process_line(a, o, l, *line_no, tty),
            })
            .collect();
        for (r, (_, l)) in rendered.iter().zip(batch.iter()) {
            if l.is_err() || r.starts_with("{\"error\"") || r.starts_with("{\"line\"") {
                *failed = true;
            }
            if out.write_all(r.as_bytes()).is_err() {
                return false;
            }
        }
        batch.clear();
        true
    };
    let mut buf = Vec::new();
    let mut reader = reader;
    let mut line_no = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {
                line_no += 1;
                let line = String::from_utf8(std::mem::take(&mut buf)).map_err(|e| {
                    format!(
                        "not valid UTF-8 at byte offset {}",
                        e.utf8_error().valid_up_to()
                    )
                });
                if line.as_ref().is_ok_and(|l| l.trim().is_empty()) {
                    continue;
                }
                batch.push((line_no, line));
                if batch.len() >= 256 && !flush(&mut batch, out, &mut failed) {
                    return true;
                }
            }
            Err(e) => {
                eprintln!("error: {src}: {e}");
                failed = true;
                break;
            }
        }
    }
    if !flush(&mut batch, out, &mut failed) {
        return true;
    }
    failed
}

fn process_line(a: &Analyzer, o: &Opts, line: &str, line_no: usize, tty: bool) -> String {
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return serde_json::json!({"line": line_no, "error": format!("invalid JSON: {e}")})
                .to_string()
                + "\n"
        }
    };
    let missing = |id: Option<&Value>| {
        serde_json::json!({"line": line_no, "id": id, "error": "missing string field \"text\""})
            .to_string()
            + "\n"
    };
    let Value::Object(mut obj) = v else {
        return missing(None);
    };
    let Some(Value::String(text)) = obj.remove("text") else {
        return missing(obj.get("id"));
    };
    let an = a.analyze(&text);
    if o.format == "table" {
        let id = obj
            .get("id")
            .map(|i| i.to_string())
            .unwrap_or_else(|| format!("line {line_no}"));
        return format!("== {id}\n{}", a.table(&an, o.explain, tty));
    }
    json_line(a, &an, o, &obj)
}
