//! Golden dev set for quote detection and attribution: articles in `tests/golden/` with hand-made
//! annotations (`*.gold.json`, format in `tests/golden/README.md`). Reports quote recall, precision and
//! speaker accuracy. The targets are 0.95 / 0.95 / 0.92; the test guards the figures measured so far
//! (it fails if quality drops below them).

use quotestance::{Analyzer, Quote, QuoteKind};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Gold {
    quotes: Vec<GoldQuote>,
    #[serde(default)]
    non_speech: Vec<GoldNonSpeech>,
}

#[derive(Deserialize)]
struct GoldQuote {
    text: String,
    #[serde(default = "one")]
    occurrence: usize,
    kind: String,
    speaker: Option<String>,
}

#[derive(Deserialize)]
struct GoldNonSpeech {
    text: String,
    #[serde(default = "one")]
    occurrence: usize,
}

fn one() -> usize {
    1
}

fn locate(doc: &str, text: &str, occurrence: usize, file: &str) -> (usize, usize) {
    let mut from = 0;
    let mut s = 0;
    for _ in 0..occurrence {
        let i = doc[from..]
            .find(text)
            .unwrap_or_else(|| panic!("{file}: gold text not found: {text:?}"));
        s = from + i;
        from = s + text.chars().next().map_or(1, char::len_utf8);
    }
    (s, s + text.len())
}

fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0)) as f64;
    let union = (a.1.max(b.1) - a.0.min(b.0)) as f64;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

fn norm(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
    s.replace('’', "'")
}

#[derive(Default, Debug)]
struct Tally {
    gold: usize,
    pred: usize,
    matched: usize,
    speaker_ok: usize,
    scare_attributed: usize,
    /// The verbose per-document error lines (misattributed, missed, extra, non-speech attributed).
    log: Vec<String>,
}

impl Tally {
    /// Records one verbose error line, and prints it in verbose mode.
    fn note(&mut self, verbose: bool, line: String) {
        if verbose {
            eprintln!("{line}");
        }
        self.log.push(line);
    }

    /// Prints and returns (recall, precision, speaker accuracy).
    fn report(&self, set: &str) -> (f64, f64, f64) {
        let recall = self.matched as f64 / self.gold as f64;
        let precision = self.matched as f64 / self.pred as f64;
        let speaker = self.speaker_ok as f64 / self.matched as f64;
        eprintln!("{set}: {} gold quotes, {} predicted, recall {recall:.3}, precision {precision:.3}, speaker accuracy {speaker:.3}, non-speech attributed {}", self.gold, self.pred, self.scare_attributed);
        (recall, precision, speaker)
    }
}

fn evaluate(dir: &Path, verbose: bool) -> Tally {
    let analyzer = Analyzer::default();
    let mut t = Tally::default();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    for gp in files {
        let name = gp
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".gold.json", "");
        let doc = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&gp).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let res = analyzer.analyze(&doc);
        for q in &res.quotes {
            assert_eq!(&doc[q.start..q.end], q.text, "{name}: offsets");
        }
        // transcript turns are outside these sets' convention (speech in quote marks, and reported
        // speech): they are scored against GUM's speaker turns in tests/gum_spans.rs and against
        // tests/turns/
        let pred: Vec<&Quote> = res
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Turn)
            .collect();
        let gspans: Vec<(usize, usize)> = gold
            .quotes
            .iter()
            .map(|g| locate(&doc, &g.text, g.occurrence, &name))
            .collect();
        let mut used = vec![false; pred.len()];
        t.gold += gold.quotes.len();
        t.pred += pred.len();
        for (gi, g) in gold.quotes.iter().enumerate() {
            let best = pred
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, iou(gspans[gi], (p.start, p.end))))
                .filter(|(_, v)| *v >= 0.4)
                .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
            match best {
                Some((pi, _)) => {
                    used[pi] = true;
                    t.matched += 1;
                    let ps = pred[pi].speaker.as_ref().map(|s| norm(&s.name));
                    let gs = g.speaker.as_deref().map(norm);
                    // "A|B": the article itself spells the speaker both ways
                    let ok = match (&ps, &gs) {
                        (Some(p), Some(g)) => g.split('|').any(|alt| alt == p),
                        _ => ps == gs,
                    };
                    if ok {
                        t.speaker_ok += 1;
                    } else {
                        t.note(
                            verbose,
                            format!(
                                "{name}: SPEAKER {:?} want {:?} for [{}] {:?}",
                                ps,
                                gs,
                                g.kind,
                                g.text.chars().take(60).collect::<String>()
                            ),
                        );
                    }
                }
                None => t.note(
                    verbose,
                    format!(
                        "{name}: MISSED [{}] {:?} ({:?})",
                        g.kind,
                        g.text.chars().take(70).collect::<String>(),
                        g.speaker
                    ),
                ),
            }
        }
        for (pi, p) in pred.iter().enumerate() {
            if !used[pi] {
                t.note(
                    verbose,
                    format!(
                        "{name}: EXTRA [{:?}] {:?} ({:?})",
                        p.kind,
                        p.text.chars().take(70).collect::<String>(),
                        p.speaker.as_ref().map(|s| &s.name)
                    ),
                );
            }
        }
        for ns in &gold.non_speech {
            let span = locate(&doc, &ns.text, ns.occurrence, &name);
            if pred.iter().any(|p| {
                p.speaker.is_some()
                    && p.start <= span.0
                    && span.1 <= p.end
                    && (p.end - p.start) < span.1 - span.0 + 8
            }) {
                t.scare_attributed += 1;
                t.note(
                    verbose,
                    format!("{name}: NON-SPEECH attributed {:?}", ns.text),
                );
            }
        }
    }
    t
}

