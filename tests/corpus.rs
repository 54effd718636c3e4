//! Validates every labelled data file: schema, labels, target findable, no exact duplicates,
//! and that splits share no story.

use quotestance::{corpus, Gazetteer};
use std::collections::HashSet;

const FILES: &[&str] = &[
    "data/corpus/train.jsonl",
    "data/corpus/dev.jsonl",
    "data/corpus/test.jsonl",
];

#[test]
fn every_row_loads_and_has_a_findable_target() {
    let gaz = Gazetteer::embedded();
    let mut total = 0;
    for f in FILES {
        let path = format!("{}/{f}", env!("CARGO_MANIFEST_DIR"));
        let rows = corpus::load(&path, &gaz).unwrap_or_else(|e| match e {
            corpus::CorpusError::Rows(r) => panic!("{} bad rows, e.g. {}", r.len(), r[0]),
            e => panic!("{e}"),
        });
        total += rows.len();
        let mut seen = HashSet::new();
        for r in &rows {
            assert!(
                seen.insert((r.quote.clone(), r.target.clone())),
                "{}: duplicate quote+target",
                r.origin
            );
            assert!(r.stance.is_some());
            for s in &r.target_spans {
                assert!(r.quote.is_char_boundary(s.start) && r.quote.is_char_boundary(s.end));
            }
        }
    }
    assert!(total >= 3000, "corpus has {total} rows");
}

#[test]
fn splits_share_no_story() {
    let gaz = Gazetteer::embedded();
    let mut owner: std::collections::HashMap<String, &str> = Default::default();
    for f in FILES {
        let rows = corpus::load(format!("{}/{f}", env!("CARGO_MANIFEST_DIR")), &gaz).unwrap();
        for r in rows {
            let story = r.story.expect("every row has a story");
            let prev = owner.entry(story.clone()).or_insert(f);
            assert_eq!(*prev, *f, "story {story} in two splits");
        }
    }
}

#[test]
fn bad_rows_are_reported_with_line_and_reason() {
    let gaz = Gazetteer::embedded();
    let text = concat!(
        "{\"quote\": \"We thank Japan.\", \"target\": \"Japan\", \"stance\": \"cooperative\"}\n",
        "{\"quote\": \"We thank Japan.\", \"target\": \"Japan\", \"stance\": \"friendly\"}\n",
        "not json\n",
        "{\"quote\": \"We thank Japan.\", \"stance\": \"neutral\"}\n",
        "{\"quote\": \"We thank Japan.\", \"target\": \"Chile\", \"stance\": \"neutral\"}\n",
    );
    match corpus::parse_jsonl(text, "mem.jsonl", &gaz) {
        Err(corpus::CorpusError::Rows(rows)) => {
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 3, 4, 5]);
            assert!(rows[0].reason.contains("unknown label"), "{}", rows[0]);
            assert!(rows[1].reason.contains("invalid JSON"));
            assert!(rows[2].reason.contains("target"));
            assert!(rows[3].reason.contains("not found"));
            assert!(rows[0].to_string().starts_with("mem.jsonl:2:"));
        }
        other => panic!("expected row errors, got {other:?}"),
    }
    assert!(matches!(
        corpus::parse_jsonl("\n\n", "empty.jsonl", &gaz),
        Err(corpus::CorpusError::Empty(_))
    ));
}

#[test]
fn speakers_own_side_is_set_apart_from_other_actors() {
    let gaz = Gazetteer::embedded();
    let line = r#"{"quote": "Tehran and Moscow must step up cooperation to isolate the United States", "speaker": "Ali Khamenei", "speaker_affiliation": "IRN", "target": "the United States", "target_id": "USA", "stance": "hostile"}"#;
    let e = corpus::parse_example(line, "x:1", &gaz, true).unwrap();
    let names = |spans: &[std::ops::Range<usize>]| -> Vec<&str> {
        spans.iter().map(|r| &e.quote[r.clone()]).collect()
    };
    assert_eq!(names(&e.own_spans), ["Tehran"]);
    assert_eq!(names(&e.other_spans), ["Moscow"]);
    // the target stays the target when it is the speaker's own side
    let line = r#"{"quote": "Tehran and Moscow must step up cooperation", "speaker": "Ali Khamenei", "speaker_affiliation": "IRN", "target": "Tehran", "stance": "cooperative"}"#;
    let e = corpus::parse_example(line, "x:1", &gaz, true).unwrap();
    assert!(e.own_spans.is_empty());
    assert_eq!(names(&e.target_spans), ["Tehran"]);
}

#[test]
fn target_found_through_gazetteer_alias() {
    let gaz = Gazetteer::embedded();
    let line = r#"{"quote": "America's hostility is towards the Iranian nation", "target": "United States", "stance": "hostile"}"#;
    let e = corpus::parse_example(line, "x:1", &gaz, true).unwrap();
    assert_eq!(e.target_id.as_deref(), Some("USA"));
    assert_eq!(&e.quote[e.target_spans[0].clone()], "America");
}
