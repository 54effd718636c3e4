//! Stance model: training on a small sample, save/load round trip, guards, and the seed article.

use quotestance::{
    corpus, Analyzer, Gazetteer, ModelError, Stance, StanceModel, TrainError, TrainParams,
};

fn sample(n: usize) -> Vec<corpus::Example> {
    let gaz = Gazetteer::embedded();
    let rows = corpus::load(
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus/train.jsonl"),
        &gaz,
    )
    .unwrap();
    rows.into_iter().step_by(8).take(n).collect()
}

#[test]
fn trains_saves_and_reloads_identically() {
    let rows = sample(240);
    let params = TrainParams::default()
        .alphas(vec![1.0, 3.0])
        .folds(2)
        .max_iterations(60)
        .check()
        .unwrap();
    let mut log = Vec::new();
    let (model, report) = params.train(&rows, |m| log.push(m.to_string())).unwrap();
    assert_eq!(
        report.cv.len(),
        2,
        "cross-validation ran for each alpha: {log:?}"
    );
    assert!(
        report.train.accuracy > 0.8,
        "fits its own training rows: {}",
        report.train.accuracy
    );
    let path = std::env::temp_dir().join(format!("qs-model-{}.json", std::process::id()));
    model.save(&path).unwrap();
    let back = StanceModel::load(&path).unwrap();
    std::fs::remove_file(&path).ok();
    for e in rows.iter().take(50) {
        let a = model.predict(&corpus::input_of(e));
        let b = back.predict(&corpus::input_of(e));
        assert_eq!(a, b, "reloaded model predicts the same probabilities");
    }
}

#[test]
fn single_class_and_empty_data_are_refused() {
    let rows: Vec<_> = sample(200)
        .into_iter()
        .filter(|e| e.stance == Some(Stance::Hostile))
        .take(10)
        .collect();
    let p = TrainParams::default().alphas(vec![1.0]).check().unwrap();
    assert!(matches!(
        p.train(&rows, |_| {}),
        Err(TrainError::MissingClass(Stance::Cooperative))
    ));
    assert!(matches!(p.train(&[], |_| {}), Err(TrainError::Empty)));
}

#[test]
fn shipped_model_loads_and_reports_provenance() {
    let m = StanceModel::embedded();
    assert!(m.vocabulary_len() >= 1000);
    assert!(m.training.examples >= 2000);
    assert!(!m.training.data_fingerprint.is_empty());
}

#[test]
fn mismatched_model_is_refused() {
    let json = StanceModel::embedded().to_json();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["features"]["version"] = serde_json::json!(quotestance::FEATURE_VERSION + 1);
    let bad = v.to_string();
    assert!(matches!(
        StanceModel::from_json(&bad, "m.json"),
        Err(ModelError::FeatureMismatch { .. })
    ));
    let bad = json.replacen(
        "\"hostile\",\"cooperative\",\"neutral\"",
        "\"hostile\",\"friendly\",\"neutral\"",
        1,
    );
    assert!(matches!(
        StanceModel::from_json(&bad, "m.json"),
        Err(ModelError::Labels { .. })
    ));
    let err = StanceModel::from_json(&json[..json.len() / 2], "half.json").unwrap_err();
    assert!(
        matches!(err, ModelError::Corrupt { .. }) && err.to_string().starts_with("half.json"),
        "{err}"
    );
}

#[test]
fn seed_article_hostile_toward_america() {
    let text = include_str!("golden/seed.txt");
    let a = Analyzer::default().analyze(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("America’s hostility"))
        .unwrap();
    let usa = q.stances.iter().find(|s| s.actor.id == "USA").unwrap();
    assert_eq!(usa.stance, Stance::Hostile);
    let p = usa.probabilities;
    assert!((p.hostile + p.cooperative + p.neutral - 1.0).abs() < 1e-4);
    assert_eq!(q.stances.len(), q.actors.len());
}

#[test]
fn classify_reads_the_speakers_own_country_as_the_speaker() {
    // Khamenei's own country in reported speech is masked like "we"; for a speaker the gazetteer
    // does not know, "Tehran" is just another actor, so the two inputs differ
    let a = Analyzer::default();
    let q = "Tehran and Moscow must step up cooperation to isolate the United States.";
    let known = a
        .classify(q, Some("Ali Khamenei"), "the United States")
        .unwrap();
    let unknown = a.classify(q, Some("Li Wei"), "the United States").unwrap();
    assert_ne!(known.probabilities, unknown.probabilities);
    // the same holds for the speaker's own country as the target (own_side)
    let own = a.classify(q, Some("Ali Khamenei"), "Tehran").unwrap();
    let other = a.classify(q, Some("Li Wei"), "Tehran").unwrap();
    assert_ne!(own.probabilities, other.probabilities);
}

#[test]
fn explanations_name_features() {
    let m = StanceModel::embedded();
    let a = Analyzer::default();
    let p = a
        .classify(
            "We will never accept Washington's bullying.",
            Some("Ali Khamenei"),
            "Washington",
        )
        .unwrap();
    let quote = "We will never accept Washington's bullying.";
    let input = quotestance::StanceInput {
        quote,
        target: vec![21..31],
        ..Default::default()
    };
    let (pro, _con) = m.explain(&input, p.stance, 5);
    assert!(!pro.is_empty());
    assert!(pro.windows(2).all(|w| w[0].weight >= w[1].weight));
}

#[test]
fn addressee_not_named_in_the_quote_is_not_given_the_quotes_tone() {
    // regression: Putin's quote to Khamenei says nothing about Khamenei; it was labelled hostile
    let a = Analyzer::default();
    let r = a.analyze(include_str!("golden/seed.txt"));
    let q = r
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We are managing"))
        .unwrap();
    let k = q
        .stances
        .iter()
        .find(|s| s.actor.name == "Ali Khamenei")
        .unwrap();
    assert_eq!(k.stance, Stance::Neutral);
    // the lede names Putin's country ("Moscow"), so his stance is read through it
    let lede = &r.quotes[0];
    let p = lede
        .stances
        .iter()
        .find(|s| s.actor.name == "Vladimir Putin")
        .unwrap();
    assert_ne!(p.stance, Stance::Hostile, "{p:?}");
}

#[test]
fn wire_service_narration_takes_no_side() {
    // regression: the seed's "..., Reuters reports" summary had read as hostile toward Putin, the
    // United States and Trump; an agency's own narration is neutral by rule
    let a = Analyzer::default();
    let r = a.analyze(include_str!("golden/seed.txt"));
    let q = r
        .quotes
        .iter()
        .find(|q| q.speaker.as_ref().is_some_and(|s| s.name == "Reuters"))
        .expect("the Reuters report");
    assert!(q.stances.len() >= 3, "{q:#?}");
    for s in &q.stances {
        assert_eq!(s.stance, Stance::Neutral, "{s:?}");
        assert_eq!(s.probabilities.neutral, 0.5, "{s:?}");
    }
    // a speaker's own words still go through the model
    let k = r
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Our cooperation can isolate America"))
        .expect("Khamenei's quote");
    assert!(k
        .stances
        .iter()
        .any(|s| s.stance == Stance::Hostile && s.actor.name == "United States"));
}
