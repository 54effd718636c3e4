//! Evaluates a stance model on labelled JSON Lines, side by side with a plain bag-of-words logistic
//! baseline (unigrams of the quote, no target features) trained on the same training split.
//!
//! ```text
//! cargo run --release --example evaluate -- --data data/corpus/test.jsonl [--train FILE ...] [--model models/default.json]
//! ```
//! The baseline is trained on the `--train` files (repeat the flag for several), by default
//! `data/corpus/train.jsonl` and `data/corpus/dev.jsonl`: the rows the shipped model is trained on.
//! Rows of `--data` whose id is also in a `--train` file are counted and reported, since scores on
//! them are not held out.
use quotestance::{
    corpus, expected_calibration_error, predict_bag_of_words, Gazetteer, Metrics, Stance,
    StanceModel, TrainParams,
};
use std::process::ExitCode;

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
    let mut data = None;
    let mut train: Vec<String> = Vec::new();
    let mut model_path = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--data" => data = Some(val()?),
            "--train" => train.push(val()?),
            "--model" => model_path = Some(val()?),
            _ => {
                return Err(format!(
                "unknown argument {a}; usage: evaluate --data FILE [--train FILE ...] [--model FILE]"
            ))
            }
        }
    }
    let data = data.ok_or("--data is required")?;
    let gaz = Gazetteer::embedded();
    let rows = corpus::load(&data, &gaz).map_err(|e| e.to_string())?;
    let model = match &model_path {
        Some(p) => StanceModel::load(p).map_err(|e| e.to_string())?,
        None => StanceModel::embedded(),
    };
    let gold: Vec<Stance> = rows.iter().map(|e| e.stance.expect("labelled")).collect();
    let mut probs = Vec::new();
    let pred: Vec<Stance> = rows
        .iter()
        .map(|e| {
            let p = model.predict(&corpus::input_of(e));
            probs.push(p.probabilities);
            p.stance
        })
        .collect();
    let ours = Metrics::compute(&gold, &pred);
    let ece = expected_calibration_error(&gold, &probs, 10);
    if train.is_empty() {
        train = vec![
            "data/corpus/train.jsonl".to_string(),
            "data/corpus/dev.jsonl".to_string(),
        ];
    }
    eprintln!(
        "training the bag-of-words baseline on {} ...",
        train.join(" + ")
    );
    let mut train_rows = Vec::new();
    for t in &train {
        train_rows.extend(corpus::load(t, &gaz).map_err(|e| format!("{t}: {e}"))?);
    }
    let train_ids: std::collections::HashSet<&str> =
        train_rows.iter().filter_map(|e| e.id.as_deref()).collect();
    let overlap = rows
        .iter()
        .filter(|e| e.id.as_deref().is_some_and(|id| train_ids.contains(id)))
        .count();
    if overlap > 0 {
        eprintln!(
            "warning: {overlap} of the {} rows of {data} are also in the training files: their scores are not held out",
            rows.len()
        );
    }
    let (bow, _) = TrainParams::default()
        .alphas(vec![model.training.alpha.max(1e-6)])
        .bag_of_words(true)
        .check()
        .map_err(|e| e.to_string())?
        .train(&train_rows, |m| eprintln!("  {m}"))
        .map_err(|e| e.to_string())?;
    let base_pred: Vec<Stance> = rows.iter().map(|e| predict_bag_of_words(&bow, e)).collect();
    let base = Metrics::compute(&gold, &base_pred);
    println!(
        "data: {data} ({} rows); model: {}",
        rows.len(),
        model_path
            .as_deref()
            .unwrap_or("models/default.json (embedded)")
    );
    println!();
    println!("| metric | quotestance | bag-of-words baseline |");
    println!("|---|---:|---:|");
    println!("| accuracy | {:.3} | {:.3} |", ours.accuracy, base.accuracy);
    println!("| macro-F1 | {:.3} | {:.3} |", ours.macro_f1, base.macro_f1);
    for (i, s) in Stance::ALL.iter().enumerate() {
        println!(
            "| {s} P / R / F1 | {:.3} / {:.3} / {:.3} | {:.3} / {:.3} / {:.3} |",
            ours.precision[i],
            ours.recall[i],
            ours.f1[i],
            base.precision[i],
            base.recall[i],
            base.f1[i]
        );
    }
    println!("| expected calibration error (10 bins) | {ece:.3} | |");
    println!();
    println!("quotestance:\n{}", ours.report());
    println!("baseline:\n{}", base.report());
    Ok(())
}