#[test]
fn golden_dev_set_meets_targets() {
    let t = evaluate(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden")),
        true,
    );
    let (recall, precision, speaker) = t.report("golden");
    assert!(t.gold >= 120, "dev set too small: {}", t.gold);
    // measured: recall 0.997, precision 0.995, speaker accuracy 0.976 (targets 0.95/0.95/0.92)
    assert!(
        recall >= 0.99,
        "recall {recall:.3} fell below the measured 0.99"
    );
    assert!(precision >= 0.99, "precision {precision:.3} < 0.99");
    assert!(
        speaker >= 0.97,
        "speaker accuracy {speaker:.3} fell below the measured 0.97"
    );
    assert_eq!(t.scare_attributed, 0, "non-speech spans attributed");
}

/// The held-out set in `tests/heldout/` was annotated blind by the same rules and is never used to
/// tune the detector: it shows how the dev-set figures carry over to unseen articles. The floors
/// guard the figures measured when it was added; they are not targets to tune toward.
#[test]
fn heldout_set_report() {
    let t = evaluate(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/heldout")),
        true,
    );
    let (recall, precision, speaker) = t.report("held-out");
    assert!(t.gold >= 90, "held-out set too small: {}", t.gold);
    // measured when the set was added: 0.789 / 0.833 / 0.640 before the dev-set work of that
    // session, 0.832 / 0.878 / 0.684 after it
    assert!(recall >= 0.83, "held-out recall {recall:.3} < 0.83");
    assert!(
        precision >= 0.87,
        "held-out precision {precision:.3} < 0.87"
    );
    assert!(
        speaker >= 0.68,
        "held-out speaker accuracy {speaker:.3} < 0.68"
    );
}

/// Scores the dev set in `tests/<name>/`, prints its figures and writes the verbose error list to
/// `/tmp/<name>-errors.txt`; returns (recall, precision, speaker accuracy) after checking it holds
/// at least `min_gold` quotes.
fn dev_set_report(name: &str, min_gold: usize) -> (f64, f64, f64) {
    let t = evaluate(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(name),
        true,
    );
    let (recall, precision, speaker) = t.report(name);
    let mut out = format!(
        "{name}: {} gold quotes, {} predicted, {} matched, {} with the right speaker: recall {recall:.3}, precision {precision:.3}, speaker accuracy {speaker:.3}, non-speech attributed {}\n",
        t.gold, t.pred, t.matched, t.speaker_ok, t.scare_attributed
    );
    for line in &t.log {
        out.push_str(line);
        out.push('\n');
    }
    let errors = std::env::temp_dir().join(format!("{name}-errors.txt"));
    if let Err(e) = std::fs::write(&errors, &out) {
        eprintln!("{name}: could not write {}: {e}", errors.display());
    }
    assert!(t.gold >= min_gold, "{name} set too small: {}", t.gold);
    (recall, precision, speaker)
}

