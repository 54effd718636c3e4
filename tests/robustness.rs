//! Robustness tests: arbitrary and news-like input never panics and every reported span is valid;
//! pathological input returns; bad model, gazetteer and training files give the right error naming
//! the file and line; one analyzer shared by threads gives the single-threaded result; every saved
//! fuzzing input replays cleanly.
//!
//! The ignored test `pathological_time_per_mb` prints throughput on 10 MB pathological inputs:
//! `cargo test --release --test robustness -- --ignored --nocapture`.

use proptest::prelude::*;
use quotestance::corpus::{self, CorpusError};
use quotestance::{
    Analysis, Analyzer, Gazetteer, GazetteerError, ModelError, Stance, StanceModel, TrainError,
    TrainParams,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// shared fixtures and checks
// ---------------------------------------------------------------------------------------------

const GOLDEN: &[(&str, &str)] = &[
    (
        "business_airline_strike",
        include_str!("golden/business_airline_strike.txt"),
    ),
    (
        "business_kestrel_motors",
        include_str!("golden/business_kestrel_motors.txt"),
    ),
    (
        "conflict_iraq_strike",
        include_str!("golden/conflict_iraq_strike.txt"),
    ),
    (
        "conflict_redsea_guillemets",
        include_str!("golden/conflict_redsea_guillemets.txt"),
    ),
    (
        "courts_care_home_fraud",
        include_str!("golden/courts_care_home_fraud.txt"),
    ),
    (
        "courts_library_ruling",
        include_str!("golden/courts_library_ruling.txt"),
    ),
    (
        "diplomacy_korea_china",
        include_str!("golden/diplomacy_korea_china.txt"),
    ),
    (
        "diplomacy_russia_finland_guillemets",
        include_str!("golden/diplomacy_russia_finland_guillemets.txt"),
    ),
    (
        "diplomacy_sudan",
        include_str!("golden/diplomacy_sudan.txt"),
    ),
    ("gum_afghan", include_str!("golden/gum_afghan.txt")),
    ("gum_defector", include_str!("golden/gum_defector.txt")),
    ("gum_iodine", include_str!("golden/gum_iodine.txt")),
    ("gum_korea", include_str!("golden/gum_korea.txt")),
    (
        "gum_questionnaire",
        include_str!("golden/gum_questionnaire.txt"),
    ),
    ("gum_taxes", include_str!("golden/gum_taxes.txt")),
    (
        "politics_senate_stopgap",
        include_str!("golden/politics_senate_stopgap.txt"),
    ),
    (
        "science_coral_heat",
        include_str!("golden/science_coral_heat.txt"),
    ),
    ("seed", include_str!("golden/seed.txt")),
    (
        "sport_spain_england",
        include_str!("golden/sport_spain_england.txt"),
    ),
    (
        "trade_steel_pipe",
        include_str!("golden/trade_steel_pipe.txt"),
    ),
];

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::default)
}

/// Real sentences (and headlines, datelines) from the golden articles.
fn sentences() -> &'static [&'static str] {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut out = Vec::new();
        for (_, text) in GOLDEN {
            for para in text.split('\n') {
                let mut rest = para;
                while let Some(i) = rest.find(". ") {
                    let (s, r) = rest.split_at(i + 2);
                    if !s.trim().is_empty() {
                        out.push(s);
                    }
                    rest = r;
                }
                if !rest.trim().is_empty() {
                    out.push(rest);
                }
            }
        }
        assert!(
            out.len() > 200,
            "expected many golden sentences, got {}",
            out.len()
        );
        out
    })
}

/// Checks one span: on char boundaries, inside the input, and the input there equals `expected`.
fn check_span(
    input: &str,
    what: &str,
    start: usize,
    end: usize,
    expected: &str,
) -> Result<(), String> {
    if start > end || end > input.len() {
        return Err(format!(
            "{what}: span {start}..{end} outside input of {} bytes",
            input.len()
        ));
    }
    if !input.is_char_boundary(start) || !input.is_char_boundary(end) {
        return Err(format!(
            "{what}: span {start}..{end} not on char boundaries"
        ));
    }
    if &input[start..end] != expected {
        return Err(format!(
            "{what}: input[{start}..{end}] = {:?} but reported {:?}",
            &input[start..end],
            expected
        ));
    }
    Ok(())
}

/// Every invariant of an analysis of `input` that does not depend on what the input means.
fn check_analysis(input: &str, a: &Analysis) -> Result<(), String> {
    let mut prev_start = 0;
    for (i, q) in a.quotes.iter().enumerate() {
        check_span(input, &format!("quote {i}"), q.start, q.end, &q.text)?;
        if q.start < prev_start {
            return Err(format!("quote {i} starts at {} before the previous quote ({prev_start}): not in document order", q.start));
        }
        prev_start = q.start;
        if let Some(s) = &q.speaker {
            check_span(
                input,
                &format!("quote {i} speaker"),
                s.start,
                s.end,
                &s.mention,
            )?;
        }
        if let Some(s) = &q.addressee {
            check_span(
                input,
                &format!("quote {i} addressee"),
                s.start,
                s.end,
                &s.mention,
            )?;
        }
        for (j, actor) in q.actors.iter().enumerate() {
            if actor.mentions.is_empty() {
                return Err(format!("quote {i} actor {j} ({}) has no mention", actor.id));
            }
            for (k, m) in actor.mentions.iter().enumerate() {
                check_span(
                    input,
                    &format!("quote {i} actor {j} ({}) mention {k}", actor.id),
                    m.start,
                    m.end,
                    &m.text,
                )?;
            }
        }
        if q.stances.len() != q.actors.len() {
            return Err(format!(
                "quote {i}: {} stances for {} actors",
                q.stances.len(),
                q.actors.len()
            ));
        }
        for (st, actor) in q.stances.iter().zip(&q.actors) {
            if st.actor.id != actor.id {
                return Err(format!(
                    "quote {i}: stance for {} in the slot of actor {}",
                    st.actor.id, actor.id
                ));
            }
            let p = st.probabilities;
            let sum = p.hostile + p.cooperative + p.neutral;
            if ![p.hostile, p.cooperative, p.neutral]
                .iter()
                .all(|x| x.is_finite() && (0.0..=1.0).contains(x))
                || (sum - 1.0).abs() > 1e-3
            {
                return Err(format!("quote {i}: bad probabilities {p:?}"));
            }
        }
    }
    Ok(())
}

