//! Detection recall on the GUM corpus's gold quotation spans over the 43 Wikinews documents
//! (`benches/data/wikinews_corpus.txt`; spans in `tests/data/gum_spans.jsonl`, CC BY 4.0, Zeldes 2017).
//! `quote` rows are speech (97); `q` rows are scare quotes, mentions and titles (49).

use quotestance::Analyzer;
use serde::Deserialize;

#[derive(Deserialize)]
struct Span {
    doc: String,
    element: String,
    byte_start: usize,
    byte_end: usize,
    #[serde(default)]
    speaker: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    doc: String,
    corpus_byte_start: usize,
    corpus_byte_end: usize,
}

#[test]
fn gum_quote_recall_and_scare_quotes() {
    let corpus = include_str!("../benches/data/wikinews_corpus.txt");
    let docs: Vec<Doc> = serde_json::from_str(include_str!("data/gum_index.json")).unwrap();
    let spans: Vec<Span> = include_str!("data/gum_spans.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let a = Analyzer::default();
    let (mut speech, mut found, mut scare, mut scare_attributed) = (0, 0, 0, 0);
    for d in &docs {
        let text = &corpus[d.corpus_byte_start..d.corpus_byte_end];
        // (transcript turns are scored by the test below)
        let quotes: Vec<quotestance::Quote> = a
            .analyze(text)
            .quotes
            .into_iter()
            .filter(|q| q.kind != quotestance::QuoteKind::Turn)
            .collect();
        let mine: Vec<&Span> = spans.iter().filter(|s| s.doc == d.doc).collect();
        for s in &mine {
            // strip the quote marks GUM includes in the span
            let overlap = |q: &quotestance::Quote| {
                q.end
                    .min(s.byte_end)
                    .saturating_sub(q.start.max(s.byte_start))
            };
            match s.element.as_str() {
                "quote" => {
                    speech += 1;
                    let len = s.byte_end - s.byte_start;
                    if quotes
                        .iter()
                        .any(|q| q.speaker.is_some() && overlap(q) * 2 >= len.saturating_sub(2))
                    {
                        found += 1;
                    }
                }
                "q" => {
                    // a q inside a speech quote is part of that quote, not a false attribution
                    let inside_speech = mine.iter().any(|o| {
                        o.element == "quote"
                            && o.byte_start <= s.byte_start
                            && s.byte_end <= o.byte_end
                    });
                    if inside_speech {
                        continue;
                    }
                    scare += 1;
                    let len = s.byte_end - s.byte_start;
                    if quotes.iter().any(|q| {
                        q.speaker.is_some()
                            && q.kind != quotestance::QuoteKind::Indirect
                            && overlap(q) * 2 >= len
                            && (q.end - q.start) <= len + 4
                    }) {
                        scare_attributed += 1;
                        eprintln!(
                            "{}: scare quote attributed: {:?}",
                            d.doc,
                            &text[s.byte_start..s.byte_end]
                        );
                    }
                }
                _ => {}
            }
        }
    }
    let recall = found as f64 / speech as f64;
    eprintln!("GUM: {found}/{speech} speech quotes detected with a speaker (recall {recall:.3}); {scare_attributed}/{scare} scare quotes/titles wrongly attributed");
    assert_eq!(speech, 97);
    // floors at the measured figures (82/97 = 0.845, 3/45); the 83rd quote counted before was
    // found only with a wrong speaker ("Interview Wikinews", a heading and a question label run
    // together), which now gets none. 80/97 = 0.825 since coordinated "and that" clauses are
    // reports of their own (sixth session): GUM_news_imprisoned's markless pull quote "I was
    // basically hauled in and told that A and that B" (twice) was covered by one indirect clause
    // and is now covered by two, each under half of the span. The pull quote itself is still not
    // found as a direct quote (a known gap: quotes set off without marks).
    assert!(recall >= 0.82, "recall {recall:.3}");
    assert!(
        scare_attributed <= 3,
        "{scare_attributed} scare quotes attributed"
    );
}

/// Interview turns (`sp`, 273 in the 19 interviews, each with its speaker; the text's `Name: `
/// labels were written from GUM's `<sp who>`): how many are found as turns, with which speaker,
/// and how many turns fall outside every `sp` (none may appear in the 24 news articles).
#[test]
fn gum_interview_turns() {
    let corpus = include_str!("../benches/data/wikinews_corpus.txt");
    let docs: Vec<Doc> = serde_json::from_str(include_str!("data/gum_index.json")).unwrap();
    let spans: Vec<Span> = include_str!("data/gum_spans.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|s: &Span| s.element == "sp")
        .collect();
    let a = Analyzer::default();
    let (mut gold, mut found, mut right, mut turns, mut outside) = (0, 0, 0, 0, 0);
    for d in &docs {
        let text = &corpus[d.corpus_byte_start..d.corpus_byte_end];
        let quotes: Vec<quotestance::Quote> = a
            .analyze(text)
            .quotes
            .into_iter()
            .filter(|q| q.kind == quotestance::QuoteKind::Turn)
            .collect();
        let mine: Vec<&Span> = spans.iter().filter(|s| s.doc == d.doc).collect();
        let overlap = |q: &quotestance::Quote, s: &Span| {
            q.end
                .min(s.byte_end)
                .saturating_sub(q.start.max(s.byte_start))
        };
        for s in &mine {
            gold += 1;
            let covering: Vec<&quotestance::Quote> =
                quotes.iter().filter(|q| overlap(q, s) > 0).collect();
            let covered: usize = covering.iter().map(|q| overlap(q, s)).sum();
            if covered * 2 < s.byte_end - s.byte_start {
                eprintln!(
                    "{}: turn of {:?} not found: {:?}",
                    d.doc,
                    s.speaker,
                    &text[s.byte_start..s.byte_end.min(s.byte_start + 80)]
                );
            } else {
                found += 1;
                let speaker = covering[0].speaker.as_ref().map(|e| e.name.as_str());
                if speaker == s.speaker.as_deref() {
                    right += 1;
                } else {
                    eprintln!("{}: turn of {:?} given to {speaker:?}", d.doc, s.speaker);
                }
            }
        }
        for q in &quotes {
            turns += 1;
            if !mine.iter().any(|s| overlap(q, s) * 2 >= q.end - q.start) {
                outside += 1;
                eprintln!("{}: turn outside every sp: {:?}", d.doc, &q.text);
            }
        }
    }
    let (recall, accuracy) = (
        found as f64 / gold as f64,
        right as f64 / found.max(1) as f64,
    );
    eprintln!(
        "GUM turns: {found}/{gold} found (recall {recall:.3}), {right} with the right speaker \
         (accuracy {accuracy:.3}); {outside} of {turns} turns outside every sp"
    );
    assert_eq!(gold, 273);
    // measured when turns were added: 271/273 (the two misses are answers' last paragraphs after
    // a transcript's last label, where an afterword is as likely), 269 with GUM's speaker (the two
    // others are GUM's "Saravanan" and "Titley", given the full names the introduction uses),
    // 3 of 304 turns outside every sp (photo captions and a heading read as answers)
    assert!(recall >= 0.99, "recall {recall:.3}");
    assert!(accuracy >= 0.99, "speaker accuracy {accuracy:.3}");
    assert!(outside <= 3, "{outside} turns outside every sp");
}