/// The second dev set in `tests/dev2/`: 12 GUM Wikinews news articles annotated by the rules of
/// `tests/golden/README.md` after the golden set was tuned (see `tests/dev2/README.md`). Unlike
/// `tests/heldout/`, it is a dev set: rules may be tuned on it. It reports the errors the golden set no
/// longer shows; the verbose error list is also written to `/tmp/dev2-errors.txt`. The floors are
/// 0.03 below the figures measured when the set was added, so a regression fails the test.
#[test]
fn dev2_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev2", 70);
    // measured when the set was added: recall 0.756, precision 0.881, speaker accuracy 0.780;
    // after the fixes it prompted (78 gold, 78 predicted, 73 matched, 63 right speaker):
    // 0.936 / 0.936 / 0.863 (0.890 since short misspelt surnames and initials resolve); floors
    // are about 0.03 below the first figures
    assert!(recall >= 0.90, "dev2 recall {recall:.3} < 0.90");
    assert!(precision >= 0.90, "dev2 precision {precision:.3} < 0.90");
    assert!(speaker >= 0.83, "dev2 speaker accuracy {speaker:.3} < 0.83");
}

/// The third dev set in `tests/dev3/`: 6 wire-style articles written and annotated blind (the
/// writers never ran the tool) in the sixth session, to find what the golden and dev2 sets no longer
/// show (see `tests/dev3/README.md`). Rules may be tuned on it; the verbose error list is written to
/// `/tmp/dev3-errors.txt`.
#[test]
fn dev3_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev3", 150);
    // first run 0.897 / 0.982 / 0.789; 0.957 / 0.989 / 0.933 after the seventh session's fixes.
    // The floors are about 0.03 below the latter, so a regression fails the test.
    assert!(recall >= 0.92, "dev3 recall {recall:.3} < 0.92");
    assert!(precision >= 0.95, "dev3 precision {precision:.3} < 0.95");
    assert!(speaker >= 0.90, "dev3 speaker accuracy {speaker:.3} < 0.90");
}

/// The fourth dev set in `tests/dev4/`: 6 articles in styles the other sets lack (a UK council
/// story, a business story, a science story, an AFP diplomacy story, a football report, a US court
/// report), written and annotated blind in the seventh session (see `tests/dev4/README.md`).
/// Rules may be tuned on it; the verbose error list is written to `/tmp/dev4-errors.txt`.
#[test]
fn dev4_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev4", 180);
    // first run 0.918 / 0.984 / 0.817; 0.954 / 0.984 / 0.952 after the seventh session's fixes.
    // The floors are about 0.03 below the latter, so a regression fails the test.
    assert!(recall >= 0.92, "dev4 recall {recall:.3} < 0.92");
    assert!(precision >= 0.95, "dev4 precision {precision:.3} < 0.95");
    assert!(speaker >= 0.91, "dev4 speaker accuracy {speaker:.3} < 0.91");
}

/// The fifth dev set in `tests/dev5/`: 6 articles in styles the other sets lack (Indian English
/// election copy, a Middle East wire story told through channels, an NBA post-game story, an NYT
/// campaign feature, an Australian bushfire story, an EU tech-regulation story), written and
/// annotated blind in the eighth session (see `tests/dev5/README.md`). Rules may be tuned on it;
/// the verbose error list is written to `/tmp/dev5-errors.txt`.
#[test]
fn dev5_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev5", 180);
    // first run 0.885 / 0.955 / 0.759; 0.943 / 0.989 / 0.928 after the eighth session's fixes.
    // The floors are about 0.03 below the latter, so a regression fails the test.
    assert!(recall >= 0.90, "dev5 recall {recall:.3} < 0.90");
    assert!(precision >= 0.94, "dev5 precision {precision:.3} < 0.94");
    assert!(speaker >= 0.89, "dev5 speaker accuracy {speaker:.3} < 0.89");
}

