//! Bytes -> corpus::parse_jsonl: no panic; spans inside the quote; row errors carry real line
//! numbers. Same body as `fuzz_load_jsonl` in tests/robustness.rs.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotestance::corpus::{parse_jsonl, CorpusError};
use quotestance::Gazetteer;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    let gaz = G.get_or_init(Gazetteer::embedded);
    let text = String::from_utf8_lossy(data);
    match parse_jsonl(&text, "fuzz.jsonl", gaz) {
        Ok(rows) => {
            for r in rows {
                for s in r.target_spans.iter().chain(&r.other_spans) {
                    assert!(r.quote.get(s.clone()).is_some(), "span {s:?} not in quote {:?}", r.quote);
                }
            }
        }
        Err(CorpusError::Rows(rows)) => {
            let n = text.lines().count();
            assert!(rows.iter().all(|r| r.line >= 1 && r.line <= n), "row line out of range: {rows:?}");
        }
        Err(CorpusError::Empty(_)) => assert!(text.lines().all(|l| l.trim().is_empty())),
        Err(e) => panic!("unexpected error {e:?}"),
    }
});