fn assert_valid(input: &str, a: &Analysis) {
    if let Err(e) = check_analysis(input, a) {
        let shown: String = input.chars().take(300).collect();
        panic!("{e}\ninput ({} bytes) starts: {shown:?}", input.len());
    }
}

// ---------------------------------------------------------------------------------------------
// 1. property tests
// ---------------------------------------------------------------------------------------------

const INSERTS: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "« ",
    " »",
    "’s",
    "'s",
    "n't",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " said ",
    ", he said. ",
    " told ",
    ": ",
];

/// Golden sentences joined, with quote marks, apostrophes and line breaks inserted at random char
/// positions.
fn news_like() -> impl Strategy<Value = String> {
    let n = sentences().len();
    (
        prop::collection::vec(0..n, 1..8),
        prop::collection::vec(
            prop::sample::select(vec![" ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]),
            8,
        ),
        prop::collection::vec((any::<prop::sample::Index>(), 0..INSERTS.len()), 0..24),
    )
        .prop_map(|(picks, seps, inserts)| {
            let s = sentences();
            let mut doc = String::new();
            for (k, &i) in picks.iter().enumerate() {
                if k > 0 {
                    doc.push_str(seps[k % seps.len()]);
                }
                doc.push_str(s[i]);
            }
            for (at, which) in inserts {
                let bounds: Vec<usize> = doc
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain(std::iter::once(doc.len()))
                    .collect();
                let pos = bounds[at.index(bounds.len())];
                doc.insert_str(pos, INSERTS[which]);
            }
            doc
        })
}

/// Arbitrary Unicode mixed with quote marks and line breaks, so quote detection actually runs.
fn unicode_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<String>(),
        3 => prop::sample::select(INSERTS.to_vec()).prop_map(String::from),
        2 => prop::sample::select(vec!["Putin", "Khamenei", "Iran", "the United States", "He", "she", "said", "Mr.", "U.S.", "Biden", "«", "“We"]).prop_map(String::from),
        1 => "[a-zA-Z ,.!?]{0,30}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn batch_equals_single(doc: &str) -> Result<(), TestCaseError> {
    let a = analyzer();
    let alone = a.analyze(doc);
    let other = GOLDEN[0].1;
    let batch = a.analyze_batch(&[other, doc, "", doc]);
    prop_assert_eq!(batch.len(), 4);
    prop_assert_eq!(&batch[1], &alone, "analyze_batch differs from analyze");
    prop_assert_eq!(
        &batch[3],
        &alone,
        "analyze_batch differs from analyze (second copy)"
    );
    prop_assert!(batch[2].quotes.is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_spans_are_valid(doc in unicode_soup()) {
        let a = analyzer().analyze(&doc);
        if let Err(e) = check_analysis(&doc, &a) {
            return Err(TestCaseError::fail(e));
        }
        batch_equals_single(&doc)?;
    }

    #[test]
    fn news_like_spans_are_valid(doc in news_like()) {
        let a = analyzer().analyze(&doc);
        if let Err(e) = check_analysis(&doc, &a) {
            return Err(TestCaseError::fail(e));
        }
        batch_equals_single(&doc)?;
    }

    /// The bodies of the three fuzz targets (fuzz/fuzz_targets/*.rs) over arbitrary bytes.
    #[test]
    fn fuzz_bodies_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        fuzz_analyze(&bytes);
        fuzz_load_model(&bytes);
        fuzz_load_jsonl(&bytes);
    }
}

/// `analyze_bytes` reports the first invalid byte and agrees with `analyze` on valid text.
#[test]
fn analyze_bytes_reports_offset_and_agrees() {
    let a = analyzer();
    let mut bytes = "“Hello,” she said. ".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe, b'x']);
    match a.analyze_bytes(&bytes) {
        Err(quotestance::InputError::NotUtf8 { offset }) => assert_eq!(offset, at),
        Ok(r) => panic!("invalid UTF-8 accepted: {r:?}"),
    }
    // a UTF-8 sequence cut in the middle
    let cut = &"“".as_bytes()[..2];
    assert!(matches!(
        a.analyze_bytes(cut),
        Err(quotestance::InputError::NotUtf8 { offset: 0 })
    ));
    for (_, text) in GOLDEN.iter().take(4) {
        assert_eq!(a.analyze_bytes(text.as_bytes()).unwrap(), a.analyze(text));
    }
}