/// The sixth dev set in `tests/dev6/`: 6 articles (BBC Westminster politics, an African wire
/// story, a bank-merger business story, a US local police story, a tennis final, an ESA/NASA
/// science story), written and annotated blind in the eighth session (see `tests/dev6/README.md`).
/// Rules may be tuned on it; the verbose error list is written to `/tmp/dev6-errors.txt`.
#[test]
fn dev6_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev6", 180);
    // first run (never tuned on) 0.938 / 0.984 / 0.851; 0.948 / 0.984 / 0.918 after the fixes it
    // prompted. The floors are about 0.03 below the latter, so a regression fails the test.
    assert!(recall >= 0.91, "dev6 recall {recall:.3} < 0.91");
    assert!(precision >= 0.95, "dev6 precision {precision:.3} < 0.95");
    assert!(speaker >= 0.88, "dev6 speaker accuracy {speaker:.3} < 0.88");
}

/// The seventh dev set in `tests/dev7/`: 6 articles (a climate summit, a UK Crown Court
/// sentencing, a Philippine typhoon story, Canadian pipeline politics, a US hospital outbreak, a
/// football transfer saga), written and annotated blind at the end of the eighth session, after
/// the dev5 and dev6 fixes (see `tests/dev7/README.md`). Its errors are written to
/// `/tmp/dev7-errors.txt`.
#[test]
fn dev7_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev7", 180);
    // first run (never tuned on) 0.906 / 0.989 / 0.850; 0.861 speaker after two fixes, 0.879
    // after the ninth session's. The floors are about 0.03 below.
    assert!(recall >= 0.87, "dev7 recall {recall:.3} < 0.87");
    assert!(precision >= 0.95, "dev7 precision {precision:.3} < 0.95");
    assert!(speaker >= 0.85, "dev7 speaker accuracy {speaker:.3} < 0.85");
}

/// The eighth dev set in `tests/dev8/`: 6 articles (Russia–Ukraine drone strikes on the wire, a US
/// Supreme Court argument, a Seoul defence briefing, a tech layoffs memo, a rugby test report, a
/// Kenyan finance bill), written and annotated blind at the start of the ninth session (see
/// `tests/dev8/README.md`). Its errors are written to `/tmp/dev8-errors.txt`.
#[test]
fn dev8_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev8", 200);
    // first run (never tuned on) 0.871 / 0.970 / 0.791; 0.884 / 0.971 / 0.879 after the fixes
    // it prompted (tests/dev8/README.md). The floors are about 0.03 below the latter.
    assert!(recall >= 0.85, "dev8 recall {recall:.3} < 0.85");
    assert!(precision >= 0.94, "dev8 precision {precision:.3} < 0.94");
    assert!(speaker >= 0.85, "dev8 speaker accuracy {speaker:.3} < 0.85");
}

/// The ninth dev set in `tests/dev9/`: 6 articles (a Wikinews ferry sinking, an Indian Supreme
/// Court hearing, a Gaza aid convoy, a US local TV fire story, a Guardian interview feature, a
/// Japanese automaker alliance), written and annotated blind in the ninth session after the dev8
/// fixes (see `tests/dev9/README.md`). Its errors are written to `/tmp/dev9-errors.txt`.
#[test]
fn dev9_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev9", 180);
    // first run (never tuned on) 0.906 / 0.979 / 0.721; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev9/README.md)
    assert!(recall >= 0.90, "dev9 recall {recall:.3} < 0.90");
    assert!(precision >= 0.95, "dev9 precision {precision:.3} < 0.95");
    assert!(speaker >= 0.76, "dev9 speaker accuracy {speaker:.3} < 0.76");
}

/// The tenth dev set in `tests/dev10/`: 6 articles (an EU migration summit, an IPL cricket
/// report, a New Zealand earthquake, a US Senate hearing, Amazon deforestation on the wire, a UK
/// inquest), written and annotated blind at the end of the ninth session, after the dev9 fixes
/// (see `tests/dev10/README.md`). Its errors are written to `/tmp/dev10-errors.txt`.
#[test]
fn dev10_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev10", 200);
    // first run (never tuned on) 0.900 / 0.980 / 0.727; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev10/README.md)
    assert!(recall >= 0.87, "dev10 recall {recall:.3} < 0.87");
    assert!(precision >= 0.95, "dev10 precision {precision:.3} < 0.95");
    assert!(
        speaker >= 0.75,
        "dev10 speaker accuracy {speaker:.3} < 0.75"
    );
}

