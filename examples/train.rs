//! Trains a stance model from labelled JSON Lines.
//!
//! ```text
//! cargo run --release --example train -- --data data/corpus/train.jsonl [--dev data/corpus/dev.jsonl] --out my-model.json
//! ```
//! `--data` may be given more than once; the files' rows are trained on together. The shipped
//! model is trained on every labelled row outside the test split:
//! `--data data/corpus/train.jsonl --data data/corpus/dev.jsonl --out models/default.json`.
//! Options: `--alphas 3,10,30` (cross-validated on the training file; the default), `--folds 3`,
//! `--max-features 4000`, `--iterations 60` (final fit), `--cv-iterations 30` (each
//! cross-validation fit). Progress goes to stderr. On any error the exit code is
//! non-zero and no model file is written.
use quotestance::{corpus, Gazetteer, Metrics, Stance, TrainParams};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<(), String> {
    let mut data: Vec<String> = Vec::new();
    let mut dev = None;
    let mut out = None;
    let mut params = TrainParams::default();
    let mut fc = quotestance::FeatureConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--data" => data.push(val()?),
            "--dev" => dev = Some(val()?),
            "--out" => out = Some(val()?),
            "--alphas" => {
                let v: Result<Vec<f64>, _> =
                    val()?.split(',').map(|x| x.trim().parse::<f64>()).collect();
                params = params.alphas(v.map_err(|e| format!("--alphas: {e}"))?);
            }
            "--folds" => {
                params = params.folds(val()?.parse().map_err(|e| format!("--folds: {e}"))?)
            }
            "--iterations" => {
                params =
                    params.max_iterations(val()?.parse().map_err(|e| format!("--iterations: {e}"))?)
            }
            "--cv-iterations" => {
                params = params.cv_iterations(
                    val()?
                        .parse()
                        .map_err(|e| format!("--cv-iterations: {e}"))?,
                )
            }
            "--max-features" => {
                fc.max_features = val()?.parse().map_err(|e| format!("--max-features: {e}"))?
            }
            _ => {
                return Err(format!(
                    "unknown argument {a}; usage: train --data FILE [--data FILE ...] [--dev FILE] --out FILE"
                ))
            }
        }
    }
    if data.is_empty() {
        return Err("--data is required".into());
    }
    let out = out.ok_or("--out is required")?;
    let gaz = Gazetteer::embedded();
    let mut rows = Vec::new();
    for d in &data {
        let r = load(d, &gaz)?;
        eprintln!("loaded {} examples from {d}", r.len());
        rows.extend(r);
    }
    if let Some(d) = dev.as_ref().filter(|d| data.contains(d)) {
        return Err(format!("{d} is given both as --data and as --dev"));
    }
    let dev_rows = match &dev {
        Some(d) => Some(load(d, &gaz)?),
        None => None,
    };
    let valid = params.features(fc).check().map_err(|e| e.to_string())?;
    let t0 = Instant::now();
    let (mut model, report) = valid
        .train(&rows, |msg| eprintln!("  {msg}"))
        .map_err(|e| e.to_string())?;
    eprintln!(
        "trained in {:.1} s (alpha {})",
        t0.elapsed().as_secs_f64(),
        report.alpha
    );
    println!("training rows (optimistic):\n{}", report.train.report());
    let t = &report.train;
    model.training.metrics.insert(
        "train".into(),
        serde_json::json!({"files": data, "optimistic": true, "accuracy": t.accuracy, "macro_f1": t.macro_f1, "f1": t.f1}),
    );
    if let Some(dev_rows) = dev_rows {
        let gold: Vec<Stance> = dev_rows
            .iter()
            .map(|e| e.stance.expect("labelled"))
            .collect();
        let mut probs = Vec::new();
        let pred: Vec<Stance> = dev_rows
            .iter()
            .map(|e| {
                let p = model.predict(&quotestance::corpus::input_of(e));
                probs.push(p.probabilities);
                p.stance
            })
            .collect();
        let m = Metrics::compute(&gold, &pred);
        let ece = quotestance::expected_calibration_error(&gold, &probs, 10);
        println!(
            "dev ({}):\n{}ECE {:.3}",
            dev.as_deref().unwrap_or(""),
            m.report(),
            ece
        );
        model.training.metrics.insert("dev".into(), serde_json::json!({"file": dev, "accuracy": m.accuracy, "macro_f1": m.macro_f1, "f1": m.f1, "ece": ece}));
    }
    model.save(&out).map_err(|e| e.to_string())?;
    eprintln!("wrote {out}");
    Ok(())
}

fn load(path: &str, gaz: &Gazetteer) -> Result<Vec<corpus::Example>, String> {
    corpus::load(path, gaz).map_err(|e| match e {
        corpus::CorpusError::Rows(rows) => {
            let mut s = format!("{} bad row(s) in {path}:", rows.len());
            for r in rows.iter().take(20) {
                s.push_str(&format!("\n  {r}"));
            }
            if rows.len() > 20 {
                s.push_str(&format!("\n  ... and {} more", rows.len() - 20));
            }
            s
        }
        e => e.to_string(),
    })
}