/// Changing LF to CRLF or lone CR keeps the quotes of every golden article (same count, same text
/// once the carriage returns are removed) and every span valid.
#[test]
fn line_endings_do_not_change_quotes() {
    let a = analyzer();
    for (name, text) in GOLDEN {
        let lf = a.analyze(text);
        for (label, nl) in [("CRLF", "\r\n"), ("CR", "\r")] {
            let doc = text.replace('\n', nl);
            let r = a.analyze(&doc);
            assert_valid(&doc, &r);
            let texts = |x: &Analysis, strip: bool| -> Vec<String> {
                x.quotes
                    .iter()
                    .map(|q| {
                        if strip {
                            q.text.replace("\r\n", "\n").replace('\r', "\n")
                        } else {
                            q.text.clone()
                        }
                    })
                    .collect()
            };
            assert_eq!(
                texts(&r, true),
                texts(&lf, false),
                "{name}: quotes differ with {label} line endings"
            );
            for (q, ql) in r.quotes.iter().zip(&lf.quotes) {
                let who = |x: &quotestance::Quote| {
                    x.speaker
                        .as_ref()
                        .map(|s| (s.name.clone(), s.mention.clone()))
                };
                assert_eq!(who(q), who(ql), "{name}: speaker (name, mention) of quote {:?} differs with {label} line endings", ql.text);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 2. pathological input
// ---------------------------------------------------------------------------------------------

const MB: usize = 1 << 20;

/// Repeats `unit` until the string is at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()).max(1))
}

/// The pathological inputs at about `size` bytes each (nesting depth and unclosed-quote count scale
/// with `size`: 10,000 levels and 100,000 quotes at 1 MB). Times per size are printed by
/// [`pathological_time_per_mb`]; all grow about linearly with the size now. (The last two, one
/// paragraph with many quotes or actor mentions, were quadratic once; so was "NUL bytes", one
/// paragraph of 32,768 quotes per MB, 107 s at 10 MB, before the actor finder stopped testing
/// each mention against every quote of a run.)
fn pathological(size: usize) -> Vec<(&'static str, String)> {
    let scale = size as f64 / MB as f64;
    let unclosed = (100_000.0 * scale) as usize;
    let depth = (10_000.0 * scale) as usize;
    let mut nested = String::new();
    for i in 0..depth {
        nested.push_str(if i % 2 == 0 { "“level " } else { "‘level " });
    }
    nested.push_str("core");
    for i in (0..depth).rev() {
        nested.push_str(if i % 2 == 0 { ",” " } else { "’ " });
    }
    nested.push_str("Putin said.");
    let rtl_unit = "«قال الوزير إن إيران لن تتراجع» قال المتحدث. “אנחנו לא נוותר,” אמר השר. \u{200F}“Iran will not back down,”\u{200E} Putin said in Москва. 中国外交部发言人说：“我们反对制裁。” 🇺🇸🇮🇷 e\u{301}\u{0327} ";
    let mut crlf = String::new();
    let mut cr = String::new();
    let mut i = 0;
    while crlf.len() < size / 2 || cr.len() < size / 2 {
        let t = GOLDEN[i % GOLDEN.len()].1;
        crlf.push_str(&t.replace('\n', "\r\n"));
        crlf.push_str("\r\n");
        cr.push_str(&t.replace('\n', "\r"));
        cr.push('\r');
        i += 1;
    }
    vec![
        ("only quote marks", repeat_to("“”\"'‘’«»", size)),
        (
            "one line, no sentence end",
            repeat_to(
                "the minister said that the plan would work and the council agreed ",
                size,
            ),
        ),
        ("unclosed opening quotes", "“We will ".repeat(unclosed)),
        // (a cue in each: every reported clause scanned to the end of the one endless sentence
        // was quadratic, 5.7 s at 1.35 MB, before clauses were capped at 400 tokens)
        (
            "unclosed quotes with cues, no sentence end",
            repeat_to("“Unclosed quote from Maria Lopez said that ", size),
        ),
        ("deeply nested quotes", nested),
        ("said said said", repeat_to("said ", size)),
        (
            "mixed scripts, right-to-left",
            repeat_to(&format!("{rtl_unit}\n\n"), size),
        ),
        (
            "NUL bytes",
            repeat_to(
                "“Hello\0 world,”\0 she said.\0\0 \0Putin\0 told Iran\0: “No.”\0\n",
                size,
            ),
        ),
        ("CRLF line endings", crlf),
        ("lone CR line endings", cr),
        (
            "quote then a megabyte of words",
            format!("“{}", repeat_to("word ", size)),
        ),
        ("mixed scripts, one paragraph", repeat_to(rtl_unit, size)),
        (
            "one line naming actors, no sentence end",
            repeat_to(
                "the minister said that the plan would work and Iran told Russia ",
                size,
            ),
        ),
    ]
}

#[test]
fn pathological_inputs_return_with_valid_spans() {
    let a = analyzer();
    for (name, doc) in pathological(MB) {
        let r = a.analyze(&doc);
        if let Err(e) = check_analysis(&doc, &r) {
            panic!("{name}: {e}");
        }
        match name {
            // a run of bare "said" has no quoted words and nobody to say them
            "said said said" => assert!(
                r.quotes.iter().all(|q| !q.text.trim().is_empty()),
                "{name}: empty quote"
            ),
            "CRLF line endings"
            | "lone CR line endings"
            | "mixed scripts, right-to-left"
            | "NUL bytes" => {
                assert!(
                    r.quotes.len() > 100,
                    "{name}: only {} quotes found in a repeated document with quotes",
                    r.quotes.len()
                )
            }
            _ => {}
        }
    }
}

#[test]
fn empty_whitespace_and_quote_free_input_give_empty_result() {
    let a = analyzer();
    let quote_free = "The river rose two metres overnight and roads in the valley were closed. \
        Schools in the district will open again on Monday. Rain is expected to ease by the weekend.\n\n\
        The town council met on Tuesday evening. Its budget for next year is unchanged.\n";
    for (name, doc) in [
        ("empty", String::new()),
        (
            "whitespace",
            " \t\n\r\n \r \u{a0}\u{2003}\u{3000}\n".repeat(1000),
        ),
        ("quote-free", quote_free.to_string()),
        ("quote-free, 1 MB", repeat_to(quote_free, MB)),
    ] {
        let r = a.analyze(&doc);
        assert!(
            r.quotes.is_empty(),
            "{name}: expected no quotes, got {:?}",
            r.quotes.iter().take(3).collect::<Vec<_>>()
        );
        assert_eq!(
            a.analyze_bytes(doc.as_bytes()).unwrap(),
            Analysis::default(),
            "{name}"
        );
    }
    assert!(a.analyze_batch::<&str>(&[]).is_empty());
}

/// Prints throughput on pathological inputs at 1, 2 and 10 MB (no assertion on time). An input
/// whose 2 MB run takes over three times its 1 MB run and over 5 s is superlinear: its 10 MB run
/// is skipped (it would take minutes to hours) and the growth factor is printed instead.
/// `QS_PATHO_MB` replaces the largest size, `QS_PATHO_ONLY` keeps inputs whose name contains it.
#[test]
#[ignore = "timing: cargo test --release --test robustness -- --ignored --nocapture"]
fn pathological_time_per_mb() {
    let a = analyzer();
    let big: f64 = std::env::var("QS_PATHO_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10.0);
    let only = std::env::var("QS_PATHO_ONLY").unwrap_or_default();
    println!(
        "{:<42} {:>10} {:>9} {:>8} {:>7}",
        "input", "bytes", "seconds", "MB/s", "quotes"
    );
    let names: Vec<&str> = pathological(1024)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| n.contains(only.as_str()))
        .collect();
    for name in names {
        let mut times = Vec::new();
        for mb in [1.0, 2.0, big] {
            if times.len() == 2 {
                let (t1, t2): (f64, f64) = (times[0], times[1]);
                if t2 > 5.0 && t2 > 3.0 * t1 {
                    println!(
                        "{name:<42} {:>10} skipped: superlinear, time x{:.1} from 1 MB to 2 MB",
                        (mb * MB as f64) as usize,
                        t2 / t1
                    );
                    break;
                }
            }
            let doc = pathological((mb * MB as f64) as usize)
                .into_iter()
                .find(|(n, _)| *n == name)
                .unwrap()
                .1;
            let t = std::time::Instant::now();
            let r = a.analyze(&doc);
            let secs = t.elapsed().as_secs_f64();
            times.push(secs);
            let size_mb = doc.len() as f64 / MB as f64;
            println!(
                "{name:<42} {:>10} {secs:>9.3} {:>8.2} {:>7}",
                doc.len(),
                size_mb / secs,
                r.quotes.len()
            );
            assert_valid(&doc, &r);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. model files
// ---------------------------------------------------------------------------------------------

/// A fresh path under the temp dir; the file is removed when the guard drops.
struct TempPath(PathBuf);

impl TempPath {
    fn new(label: &str, ext: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        TempPath(std::env::temp_dir().join(format!(
            "quotestance-robustness-{}-{n}-{nanos}-{label}.{ext}",
            std::process::id()
        )))
    }
    fn with(label: &str, ext: &str, contents: &str) -> Self {
        let p = Self::new(label, ext);
        std::fs::write(&p.0, contents).unwrap();
        p
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn embedded_json() -> &'static str {
    static J: OnceLock<String> = OnceLock::new();
    J.get_or_init(|| StanceModel::embedded().to_json())
}

fn edit_model(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(embedded_json()).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

fn load_err(label: &str, contents: &str) -> (ModelError, String, String) {
    let p = TempPath::with(label, "json", contents);
    let err = match StanceModel::load(&p.0) {
        Ok(_) => panic!("{label}: model loaded but should not"),
        Err(e) => e,
    };
    let msg = err.to_string();
    let path = p.0.display().to_string();
    assert!(
        msg.contains(&path),
        "{label}: message {msg:?} does not name the file {path}"
    );
    (err, msg, path)
}

#[test]
fn embedded_model_round_trips() {
    let json = embedded_json();
    let p = TempPath::with("roundtrip", "json", json);
    let m = StanceModel::load(&p.0).unwrap();
    assert_eq!(m.to_json(), json);
    assert_eq!(
        StanceModel::from_json(json, "x").unwrap().vocabulary_len(),
        StanceModel::embedded().vocabulary_len()
    );
}

#[test]
fn corrupt_truncated_and_empty_model_files_are_corrupt() {
    let json = embedded_json();
    let mut half = json.len() / 2;
    while !json.is_char_boundary(half) {
        half -= 1;
    }
    for (label, contents) in [
        ("corrupt", "{\"format\": \"quotestance-stance-model\", oops"),
        ("truncated", &json[..half]),
        ("empty", ""),
        ("whitespace", "  \n"),
        ("binary-ish", "\u{0}\u{1}\u{2}PK"),
    ] {
        let (err, msg, _) = load_err(label, contents);
        assert!(
            matches!(err, ModelError::Corrupt { .. }),
            "{label}: expected Corrupt, got {err:?}"
        );
        assert!(msg.contains("not a readable model file"), "{label}: {msg}");
    }
    // structurally valid JSON with a field of the wrong type
    let (err, _, _) = load_err(
        "bad-field-type",
        &edit_model(|v| v["vocabulary"] = serde_json::json!(42)),
    );
    assert!(
        matches!(err, ModelError::Corrupt { .. }),
        "expected Corrupt, got {err:?}"
    );
    let (err, _, _) = load_err(
        "missing-weights",
        &edit_model(|v| {
            v.as_object_mut().unwrap().remove("weights");
        }),
    );
    assert!(
        matches!(err, ModelError::Corrupt { .. }),
        "expected Corrupt, got {err:?}"
    );
}

#[test]
fn wrong_format_and_version_are_wrong_format() {
    for (label, json) in [
        (
            "format-other",
            edit_model(|v| v["format"] = serde_json::json!("some-other-model")),
        ),
        (
            "format-missing",
            edit_model(|v| {
                v.as_object_mut().unwrap().remove("format");
            }),
        ),
        ("not-an-object", "[1, 2, 3]".to_string()),
        (
            "version-2",
            edit_model(|v| {
                v["format_version"] = serde_json::json!(quotestance::MODEL_FORMAT_VERSION + 1)
            }),
        ),
        (
            "version-0",
            edit_model(|v| v["format_version"] = serde_json::json!(0)),
        ),
        (
            "version-string",
            edit_model(|v| v["format_version"] = serde_json::json!("1")),
        ),
    ] {
        let (err, _, _) = load_err(label, &json);
        assert!(
            matches!(err, ModelError::WrongFormat { .. }),
            "{label}: expected WrongFormat, got {err:?}"
        );
    }
}

#[test]
fn different_label_set_is_labels_error() {
    for (label, labels) in [
        (
            "labels-reordered",
            serde_json::json!(["cooperative", "hostile", "neutral"]),
        ),
        ("labels-two", serde_json::json!(["hostile", "cooperative"])),
        (
            "labels-other",
            serde_json::json!(["negative", "positive", "neutral"]),
        ),
    ] {
        let (err, _, _) = load_err(label, &edit_model(|v| v["labels"] = labels.clone()));
        match err {
            ModelError::Labels { labels: got, .. } => {
                assert_eq!(serde_json::json!(got), labels, "{label}")
            }
            e => panic!("{label}: expected Labels, got {e:?}"),
        }
    }
}

#[test]
fn feature_configuration_mismatch() {
    for (label, json) in [
        (
            "features-version",
            edit_model(|v| {
                v["features"]["version"] = serde_json::json!(quotestance::FEATURE_VERSION + 1)
            }),
        ),
        (
            "lexicon-fingerprint",
            edit_model(|v| {
                v["features"]["lexicon_fingerprint"] = serde_json::json!("0000000000000000")
            }),
        ),
        (
            "window",
            edit_model(|v| v["features"]["window"] = serde_json::json!(7)),
        ),
    ] {
        let (err, msg, _) = load_err(label, &json);
        assert!(
            matches!(err, ModelError::FeatureMismatch { .. }),
            "{label}: expected FeatureMismatch, got {err:?}"
        );
        assert!(
            msg.contains("feature configuration mismatch"),
            "{label}: {msg}"
        );
    }
}

#[test]
fn weights_vocabulary_mismatch_is_shape_error() {
    for (label, json) in [
        (
            "weights-short",
            edit_model(|v| {
                v["weights"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "vocabulary-short",
            edit_model(|v| {
                v["vocabulary"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "vocabulary-duplicate",
            edit_model(|v| {
                let first = v["vocabulary"][0].clone();
                v["vocabulary"][1] = first;
            }),
        ),
    ] {
        let (err, msg, _) = load_err(label, &json);
        assert!(
            matches!(err, ModelError::Shape { .. }),
            "{label}: expected Shape, got {err:?}"
        );
        assert!(msg.contains("inconsistent model"), "{label}: {msg}");
    }
    // a weight row of the wrong width is not a readable model at all
    let (err, _, _) = load_err(
        "weight-row-width",
        &edit_model(|v| v["weights"][0] = serde_json::json!([1.0, 2.0])),
    );
    assert!(
        matches!(err, ModelError::Corrupt { .. } | ModelError::Shape { .. }),
        "got {err:?}"
    );
    // JSON has no NaN, but an overflowing literal parses to infinity in f32
    let (err, _, _) = load_err(
        "weight-infinite",
        &edit_model(|v| v["intercept"][0] = serde_json::json!(1e300)),
    );
    assert!(
        matches!(err, ModelError::Shape { .. } | ModelError::Corrupt { .. }),
        "got {err:?}"
    );
}

#[test]
fn missing_model_file_is_io_error_naming_it() {
    let p = TempPath::new("does-not-exist", "json");
    match StanceModel::load(&p.0) {
        Err(e @ ModelError::Io { .. }) => {
            assert!(e.to_string().contains(&p.0.display().to_string()), "{e}")
        }
        other => panic!("expected Io, got {other:?}"),
    }
    assert!(Analyzer::with_model(&p.0).is_err());
}

fn tmp_leftovers(dir: &Path, stem: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(stem) && n.contains("tmp"))
        .collect()
}

#[test]
fn save_is_atomic_and_leaves_no_temp_file() {
    let m = StanceModel::embedded();
    let dir = TempPath::new("save-dir", "d");
    std::fs::create_dir_all(&dir.0).unwrap();
    let target = dir.0.join("model.json");
    // over an existing (broken) file
    std::fs::write(&target, "{ half a model").unwrap();
    m.save(&target).unwrap();
    let back = StanceModel::load(&target).unwrap();
    assert_eq!(back.to_json(), m.to_json());
    // over an existing good file, twice
    m.save(&target).unwrap();
    m.save(&target).unwrap();
    assert_eq!(StanceModel::load(&target).unwrap().to_json(), m.to_json());
    assert!(
        tmp_leftovers(&dir.0, "model").is_empty(),
        "temporary files left: {:?}",
        tmp_leftovers(&dir.0, "model")
    );
    let names: Vec<_> = std::fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "unexpected files after save: {names:?}");

    // the target is a directory: the rename fails, the error names the path, nothing is left behind
    let blocked = dir.0.join("blocked.json");
    std::fs::create_dir_all(blocked.join("inner")).unwrap();
    match m.save(&blocked) {
        Err(e @ ModelError::Io { .. }) => assert!(
            e.to_string().contains(&blocked.display().to_string()),
            "{e}"
        ),
        other => panic!("expected Io saving over a directory, got {other:?}"),
    }
    assert!(
        tmp_leftovers(&dir.0, "blocked").is_empty(),
        "temporary files left: {:?}",
        tmp_leftovers(&dir.0, "blocked")
    );

    // the folder does not exist
    let missing = dir.0.join("no-such-folder").join("m.json");
    assert!(matches!(m.save(&missing), Err(ModelError::Io { .. })));
}

// ---------------------------------------------------------------------------------------------
// 4. gazetteer
// ---------------------------------------------------------------------------------------------

const GAZ_HEADER: &str = "id\tkind\tname\taffiliation\taliases\n";

fn gaz_err(text: &str, source: &str) -> (usize, String) {
    match Gazetteer::from_tsv(text, source) {
        Ok(g) => panic!("{source}: gazetteer with {} actors accepted", g.len()),
        Err(e @ GazetteerError::Row { .. }) => {
            let msg = e.to_string();
            let GazetteerError::Row {
                source_name,
                line,
                reason,
            } = e
            else {
                unreachable!()
            };
            assert_eq!(source_name, source);
            assert!(
                msg.contains(&format!("{source}:{line}:")),
                "message {msg:?} does not name {source}:{line}"
            );
            (line, reason)
        }
        Err(e) => panic!("{source}: expected Row error, got {e:?}"),
    }
}

#[test]
fn gazetteer_valid_file_parses() {
    let text = format!("{GAZ_HEADER}# comment\n\nATLANTIS\tcountry\tAtlantis\t\tAtlantean|~Atlantica\nNEMO\tperson\tCaptain Nemo\tATLANTIS\tNemo\n");
    let g = Gazetteer::from_tsv(&text, "ok.tsv").unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(
        g.lookup("Atlantean").map(|a| a.id.as_str()),
        Some("ATLANTIS")
    );
}

#[test]
fn gazetteer_duplicate_ids() {
    let text = format!("{GAZ_HEADER}ATLANTIS\tcountry\tAtlantis\t\t\n# comment\n\nATLANTIS\tgroup\tAtlantis again\t\t\n");
    let (line, reason) = gaz_err(&text, "dup.tsv");
    assert_eq!(line, 5);
    assert!(
        reason.contains("duplicate") && reason.contains("ATLANTIS") && reason.contains("line 2"),
        "{reason}"
    );
}

#[test]
fn gazetteer_malformed_rows() {
    for (label, row, needle) in [
        ("too-few", "ATLANTIS\tcountry\tAtlantis\t", "found 4"),
        (
            "too-many",
            "ATLANTIS\tcountry\tAtlantis\t\tA\textra",
            "found 6",
        ),
        ("no-tabs", "ATLANTIS country Atlantis", "found 1"),
        ("unknown-kind", "ATLANTIS\tplanet\tAtlantis\t\t", "planet"),
        ("empty-id", "\tcountry\tAtlantis\t\t", "invalid id"),
        (
            "id-with-space",
            "ATL ANTIS\tcountry\tAtlantis\t\t",
            "invalid id",
        ),
        ("no-name", "ATLANTIS\tcountry\t \t\t", "no name"),
    ] {
        let source = format!("{label}.tsv");
        // a good row first, and CRLF endings, so the line number is not trivially 1 or 2
        let text = format!("{GAZ_HEADER}\r\nGOOD\tcountry\tGoodland\t\tGoodlander\r\n{row}\r\nLATER\tcountry\tLater\t\t\r\n");
        let (line, reason) = gaz_err(&text, &source);
        assert_eq!(line, 4, "{label}: {reason}");
        assert!(
            reason.contains(needle),
            "{label}: reason {reason:?} lacks {needle:?}"
        );
    }
}

#[test]
fn gazetteer_file_errors_name_the_path() {
    let p = TempPath::with(
        "gaz",
        "tsv",
        &format!("{GAZ_HEADER}X\tcountry\tX\t\t\nX\tcountry\tX\t\t\n"),
    );
    let err = Gazetteer::from_path(p.0.clone()).unwrap_err();
    assert!(
        err.to_string().contains(&format!("{}:3:", p.0.display())),
        "{err}"
    );
    let err = Analyzer::default().with_actors_file(&p.0).unwrap_err();
    assert!(
        err.to_string().contains(&format!("{}:3:", p.0.display())),
        "{err}"
    );
    let missing = TempPath::new("gaz-missing", "tsv");
    assert!(matches!(
        Gazetteer::from_path(missing.0.clone()),
        Err(GazetteerError::Io { .. })
    ));
}

// ---------------------------------------------------------------------------------------------
// 5. training data
// ---------------------------------------------------------------------------------------------

fn row(quote: &str, target: &str, stance: &str) -> String {
    serde_json::json!({ "quote": quote, "speaker": "Ana Ruiz", "target": target, "stance": stance })
        .to_string()
}

#[test]
fn bad_training_rows_are_all_listed_with_line_numbers() {
    let gaz = Gazetteer::embedded();
    let lines = [
        row("We will never trust Iran.", "Iran", "hostile"), // 1 ok
        "{\"quote\": \"Iran is a friend\", \"target\": ".to_string(), // 2 bad JSON
        serde_json::json!({ "target": "Iran", "stance": "hostile" }).to_string(), // 3 no quote
        serde_json::json!({ "quote": "Iran is a friend.", "stance": "neutral" }).to_string(), // 4 no target
        serde_json::json!({ "quote": "Iran is a friend.", "target": "Iran" }).to_string(), // 5 no stance
        row("Iran is a friend.", "Iran", "angry"), // 6 unknown label
        row("We welcome the talks.", "Norway", "cooperative"), // 7 target not in quote
        String::new(),                             // 8 blank
        row("Russia must withdraw.", "Russia", "hostile"), // 9 ok
        "[1, 2, 3]".to_string(),                   // 10 not an object
        row("   ", "Iran", "neutral"),             // 11 blank quote
        row("Iran is a friend.", "Iran", "Hostile"), // 12 label case
    ];
    let text = lines.join("\n");
    let expected = [2, 3, 4, 5, 6, 7, 10, 11, 12];
    for (label, text) in [("LF", text.clone()), ("CRLF", lines.join("\r\n"))] {
        match corpus::parse_jsonl(&text, "train.jsonl", &gaz) {
            Err(CorpusError::Rows(rows)) => {
                let got: Vec<usize> = rows.iter().map(|r| r.line).collect();
                assert_eq!(got, expected, "{label}: {rows:#?}");
                for r in &rows {
                    assert_eq!(r.file, "train.jsonl");
                    assert!(
                        r.to_string()
                            .starts_with(&format!("train.jsonl:{}: ", r.line)),
                        "{r}"
                    );
                }
                let reason = |l: usize| rows.iter().find(|r| r.line == l).unwrap().reason.clone();
                assert!(reason(2).contains("invalid JSON"), "{}", reason(2));
                assert!(reason(3).contains("quote"), "{}", reason(3));
                assert!(reason(4).contains("target"), "{}", reason(4));
                assert!(reason(5).contains("stance"), "{}", reason(5));
                assert!(reason(6).contains("angry"), "{}", reason(6));
                assert!(
                    reason(7).contains("Norway") && reason(7).contains("not found"),
                    "{}",
                    reason(7)
                );
                assert!(reason(12).contains("Hostile"), "{}", reason(12));
            }
            other => panic!("{label}: expected Rows, got {other:?}"),
        }
    }
    // the same through a file: errors name the path
    let p = TempPath::with("rows", "jsonl", &text);
    match corpus::load(&p.0, &gaz) {
        Err(e @ CorpusError::Rows(_)) => assert!(
            e.to_string().contains(&format!("{}:2:", p.0.display())),
            "{e}"
        ),
        other => panic!("expected Rows, got {other:?}"),
    }
}

#[test]
fn empty_training_file_is_empty_error() {
    let gaz = Gazetteer::embedded();
    for text in ["", "\n", "  \n\t\n\r\n"] {
        match corpus::parse_jsonl(text, "empty.jsonl", &gaz) {
            Err(e @ CorpusError::Empty(_)) => assert!(e.to_string().contains("empty.jsonl"), "{e}"),
            other => panic!("{text:?}: expected Empty, got {other:?}"),
        }
    }
    let p = TempPath::with("empty", "jsonl", "");
    assert!(
        matches!(corpus::load(&p.0, &gaz), Err(CorpusError::Empty(ref f)) if f.contains(&p.0.display().to_string()))
    );
    let missing = TempPath::new("missing", "jsonl");
    match corpus::load(&missing.0, &gaz) {
        Err(e @ CorpusError::Io { .. }) => assert!(
            e.to_string().contains(&missing.0.display().to_string()),
            "{e}"
        ),
        other => panic!("expected Io, got {other:?}"),
    }
}

#[test]
fn single_class_training_is_missing_class() {
    let gaz = Gazetteer::embedded();
    let quotes = [
        "We will never trust Iran.",
        "Iran is lying to the world.",
        "Iran must stop its threats.",
        "Russia is an aggressor.",
        "Russia will pay for this crime.",
        "We condemn Russia.",
    ];
    let hostile: Vec<String> = quotes
        .iter()
        .map(|q| {
            row(
                q,
                if q.contains("Iran") { "Iran" } else { "Russia" },
                "hostile",
            )
        })
        .collect();
    let ex = corpus::parse_jsonl(&hostile.join("\n"), "one.jsonl", &gaz).unwrap();
    assert_eq!(ex.len(), 6);
    let params = TrainParams::default().alphas(vec![1.0]).check().unwrap();
    match params.train(&ex, |_| {}) {
        Err(e @ TrainError::MissingClass(Stance::Cooperative)) => {
            assert!(e.to_string().contains("Cooperative"), "{e}")
        }
        Err(e) => panic!("expected MissingClass(Cooperative), got {e:?}"),
        Ok(_) => panic!("single-class training succeeded"),
    }
    // two classes: neutral is still missing
    let mut two = hostile.clone();
    two.push(row(
        "We thank Japan for its support.",
        "Japan",
        "cooperative",
    ));
    let ex = corpus::parse_jsonl(&two.join("\n"), "two.jsonl", &gaz).unwrap();
    assert!(matches!(
        params.train(&ex, |_| {}),
        Err(TrainError::MissingClass(Stance::Neutral))
    ));
    assert!(matches!(params.train(&[], |_| {}), Err(TrainError::Empty)));
}

// ---------------------------------------------------------------------------------------------
// 6. concurrency
// ---------------------------------------------------------------------------------------------

#[test]
fn shared_analyzer_across_threads_matches_single_thread() {
    let a = Analyzer::default();
    let single: Vec<Analysis> = GOLDEN.iter().map(|(_, t)| a.analyze(t)).collect();
    assert!(
        single.iter().map(|r| r.quotes.len()).sum::<usize>() > 20,
        "golden articles should have quotes"
    );
    let results: Vec<Vec<Analysis>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|k| {
                let a = &a;
                s.spawn(move || {
                    // each thread walks the articles from a different starting point, twice
                    let n = GOLDEN.len();
                    let mut out = vec![Analysis::default(); n];
                    for round in 0..2 {
                        for j in 0..n {
                            let i = (j + k * 3 + round) % n;
                            out[i] = a.analyze(GOLDEN[i].1);
                        }
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("analysis thread panicked"))
            .collect()
    });
    for (k, r) in results.iter().enumerate() {
        for (i, (name, _)) in GOLDEN.iter().enumerate() {
            assert_eq!(
                r[i], single[i],
                "thread {k}, {name}: differs from single-threaded result"
            );
        }
    }
    // a clone shares the same gazetteer and model, and batch agrees too
    let clone = a.clone();
    let texts: Vec<&str> = GOLDEN.iter().map(|(_, t)| *t).collect();
    assert_eq!(clone.analyze_batch(&texts), single);
}

// ---------------------------------------------------------------------------------------------
// 7. fuzzing harness bodies and the saved corpus
// ---------------------------------------------------------------------------------------------

/// Body of fuzz/fuzz_targets/analyze.rs.
fn fuzz_analyze(bytes: &[u8]) {
    let a = analyzer();
    match a.analyze_bytes(bytes) {
        Ok(r) => {
            let text = std::str::from_utf8(bytes).expect("analyze_bytes accepted invalid UTF-8");
            assert_valid(text, &r);
        }
        Err(quotestance::InputError::NotUtf8 { offset }) => {
            let e = std::str::from_utf8(bytes).expect_err("analyze_bytes rejected valid UTF-8");
            assert_eq!(offset, e.valid_up_to());
        }
    }
}

/// Body of fuzz/fuzz_targets/load_model.rs.
fn fuzz_load_model(bytes: &[u8]) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Err(e) = StanceModel::from_json(text, "fuzz-input") {
            assert!(e.to_string().contains("fuzz-input"), "{e}");
        }
    }
}

/// Body of fuzz/fuzz_targets/load_jsonl.rs.
fn fuzz_load_jsonl(bytes: &[u8]) {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    let gaz = G.get_or_init(Gazetteer::embedded);
    let text = String::from_utf8_lossy(bytes);
    match corpus::parse_jsonl(&text, "fuzz.jsonl", gaz) {
        Ok(rows) => {
            for r in rows {
                for s in r.target_spans.iter().chain(&r.other_spans) {
                    assert!(
                        r.quote.get(s.clone()).is_some(),
                        "span {s:?} not in quote {:?}",
                        r.quote
                    );
                }
            }
        }
        Err(CorpusError::Rows(rows)) => {
            let n = text.lines().count();
            assert!(!rows.is_empty());
            assert!(
                rows.iter().all(|r| r.line >= 1 && r.line <= n),
                "row line out of range: {rows:?}"
            );
        }
        Err(CorpusError::Empty(_)) => assert!(text.lines().all(|l| l.trim().is_empty())),
        Err(e) => panic!("unexpected error {e:?}"),
    }
}

#[test]
fn fuzz_corpus_replays() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_corpus exists")
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if !path.is_file()
            || path
                .file_name()
                .is_some_and(|f| f.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let name = path.display().to_string();
        for (target, f) in [
            ("analyze", fuzz_analyze as fn(&[u8])),
            ("load_model", fuzz_load_model),
            ("load_jsonl", fuzz_load_jsonl),
        ] {
            if let Err(e) = std::panic::catch_unwind(|| f(&bytes)) {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                panic!("{name} panics in the {target} harness: {msg}");
            }
        }
        n += 1;
    }
    assert!(n > 0, "no inputs in {}", dir.display());
}

/// Web copy often has no-break spaces (U+00A0, two bytes in UTF-8). The weak-alias check read the
/// word before "Washington" ("in") from one byte past the space before it, and panicked when that
/// space was a no-break space.
#[test]
fn no_break_space_before_weak_alias() {
    let text = "“We will not accept this,” the minister said\u{a0}in Washington on Monday.";
    let a = analyzer().analyze(text);
    assert_valid(text, &a);
    assert_eq!(a.quotes.len(), 1);
    let ids: Vec<_> = a.quotes[0].actors.iter().map(|x| x.id.as_str()).collect();
    assert!(
        !ids.contains(&"USA"),
        "Washington is outside the quote: {ids:?}"
    );
    let text = "“Talks\u{a0}in Washington and\u{a0}with Georgia will go on,” the minister said.";
    let a = analyzer().analyze(text);
    assert_valid(text, &a);
    let ids: Vec<_> = a.quotes[0].actors.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["USA", "GEO"]);
}

/// Every golden article with its spaces replaced, in turn, by multi-byte spaces (no-break, thin,
/// ideographic, narrow no-break): no panic, and every span still valid.
#[test]
fn golden_articles_with_multibyte_spaces() {
    const SPACES: [char; 4] = ['\u{a0}', '\u{2009}', '\u{3000}', '\u{202f}'];
    for (name, text) in GOLDEN {
        for step in [1usize, 2, 3, 7] {
            let mut n = 0;
            let changed: String = text
                .chars()
                .map(|c| {
                    if c != ' ' {
                        return c;
                    }
                    n += 1;
                    if n % step == 0 {
                        SPACES[n % SPACES.len()]
                    } else {
                        c
                    }
                })
                .collect();
            let a = analyzer().analyze(&changed);
            if let Err(e) = check_analysis(&changed, &a) {
                panic!("{name}, every {step}th space replaced: {e}");
            }
        }
    }
}

/// Wraps `text` greedily at `width` bytes by turning spaces into line breaks (offsets kept).
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = text.as_bytes().to_vec();
    let mut line_start = 0;
    let mut last_space = None;
    for i in 0..out.len() {
        match out[i] {
            b'\n' => {
                line_start = i + 1;
                last_space = None;
            }
            b' ' => last_space = Some(i),
            _ => {}
        }
        if i.saturating_sub(line_start) >= width {
            if let Some(sp) = last_space.take() {
                out[sp] = b'\n';
                line_start = sp + 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

/// Hard-wrapped copy (e-mail or terminal text at 72 columns) reads as the original: every golden
/// article, wrapped, gives the same quotes, speakers and actors at the same offsets, and the quote
/// texts are still slices of the input as given.
#[test]
fn hard_wrapped_text_reads_as_the_original() {
    let a = Analyzer::default();
    let mut checked = 0;
    let mut files: Vec<_> = std::fs::read_dir("tests/golden")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let wrapped = hard_wrap(&text, 72);
        assert_ne!(wrapped, text);
        let key = |t: &str| {
            a.analyze(t)
                .quotes
                .into_iter()
                .map(|q| {
                    assert_eq!(&t[q.start..q.end], q.text);
                    (
                        q.start,
                        q.end,
                        q.kind,
                        q.speaker.map(|s| s.name),
                        q.actors.into_iter().map(|x| x.id).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&wrapped), key(&text), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 20);
}

/// The same words with one paragraph per line are not unwrapped: each line stays a paragraph
/// (a quote mark left open at the end of one still continues into the next, as in news copy).
#[test]
fn short_paragraph_per_line_text_is_left_as_is() {
    let text = "Talks resume in Geneva.\nThe minister said the talks would resume on Monday.\n\"We are ready,\" she said.\nThe opposition said it would boycott them.\n\nNo date was set.";
    let a = Analyzer::default();
    let qs = a.analyze(text).quotes;
    assert!(qs.iter().any(|q| q.text == "We are ready,"), "{qs:?}");
    assert!(
        qs.iter()
            .any(|q| q.text.starts_with("the talks would resume")),
        "{qs:?}"
    );
}

/// A quote of more than 65,535 clauses (here sentences) once made the stance features index past
/// the end of their clause table (the clause count wrapped): a panic on a 10 MB input.
#[test]
fn quote_with_more_clauses_than_a_u16_counts() {
    let text = format!("“{}Iran” the minister said.", "Yes. ".repeat(70_000));
    let r = analyzer().analyze(&text);
    assert_valid(&text, &r);
    assert_eq!(r.quotes.len(), 1, "one quote");
    assert!(!r.quotes[0].stances.is_empty(), "a stance toward Iran");
}

/// A proptest case (news_like_spans_are_valid): in text read as hard-wrapped, a name across a
/// CRLF break ("BBC\r\n New") had its mention taken from the unwrapped copy ("BBC   New"). (Since
/// "BBC ..." names a channel, which is no addressee, the name here is a person's.)
#[test]
fn hard_wrapped_name_mentions_are_the_input() {
    let doc = "“Iodine deficiency can lead to serious health problems including brain damage, stun\nted growth and deafness.\r\"We face a dangerous sentence.  WHO say Iodine deficiency is the world’s most prevalent, yet easily preventable, cause of brain damage.\rHe claimed the airline had \"quietl\n\ny\" moved flying hours to a\n\n subsidiary in Latvia, where pilots are hired on cheaper contracts, and vowed that Nordic Skyways pilots\n would not \"sell the future of the profession for a signing bonus.\" Officials tell Kerry\r\n Newman told s every claim will be assessed meritocratically, with the i reporting no one will be refused \"based solely on the response of the questionnaire\".\n\"The timing could hardly be worse. \nIt said customers would be offered rebooking or a full refund.";
    let a = analyzer().analyze(doc);
    assert!(a.quotes.iter().any(|q| q.addressee.is_some()), "{a:#?}");
    check_analysis(doc, &a).unwrap();
    let ad = a.quotes.iter().find_map(|q| q.addressee.as_ref()).unwrap();
    assert_eq!(ad.mention, "Kerry\r\n Newman");
    assert_eq!(ad.name, "Kerry Newman");
}

#[test]
fn role_word_test_reads_characters_not_bytes() {
    // found by `arbitrary_unicode_spans_are_valid`: a word opening with a two-byte capital had
    // been sliced at byte 1 (a panic)
    let text = "ϒthe United States«Putin said the United States";
    let r = Analyzer::default().analyze(text);
    for q in &r.quotes {
        assert_eq!(&text[q.start..q.end], q.text);
    }
    let r = Analyzer::default()
        .analyze("Ωmega Aditya Rawal said the pitch was slow and the dew came early.");
    assert!(r.quotes.iter().all(|q| q.end <= 70));
}