/// The eleventh dev set in `tests/dev11/`: 9 articles (a Nigerian governorship tribunal, a US
/// arson trial, an obituary, a BBC-style storm live page, a Beijing ministry briefing, a chip
/// maker's earnings call, a Beirut wire story, a Dáil housing row, a Venice festival story),
/// written and annotated blind at the start of the tenth session (see `tests/dev11/README.md`).
/// Its errors are written to `/tmp/dev11-errors.txt`.
#[test]
fn dev11_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev11", 300);
    // first run (never tuned on) 0.918 / 0.963 / 0.724; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev11/README.md)
    assert!(recall >= 0.90, "dev11 recall {recall:.3} < 0.90");
    assert!(precision >= 0.94, "dev11 precision {precision:.3} < 0.94");
    assert!(
        speaker >= 0.81,
        "dev11 speaker accuracy {speaker:.3} < 0.81"
    );
}

/// The twelfth dev set in `tests/dev12/`: 9 articles (an Australian Senate estimates hearing, a
/// Pakistani rally, a football transfer, fighting in Sudan, a tech regulator, a US city council, a
/// Canadian wildfire, French budget politics, a Hong Kong court and LegCo), written and annotated
/// blind in the tenth session after the dev11 fixes (see `tests/dev12/README.md`). Its errors are
/// written to `/tmp/dev12-errors.txt`.
#[test]
fn dev12_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev12", 300);
    // first run (never tuned on) 0.920 / 0.977 / 0.748; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev12/README.md)
    assert!(recall >= 0.90, "dev12 recall {recall:.3} < 0.90");
    assert!(precision >= 0.95, "dev12 precision {precision:.3} < 0.95");
    assert!(
        speaker >= 0.82,
        "dev12 speaker accuracy {speaker:.3} < 0.82"
    );
}

/// The thirteenth dev set in `tests/dev13/`: 9 articles (an Israeli cabinet and Knesset story, a
/// Yonhap North Korea story, a Guardian estate long read, a Japanese funding scandal, an Indian
/// business story, an Argentine strike, a US local TV shooting, a science study, a Premier League
/// report), written and annotated blind in the tenth session after the dev12 fixes (see
/// `tests/dev13/README.md`). Its errors are written to `/tmp/dev13-errors.txt`.
#[test]
fn dev13_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev13", 280);
    // first run (never tuned on) 0.916 / 0.976 / 0.763; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev13/README.md)
    assert!(recall >= 0.90, "dev13 recall {recall:.3} < 0.90");
    assert!(precision >= 0.94, "dev13 precision {precision:.3} < 0.94");
    assert!(
        speaker >= 0.79,
        "dev13 speaker accuracy {speaker:.3} < 0.79"
    );
}

/// The fourteenth dev set in `tests/dev14/`: 9 articles (Gulf diplomacy, a Kenyan High Court
/// ruling, German coalition politics, an AFL match, an NPR interview story, a Bloomberg markets
/// wrap, Philippine budget politics, Holyrood, Colombian peace talks), written and annotated blind
/// at the end of the tenth session after the dev13 fixes and the third review (see
/// `tests/dev14/README.md`). Its errors are written to `/tmp/dev14-errors.txt`.
#[test]
fn dev14_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev14", 250);
    // first run (never tuned on) 0.904 / 0.970 / 0.741; the floors are about 0.03 below the
    // figures after the first fixes it prompted (tests/dev14/README.md)
    assert!(recall >= 0.87, "dev14 recall {recall:.3} < 0.87");
    assert!(precision >= 0.94, "dev14 precision {precision:.3} < 0.94");
    assert!(
        speaker >= 0.75,
        "dev14 speaker accuracy {speaker:.3} < 0.75"
    );
}

