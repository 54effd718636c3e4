//! End-to-end throughput on the fixed corpus (Wikinews via GUM, CC BY 2.5, plus the seed article).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotestance::Analyzer;

fn corpus() -> Vec<String> {
    let mut docs: Vec<String> = include_str!("data/wikinews_corpus.txt").split('\u{c}').map(str::to_string).collect();
    docs.push(include_str!("data/seed_article.txt").to_string());
    docs
}

fn end_to_end(c: &mut Criterion) {
    let a = Analyzer::default();
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("analyze_corpus", |b| b.iter(|| docs.iter().map(|d| a.analyze(d).quotes.len()).sum::<usize>()));
    g.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
