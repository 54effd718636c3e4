//! Bytes -> StanceModel::from_json (if UTF-8): no panic; errors name the source. Same body as
//! `fuzz_load_model` in tests/robustness.rs.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = quotestance::StanceModel::from_json(text, "fuzz-input") {
            assert!(e.to_string().contains("fuzz-input"), "{e}");
        }
    }
});