/// The fifteenth dev set in `tests/dev15/`: 9 articles (Indonesian coalition politics, a
/// Reuters-style exclusive on anonymous sources, a Ukraine strike wire with Telegram posts,
/// Brazilian Senate and court politics, a Leeds Crown Court murder trial, a smart-glasses launch,
/// South African Parliament, a one-day cricket international, a WHO briefing with an
/// interpreter), written and annotated blind in the eleventh session (see
/// `tests/dev15/README.md`). Its errors are written to `/tmp/dev15-errors.txt`.
#[test]
fn dev15_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev15", 250);
    // first run (never tuned on) 0.898 / 0.965 / 0.796; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev15/README.md)
    assert!(recall >= 0.87, "dev15 recall {recall:.3} < 0.87");
    assert!(precision >= 0.93, "dev15 precision {precision:.3} < 0.93");
    assert!(
        speaker >= 0.88,
        "dev15 speaker accuracy {speaker:.3} < 0.88"
    );
}

/// The sixteenth dev set in `tests/dev16/`: 9 articles (a US Supreme Court argument, a magazine
/// profile, Mexican politics, a Gulf tanker seizure, a UK council planning row, a Nigerian rate
/// decision, a space mission press conference, a Six Nations match, an Indian Supreme Court
/// hearing), written and annotated blind in the eleventh session (see `tests/dev16/README.md`).
/// Its errors are written to `/tmp/dev16-errors.txt`.
#[test]
fn dev16_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev16", 250);
    // first run (never tuned on) 0.902 / 0.969 / 0.762; the floors are about 0.03 below the
    // figures after the fixes it prompted (tests/dev16/README.md)
    assert!(recall >= 0.87, "dev16 recall {recall:.3} < 0.87");
    assert!(precision >= 0.93, "dev16 precision {precision:.3} < 0.93");
    assert!(
        speaker >= 0.81,
        "dev16 speaker accuracy {speaker:.3} < 0.81"
    );
}

/// The seventeenth dev set in `tests/dev17/`: 9 articles (Japanese politics, a Norwegian shipyard
/// strike, a US local TV shooting story, a Premier League deadline-day live blog, an African Union
/// summit, Manitoba Question Period, a drug-trial result, Turkish politics, a flood-recovery
/// feature), written and annotated blind at the end of the eleventh session and kept untuned, like
/// the held-out set: its figures measure the attribution on styles nobody fixed rules for (see
/// `tests/dev17/README.md`). Its errors are written to `/tmp/dev17-errors.txt`.
#[test]
fn dev17_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev17", 250);
    // first run (never tuned on) 0.908 / 0.969 / 0.777; the floors are about 0.03 below it
    // (tests/dev17/README.md)
    assert!(recall >= 0.88, "dev17 recall {recall:.3} < 0.88");
    assert!(precision >= 0.94, "dev17 precision {precision:.3} < 0.94");
    assert!(
        speaker >= 0.75,
        "dev17 speaker accuracy {speaker:.3} < 0.75"
    );
}

/// The eighteenth dev set in `tests/dev18/`: 9 articles (a UN Security Council meeting, a Formula 1
/// race report with team radio, a Kremlin wire, a papal trip with an in-flight press conference,
/// a celebrity defamation trial, an NFL post-game story, a Ghanaian election petition, an ICJ
/// hearing, a "Lunch with" founder interview), written and annotated blind in the twelfth session
/// (see `tests/dev18/README.md`). Its errors are written to `/tmp/dev18-errors.txt`.
#[test]
fn dev18_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev18", 250);
    // first run 0.934 / 0.966 / 0.772; figures after the fixes it prompted 0.940 / 0.966 / 0.876
    // (tests/dev18/README.md)
    assert!(recall >= 0.91, "dev18 recall {recall:.3} < 0.91");
    assert!(precision >= 0.94, "dev18 precision {precision:.3} < 0.94");
    assert!(
        speaker >= 0.84,
        "dev18 speaker accuracy {speaker:.3} < 0.84"
    );
}

/// The nineteenth dev set in `tests/dev19/`: 9 articles (US election night, Israel–Hamas hostage
/// talks, an NTSB runway-overrun report, a climate-science paper, a Venezuelan crisis wire with
/// a State Department briefing, boxing fight week, a Brussels steel-quota story, a protest and
/// police press conference, a musician's obituary), written and annotated blind in the twelfth
/// session while the dev18 fixes were made, and kept untuned like the held-out set (see
/// `tests/dev19/README.md`). Its errors are written to `/tmp/dev19-errors.txt`.
#[test]
fn dev19_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev19", 250);
    // first run (never tuned on) 0.928 / 0.963 / 0.768, the same with the code of the session's
    // start; 0.771 at its end; the floors are about 0.03 below (tests/dev19/README.md)
    assert!(recall >= 0.90, "dev19 recall {recall:.3} < 0.90");
    assert!(precision >= 0.93, "dev19 precision {precision:.3} < 0.93");
    assert!(
        speaker >= 0.74,
        "dev19 speaker accuracy {speaker:.3} < 0.74"
    );
}

