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
        let quotes = a.analyze(text).quotes;
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
