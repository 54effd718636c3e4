//! Throughput benchmarks for quotestance, over a fixed corpus.
//!
//! Corpus: `benches/data/wikinews_corpus.txt` holds English Wikinews articles taken from the GUM
//! corpus (Georgetown University Multilayer corpus, https://gucorpling.org/gum/), licensed
//! CC BY 2.5 by Wikinews contributors (https://creativecommons.org/licenses/by/2.5/); documents are
//! separated by form feeds (`\f`). `benches/data/seed_article.txt` is added as one more document.
//!
//! Groups (run `cargo bench --bench pipeline`, or `scripts/throughput.sh` for a summary):
//! - `construction/analyzer_default`: `Analyzer::default()` (gazetteer trie + embedded model).
//! - `end_to_end/analyze_corpus`: `Analyzer::analyze` on each document, bytes/s (MB/s).
//! - `end_to_end_docs/analyze_corpus`: the same, elements = documents (articles/s).
//! - `long_document/analyze/1000` and `.../16000`: `Analyzer::analyze` on one synthetic
//!   document of 1,000 and of 16,000 paragraphs (`corpus::long_document`), bytes/s: how the
//!   cost per byte grows with a document's length (equal figures would be linear).
//! - `batch/analyze_batch`: `Analyzer::analyze_batch` (rayon) over the whole corpus, bytes/s.
//! - `stages/sentences`, `stages/quote_detection`, `stages/names`, `stages/attribution`,
//!   `stages/actors`: each pipeline stage alone (earlier stages computed once outside the timed
//!   loop), bytes/s of the whole corpus, so the stage costs add up to about `end_to_end`.
//! - `gazetteer/find_corpus`: `Gazetteer::find` on each document, bytes/s.
//! - `stance/predict`: `StanceModel::predict` over every (quote, actor) pair the analyzer finds in
//!   the corpus, elements = pairs (pairs/s). `predict` includes feature hashing.
//! - `features/named`: `FeatureExtractor::named` (the slow, string-building path used for training
//!   and explanations) over the same pairs, elements = pairs.
//!
//! Measurement is kept short (20 samples, 3 s) so the whole run takes a few minutes.
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotestance::{Analyzer, Quote, QuoteActor, StanceModel};
use std::time::Duration;

// `--features mimalloc`: mimalloc instead of the system allocator (the library leaves the choice to
// the program that links it)
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "data/corpus.rs"]
mod corpus;
use corpus::{corpus, long_document};

fn total_bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// Every (quote, actor) pair the analyzer finds in the corpus.
fn pairs(a: &Analyzer, docs: &[String]) -> Vec<(Quote, QuoteActor)> {
    docs.iter()
        .flat_map(|d| a.analyze(d).quotes)
        .flat_map(|q| {
            q.actors
                .clone()
                .into_iter()
                .map(move |actor| (q.clone(), actor))
        })
        .collect()
}