/// The twentieth dev set in `tests/dev20/`: 9 articles (Prime Minister's Questions, an earnings
/// call, a WHO briefing in Geneva, an Indian wire story, front-line war reportage, a tech keynote,
/// an Australian sentencing, a Lord's Test report, a Nigerian union ultimatum), written and
/// annotated blind in the thirteenth session (see `tests/dev20/README.md`). Its errors are
/// written to `/tmp/dev20-errors.txt`.
#[test]
fn dev20_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev20", 250);
    // first run 0.928 / 0.949 / 0.766; after the fixes it prompted and two reviews 0.937 / 0.952
    // / 0.919 (tests/dev20/README.md)
    assert!(recall >= 0.91, "dev20 recall {recall:.3} < 0.91");
    assert!(precision >= 0.92, "dev20 precision {precision:.3} < 0.92");
    assert!(
        speaker >= 0.88,
        "dev20 speaker accuracy {speaker:.3} < 0.88"
    );
}

/// The twenty-first dev set in `tests/dev21/`: 6 articles (a German coalition row, a school board
/// meeting, a spacewalk, a Mexican security story, a celebrity lawsuit, a Saudi–Omani joint press
/// conference), written and annotated blind in the thirteenth session and kept untuned like the
/// held-out set (see `tests/dev21/README.md`). Its errors are written to `/tmp/dev21-errors.txt`.
#[test]
fn dev21_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev21", 150);
    // first run (never tuned on) 0.953 / 0.963 / 0.775 with the code of the session's start;
    // 0.786 at its end; the floors are about 0.03 below (tests/dev21/README.md)
    assert!(recall >= 0.92, "dev21 recall {recall:.3} < 0.92");
    assert!(precision >= 0.93, "dev21 precision {precision:.3} < 0.93");
    assert!(
        speaker >= 0.75,
        "dev21 speaker accuracy {speaker:.3} < 0.75"
    );
}

/// The twenty-second dev set in `tests/dev22/`: 6 articles (a Senate hearing, an Indian state
/// election rally, a Cornish inquest, a paint-maker takeover, a Pacific climate summit, a football
/// transfer), written and annotated blind in the fourteenth session and kept untuned there; tuned
/// on from the fifteenth (see `tests/dev22/README.md`). Its errors are written to
/// `/tmp/dev22-errors.txt`.
#[test]
fn dev22_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev22", 150);
    // first run (never tuned on) 0.966 / 0.980 / 0.841 with the code of the session's start
    // (dfd6c8e); the floors are about 0.03 below (tests/dev22/README.md)
    assert!(recall >= 0.93, "dev22 recall {recall:.3} < 0.93");
    assert!(precision >= 0.95, "dev22 precision {precision:.3} < 0.95");
    assert!(
        speaker >= 0.81,
        "dev22 speaker accuracy {speaker:.3} < 0.81"
    );
}

/// The twenty-third dev set in `tests/dev23/`: 9 articles (an air-accident investigation, an NHL
/// postgame story, a hospital ransomware attack, an ECB press conference, a Nigerian kidnapping,
/// a Taiwan election night, an awards ceremony, a magazine Q&A interview, a campus protest),
/// written and annotated blind in the fifteenth session; rules were then tuned on it (see
/// `tests/dev23/README.md`). Its errors are written to `/tmp/dev23-errors.txt`.
#[test]
fn dev23_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev23", 250);
    // first run with the code of the session's start (8ac60ee): see tests/dev23/README.md
    // 0.944 / 0.959 / 0.780; the floors are about 0.03 below
    assert!(recall >= 0.91, "dev23 recall {recall:.3} < 0.91");
    assert!(precision >= 0.93, "dev23 precision {precision:.3} < 0.93");
    assert!(
        speaker >= 0.75,
        "dev23 speaker accuracy {speaker:.3} < 0.75"
    );
}

