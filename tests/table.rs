//! The readable table of the `analyze` example on the seed article.

use quotestance::Analyzer;

#[test]
fn seed_article_table() {
    let a = Analyzer::default();
    let r = a.analyze(include_str!("golden/seed.txt"));
    let t = a.table(&r, false, false);
    let lines: Vec<&str> = t.lines().collect();
    assert!(lines[0].starts_with("kind      speaker"), "{}", lines[0]);
    // one row per quote, then one indented row per actor
    let quote_rows = lines.iter().filter(|l| !l.starts_with(' ')).count() - 1;
    assert_eq!(quote_rows, r.quotes.len());
    let actor_rows = lines
        .iter()
        .filter(|l| l.trim_start().starts_with('→'))
        .count();
    assert_eq!(
        actor_rows,
        r.quotes.iter().map(|q| q.actors.len()).sum::<usize>()
    );
    assert!(
        lines[1]
            .starts_with("indirect  Ali Khamenei           Vladimir Putin     Tehran and Moscow"),
        "{}",
        lines[1]
    );
    assert!(t.contains("→ United States (USA)"));
    assert!(!t.contains('\u{1b}'), "no colour unless asked");
    let coloured = a.table(&r, false, true);
    assert!(coloured.contains("\u{1b}[31m") || coloured.contains("\u{1b}[32m"));
    let explained = a.table(&r, true, false);
    assert!(explained.contains("for: ") && explained.contains("against: "));
    // every row fits a terminal: quote text shortened with an ellipsis
    assert!(lines.iter().all(|l| l.chars().count() <= 125), "{t}");
}
