//! Bytes -> Analyzer::analyze_bytes: no panic; every span valid. Same body as
//! `fuzz_analyze` in tests/robustness.rs.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotestance::{Analysis, Analyzer, InputError};
use std::sync::OnceLock;

fn check(input: &str, a: &Analysis) {
    let span = |what: &str, s: usize, e: usize, expected: &str| {
        assert!(s <= e && e <= input.len(), "{what}: {s}..{e} outside {} bytes", input.len());
        assert!(input.is_char_boundary(s) && input.is_char_boundary(e), "{what}: {s}..{e} not on char boundaries");
        assert_eq!(&input[s..e], expected, "{what}: text differs from input[{s}..{e}]");
    };
    let mut prev = 0;
    for q in &a.quotes {
        span("quote", q.start, q.end, &q.text);
        assert!(q.start >= prev, "quotes not in document order");
        prev = q.start;
        if let Some(s) = &q.speaker {
            span("speaker", s.start, s.end, &s.mention);
        }
        if let Some(s) = &q.addressee {
            span("addressee", s.start, s.end, &s.mention);
        }
        for actor in &q.actors {
            for m in &actor.mentions {
                span("actor mention", m.start, m.end, &m.text);
            }
        }
        assert_eq!(q.stances.len(), q.actors.len());
    }
}

fuzz_target!(|data: &[u8]| {
    static A: OnceLock<Analyzer> = OnceLock::new();
    let a = A.get_or_init(Analyzer::default);
    match a.analyze_bytes(data) {
        Ok(r) => check(std::str::from_utf8(data).expect("accepted invalid UTF-8"), &r),
        Err(InputError::NotUtf8 { offset }) => {
            assert_eq!(offset, std::str::from_utf8(data).expect_err("rejected valid UTF-8").valid_up_to())
        }
    }
});