/// The twenty-fourth dev set in `tests/dev24/`: 6 articles (a Tour de France stage, a Chilean mine
/// rescue, a Canadian leadership debate, a US federal sentencing, a golf major, Spanish national
/// politics), written and annotated blind in the fifteenth session and kept untuned like the
/// held-out set (see `tests/dev24/README.md`). Its errors are written to `/tmp/dev24-errors.txt`.
#[test]
fn dev24_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev24", 150);
    // first run (never tuned on) with the code of the session's start (8ac60ee): see
    // tests/dev24/README.md
    // 0.960 / 0.955 / 0.832; the floors are about 0.03 below
    assert!(recall >= 0.93, "dev24 recall {recall:.3} < 0.93");
    assert!(precision >= 0.92, "dev24 precision {precision:.3} < 0.92");
    assert!(
        speaker >= 0.80,
        "dev24 speaker accuracy {speaker:.3} < 0.80"
    );
}

/// The twenty-fifth dev set in `tests/dev25/`: 6 articles (Victorian state politics, a Premier
/// League match, a Fed press conference, a Bollywood censorship row, a European Parliament vote,
/// a South African court ruling), written and annotated blind in the fifteenth session after the
/// session's fixes and kept untuned like the held-out set (see `tests/dev25/README.md`). Its
/// errors are written to `/tmp/dev25-errors.txt`.
#[test]
fn dev25_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev25", 150);
    // first run (never tuned on) with the code of the session's start (8ac60ee) and with the
    // code of its end: see tests/dev25/README.md; the floors are about 0.03 below the end
    // 0.942 / 0.985 / 0.866 at the start, 0.942 / 0.990 / 0.876 at the end
    assert!(recall >= 0.91, "dev25 recall {recall:.3} < 0.91");
    assert!(precision >= 0.96, "dev25 precision {precision:.3} < 0.96");
    assert!(
        speaker >= 0.84,
        "dev25 speaker accuracy {speaker:.3} < 0.84"
    );
}

/// The twenty-sixth dev set in `tests/dev26/`: 9 articles (a tennis Grand Slam day, a Formula
/// One race, a city marathon, a regional crime story, a broadcaster's obituary, a cricket Test,
/// a mayoral candidate's profile, an earnings call, a flood), written and annotated blind in the
/// sixteenth session and kept untuned like the held-out set (see `tests/dev26/README.md`). Its
/// errors are written to `/tmp/dev26-errors.txt`.
#[test]
fn dev26_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev26", 250);
    // first run (never tuned on) with the code of the session's start (8543323), then with the
    // rule for descriptions of a named person: see tests/dev26/README.md; 0.942 / 0.981 / 0.865
    // at the start, 0.945 / 0.981 / 0.894 after; the floors are about 0.03 below
    assert!(recall >= 0.91, "dev26 recall {recall:.3} < 0.91");
    assert!(precision >= 0.95, "dev26 precision {precision:.3} < 0.95");
    assert!(
        speaker >= 0.86,
        "dev26 speaker accuracy {speaker:.3} < 0.86"
    );
}

/// The twenty-seventh dev set in `tests/dev27/`: 6 articles (a Canadian murder trial, a K-pop
/// contract dispute, an Olympic swimming night, a French pension strike, an Irish planning row, a
/// data breach), written and annotated blind late in the sixteenth session, after its fixes, and
/// kept untuned like the held-out set (see `tests/dev27/README.md`). Its errors are written to
/// `/tmp/dev27-errors.txt`.
#[test]
fn dev27_set_report() {
    let (recall, precision, speaker) = dev_set_report("dev27", 150);
    // first run (never tuned on) with the code of the session's start (8543323) and with the
    // code of its end: see tests/dev27/README.md; the floors are about 0.03 below the end
    // 0.959 / 0.979 / 0.777 at the start, 0.959 / 0.979 / 0.803 at the end
    assert!(recall >= 0.93, "dev27 recall {recall:.3} < 0.93");
    assert!(precision >= 0.95, "dev27 precision {precision:.3} < 0.95");
    assert!(
        speaker >= 0.77,
        "dev27 speaker accuracy {speaker:.3} < 0.77"
    );
}