fn construction(c: &mut Criterion) {
    let mut g = c.benchmark_group("construction");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.bench_function("analyzer_default", |b| {
        b.iter(|| black_box(Analyzer::default()))
    });
    g.bench_function("stance_model_embedded", |b| {
        b.iter(|| black_box(StanceModel::embedded()))
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let a = Analyzer::default();
    let docs = corpus();
    let mut g = c.benchmark_group("end_to_end");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("analyze_corpus", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| a.analyze(d).quotes.len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("end_to_end_docs");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function("analyze_corpus", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| a.analyze(d).quotes.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// One long document at two lengths: equal MB/s would mean attribution and actor finding are
/// linear in a document's length. Measured 2026-11-28: 17.7 and 6.8 MiB/s (the look-ups that
/// scanned every name or capitalised token per speaker are indexed per document; what remains
/// grows with the number of people: fuzzy surname matching and the name patterns). Before the
/// indexes, `analyze` took 3.4 s on the 16,000-paragraph document; now about 0.3 s.
fn long_document_scaling(c: &mut Criterion) {
    let a = Analyzer::default();
    let mut g = c.benchmark_group("long_document");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for paragraphs in [1_000, 16_000] {
        let doc = long_document(paragraphs);
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(BenchmarkId::new("analyze", paragraphs), |b| {
            b.iter(|| a.analyze(&doc).quotes.len())
        });
    }
    g.finish();
}

fn batch(c: &mut Criterion) {
    let a = Analyzer::default();
    let docs = corpus();
    let mut g = c.benchmark_group("batch");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    let threads = rayon::current_num_threads();
    g.bench_function(
        BenchmarkId::new("analyze_batch", format!("{threads}_threads")),
        |b| {
            b.iter(|| {
                a.analyze_batch(&docs)
                    .iter()
                    .map(|r| r.quotes.len())
                    .sum::<usize>()
            })
        },
    );
    g.finish();
}

fn stages(c: &mut Criterion) {
    use quotestance::stages::{self, Staged};
    let a = Analyzer::default();
    let docs = corpus();
    let staged: Vec<Staged> = docs.iter().map(|d| Staged::new(d)).collect();
    let mut g = c.benchmark_group("stages");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("sentences", |b| {
        b.iter(|| docs.iter().map(|d| stages::sentences(d)).sum::<usize>())
    });
    g.bench_function("quote_detection", |b| {
        b.iter(|| staged.iter().map(Staged::detect_quotes).sum::<usize>())
    });
    g.bench_function("names", |b| {
        b.iter(|| staged.iter().map(Staged::names).sum::<usize>())
    });
    g.bench_function("attribution", |b| {
        b.iter(|| staged.iter().map(Staged::attribute).sum::<usize>())
    });
    g.bench_function("actors", |b| {
        b.iter(|| {
            staged
                .iter()
                .map(|s| s.actors(a.gazetteer()))
                .sum::<usize>()
        })
    });
    g.bench_function("actors_whole_document", |b| {
        b.iter(|| {
            staged
                .iter()
                .map(|s| s.actors_whole_document(a.gazetteer()))
                .sum::<usize>()
        })
    });
    g.finish();
}

fn gazetteer(c: &mut Criterion) {
    let a = Analyzer::default();
    let gaz = a.gazetteer();
    let docs = corpus();
    let mut g = c.benchmark_group("gazetteer");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(total_bytes(&docs)));
    g.bench_function("find_corpus", |b| {
        b.iter(|| docs.iter().map(|d| gaz.find(d).len()).sum::<usize>())
    });
    g.finish();
}

fn stance(c: &mut Criterion) {
    let a = Analyzer::default();
    let docs = corpus();
    let pairs = pairs(&a, &docs);
    assert!(
        !pairs.is_empty(),
        "the corpus yields no (quote, actor) pairs"
    );
    let inputs: Vec<_> = pairs
        .iter()
        .map(|(q, actor)| a.stance_input(q, actor))
        .collect();
    let quote_bytes: u64 = pairs.iter().map(|(q, _)| q.text.len() as u64).sum();
    eprintln!(
        "stance inputs: {} (quote, actor) pairs, {} quote bytes",
        inputs.len(),
        quote_bytes
    );
    let model = a.model();

    let mut g = c.benchmark_group("stance");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(inputs.len() as u64));
    g.bench_function("predict", |b| {
        b.iter(|| {
            inputs
                .iter()
                .map(|i| model.predict(i).probabilities.to_array()[0])
                .sum::<f32>()
        })
    });
    g.finish();

    let fx = model.extractor();
    let mut g = c.benchmark_group("features");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(inputs.len() as u64));
    g.bench_function("named", |b| {
        b.iter(|| inputs.iter().map(|i| fx.named(i).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(
    benches,
    construction,
    end_to_end,
    long_document_scaling,
    batch,
    stages,
    gazetteer,
    stance
);
criterion_main!(benches);
