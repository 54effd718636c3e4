//! The fixed benchmark corpus: the Wikinews articles of `wikinews_corpus.txt` (form-feed
//! separated, CC BY 2.5, via GUM) plus the seed article. Shared by `benches/pipeline.rs` and
//! `examples/stance_profile.rs` (`#[path]` module), so both measure the same documents.

/// Every document of the corpus, the seed article last.
pub fn corpus() -> Vec<String> {
    let mut docs: Vec<String> = include_str!("wikinews_corpus.txt")
        .split('\u{c}')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    docs.push(include_str!("seed_article.txt").to_string());
    docs
}
