//! The trained model: vocabulary, weights, configuration and provenance, in a versioned JSON file.

use super::{Prediction, Probabilities, Stance};
use crate::features::{
    feature_hash, name_hash, pair_key, pair_keys, FeatureConfig, FeatureExtractor, Sink,
    StanceInput, VI_UNKNOWN,
};
use crate::text::FxMap;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The `format` field of every model file.
pub const MODEL_FORMAT: &str = "quotestance-stance-model";
/// The version of the model file layout this build reads and writes.
pub const MODEL_FORMAT_VERSION: u32 = 1;

/// Why a model could not be loaded or used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Not valid JSON, truncated, or fields missing.
    #[error("{source_name}: not a readable model file: {reason}")]
    Corrupt {
        /// File name or label.
        source_name: String,
        /// The parser's message.
        reason: String,
    },
    /// Another kind of file, or another layout version.
    #[error("{source_name}: {reason}")]
    WrongFormat {
        /// File name or label.
        source_name: String,
        /// What differs.
        reason: String,
    },
    /// The model's feature configuration differs from this build's extractor.
    #[error(
        "{source_name}: feature configuration mismatch: model has {model}, this build has {ours}"
    )]
    FeatureMismatch {
        /// File name or label.
        source_name: String,
        /// The model's configuration.
        model: String,
        /// This build's configuration.
        ours: String,
    },
    /// The label set is not hostile/cooperative/neutral.
    #[error(
        "{source_name}: label set {labels:?} is not [\"hostile\", \"cooperative\", \"neutral\"]"
    )]
    Labels {
        /// File name or label.
        source_name: String,
        /// The labels found.
        labels: Vec<String>,
    },
    /// Weight and vocabulary sizes disagree, or values are not finite.
    #[error("{source_name}: inconsistent model: {reason}")]
    Shape {
        /// File name or label.
        source_name: String,
        /// What disagrees.
        reason: String,
    },
}

/// Provenance of a model: data, regularisation, cross-validation and held-out scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    /// Number of training examples (before class balancing).
    pub examples: usize,
    /// FNV-1a fingerprint of the training rows.
    pub data_fingerprint: String,
    /// Chosen L2 weight.
    pub alpha: f64,
    /// Mean cross-validated macro-F1 for each alpha tried.
    #[serde(default)]
    pub cv: Vec<(f64, f64)>,
    /// How class imbalance was handled.
    pub balancing: String,
    /// Free-form metrics (dev/test scores) recorded by whoever trained the model.
    #[serde(default)]
    pub metrics: serde_json::Map<String, serde_json::Value>,
    /// Crate version that trained it.
    pub created_by: String,
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    format_version: u32,
    labels: Vec<String>,
    features: FeatureConfig,
    training: TrainingInfo,
    vocabulary: Vec<String>,
    /// One row per vocabulary entry: weights for hostile, cooperative, neutral.
    weights: Vec<[f32; 3]>,
    intercept: [f32; 3],
}

/// A feature's contribution to a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// Feature name ("tc:threat", "cue:warn", "num:vader_tc_neg").
    pub feature: String,
    /// Feature value times its weight for the predicted label minus the mean over labels.
    pub weight: f32,
}

/// A trained stance model.
///
/// ```
/// let m = quotestance::StanceModel::embedded();
/// assert!(m.vocabulary_len() > 100);
/// ```
#[derive(Debug, Clone)]
pub struct StanceModel {
    pub(crate) extractor: std::sync::Arc<FeatureExtractor>,
    pub(crate) vocabulary: Vec<String>,
    pub(crate) index: FxMap<u64, u32>,
    /// What prediction looks features up by: `index`, plus the [`pair_key`]s of the pair features
    /// (bigrams), which scoring identifies by those.
    keys: FxMap<u64, u32>,
    /// One bit per value of a key's top [`FILTER_BITS`] bits, set for the `keys`: most features
    /// produced at prediction time are not in the vocabulary and are rejected here.
    filter: Vec<u64>,
    /// Faster copy of `keys` for prediction (`None` in the unlikely case it cannot be built).
    fast: Option<HashIndex>,
    pub(crate) weights: Vec<[f32; 3]>,
    pub(crate) intercept: [f32; 3],
    /// Where it came from and how well it did.
    pub training: TrainingInfo,
    /// Unique per constructed vocabulary (clones share it): the key of the per-word vocabulary
    /// look-ups cached by the feature extractor's scratch.
    id: u64,
}

/// Source of [`StanceModel::id`]; 0 is never used.
static NEXT_MODEL_ID: AtomicU64 = AtomicU64::new(1);

/// A cached look-up: the hash is not in the vocabulary.
const VI_ABSENT: u32 = u32::MAX - 1;

/// Vocabulary look-up by feature hash for prediction: open addressing with linear probing over a
/// power-of-two table at most half full, one `u64` per slot holding the hash's top 44 bits and the
/// 20-bit vocabulary index (0: empty slot). Hashes are FNV-1a, already well mixed, so the slot is
/// taken from the top bits without rehashing.
#[derive(Debug, Clone, Default)]
pub(crate) struct HashIndex {
    slots: Vec<u64>,
    shift: u32,
}

const INDEX_BITS: u32 = 20;
const INDEX_MASK: u64 = (1 << INDEX_BITS) - 1;

impl HashIndex {
    /// `None` if the vocabulary is too large for 20-bit indices or two hashes share their top 44 bits.
    fn new(index: &FxMap<u64, u32>) -> Option<HashIndex> {
        if index.len() as u64 >= INDEX_MASK {
            return None;
        }
        let size = (index.len() * 2).next_power_of_two().max(16);
        let bits = size.trailing_zeros();
        let mut slots = vec![0u64; size];
        for (&h, &i) in index {
            let tag = h & !INDEX_MASK;
            let mut s = (h >> (64 - bits)) as usize;
            loop {
                if slots[s] == 0 {
                    slots[s] = tag | (i as u64 + 1);
                    break;
                }
                if slots[s] & !INDEX_MASK == tag {
                    return None;
                }
                s = (s + 1) & (size - 1);
            }
        }
        Some(HashIndex {
            slots,
            shift: 64 - bits,
        })
    }

    /// The vocabulary index of `h` in the table `slots` (of a [`HashIndex`] with this `shift`).
    #[inline]
    fn get_in(slots: &[u64], shift: u32, h: u64) -> Option<u32> {
        let tag = h & !INDEX_MASK;
        let mask = slots.len() - 1;
        let mut s = (h >> shift) as usize;
        loop {
            let v = slots[s];
            if v == 0 {
                return None;
            }
            if v & !INDEX_MASK == tag {
                return Some((v & INDEX_MASK) as u32 - 1);
            }
            s = (s + 1) & mask;
        }
    }
}

/// Size of [`StanceModel::filter`]: 2^16 bits, 8 KB.
const FILTER_BITS: u32 = 16;

const EMBEDDED: &str = include_str!("../../models/default.json");

impl StanceModel {
    pub(crate) fn from_parts(
        config: FeatureConfig,
        vocabulary: Vec<String>,
        weights: Vec<[f32; 3]>,
        intercept: [f32; 3],
        training: TrainingInfo,
    ) -> Self {
        let index: FxMap<u64, u32> = vocabulary
            .iter()
            .enumerate()
            .map(|(i, n)| (name_hash(n), i as u32))
            .collect();
        let mut keys = index.clone();
        for (i, n) in vocabulary.iter().enumerate() {
            for k in pair_keys(n) {
                keys.insert(k, i as u32);
            }
        }
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64];
        for &h in keys.keys() {
            let b = (h >> (64 - FILTER_BITS)) as usize;
            filter[b / 64] |= 1 << (b % 64);
        }
        StanceModel {
            extractor: std::sync::Arc::new(FeatureExtractor::new(config)),
            vocabulary,
            fast: HashIndex::new(&keys),
            index,
            keys,
            filter,
            weights,
            intercept,
            training,
            id: NEXT_MODEL_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The model shipped in `models/default.json`.
    pub fn embedded() -> Self {
        Self::from_json(EMBEDDED, "models/default.json")
            .expect("the shipped model loads (checked by tests)")
    }

    /// Loads a model file; every problem is a [`ModelError`] naming the file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, ModelError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_json(&text, &path.display().to_string())
    }

    /// Parses a model from JSON text; `source_name` names it in errors.
    pub fn from_json(text: &str, source_name: &str) -> Result<Self, ModelError> {
        let sn = || source_name.to_string();
        let probe: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ModelError::Corrupt {
                source_name: sn(),
                reason: e.to_string(),
            })?;
        if probe.get("format").and_then(|f| f.as_str()) != Some(MODEL_FORMAT) {
            return Err(ModelError::WrongFormat {
                source_name: sn(),
                reason: format!("not a quotestance model (format field is not {MODEL_FORMAT:?})"),
            });
        }
        let v = probe.get("format_version").and_then(|v| v.as_u64());
        if v != Some(MODEL_FORMAT_VERSION as u64) {
            return Err(ModelError::WrongFormat {
                source_name: sn(),
                reason: format!(
                    "model format version {v:?}, this build reads {MODEL_FORMAT_VERSION}"
                ),
            });
        }
        let f: File = serde_json::from_value(probe).map_err(|e| ModelError::Corrupt {
            source_name: sn(),
            reason: e.to_string(),
        })?;
        let expected: Vec<String> = Stance::ALL.iter().map(|s| s.as_str().to_string()).collect();
        if f.labels != expected {
            return Err(ModelError::Labels {
                source_name: sn(),
                labels: f.labels,
            });
        }
        let ours = FeatureConfig {
            min_df: f.features.min_df,
            max_features: f.features.max_features,
            ..FeatureConfig::default()
        };
        if f.features.version != ours.version
            || f.features.window != ours.window
            || f.features.lexicon_fingerprint != ours.lexicon_fingerprint
        {
            return Err(ModelError::FeatureMismatch {
                source_name: sn(),
                model: format!("{:?}", f.features),
                ours: format!("{ours:?}"),
            });
        }
        if f.weights.len() != f.vocabulary.len() {
            return Err(ModelError::Shape {
                source_name: sn(),
                reason: format!(
                    "{} weight rows for {} vocabulary entries",
                    f.weights.len(),
                    f.vocabulary.len()
                ),
            });
        }
        if f.weights
            .iter()
            .flatten()
            .chain(f.intercept.iter())
            .any(|w| !w.is_finite())
        {
            return Err(ModelError::Shape {
                source_name: sn(),
                reason: "non-finite weight".into(),
            });
        }
        let m = Self::from_parts(f.features, f.vocabulary, f.weights, f.intercept, f.training);
        if m.index.len() != m.vocabulary.len() {
            return Err(ModelError::Shape {
                source_name: sn(),
                reason: "duplicate vocabulary entries".into(),
            });
        }
        Ok(m)
    }

    /// Serialises the model as JSON.
    pub fn to_json(&self) -> String {
        let f = File {
            format: MODEL_FORMAT.into(),
            format_version: MODEL_FORMAT_VERSION,
            labels: Stance::ALL.iter().map(|s| s.as_str().to_string()).collect(),
            features: self.extractor.config().clone(),
            training: self.training.clone(),
            vocabulary: self.vocabulary.clone(),
            weights: self.weights.clone(),
            intercept: self.intercept,
        };
        serde_json::to_string(&f).expect("model serialises")
    }

    /// Writes the model to `path` atomically: a temporary file in the same folder, then a rename, so
    /// an existing model is never left half-written.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), ModelError> {
        let path = path.as_ref();
        let tmp = path.with_extension("json.tmp");
        let io = |source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        };
        std::fs::write(&tmp, self.to_json()).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io(e)
        })
    }

    /// Number of features with weights.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// The feature extractor this model was trained with.
    pub fn extractor(&self) -> &FeatureExtractor {
        &self.extractor
    }

    /// Predicts the stance for one input (a sparse dot product; no feature-count assertion to trip).
    pub fn predict(&self, input: &StanceInput) -> Prediction {
        SEEN.with(|cell| match cell.try_borrow_mut() {
            Ok(mut seen) => self.predict_seen(input, &mut seen),
            Err(_) => self.predict_seen(input, &mut Seen::default()),
        })
    }

    /// Like [`predict`](Self::predict); `buf` is not needed any more (features are scored as they
    /// are produced) and is left untouched.
    pub fn predict_with(&self, input: &StanceInput, buf: &mut Vec<(u64, f32)>) -> Prediction {
        let _ = buf;
        self.predict(input)
    }

    fn predict_seen(&self, input: &StanceInput, seen: &mut Seen) -> Prediction {
        seen.start(self.vocabulary.len());
        let mut sink = ScoreSink {
            model: self,
            filter: &self.filter,
            fast: self.fast.as_ref().map(|f| (&f.slots[..], f.shift)),
            weights: &self.weights,
            stamp: &mut seen.stamp,
            generation: seen.generation,
            z: self.intercept,
        };
        self.extractor.emit(input, &mut sink);
        let p = softmax(sink.z);
        let probabilities = Probabilities::from_array(p);
        Prediction {
            stance: probabilities.argmax(),
            probabilities,
        }
    }

    /// The features that pushed the decision for `stance` most, for and against: `(for, against)`,
    /// each sorted by the size of the push, at most `k` each.
    pub fn explain(
        &self,
        input: &StanceInput,
        stance: Stance,
        k: usize,
    ) -> (Vec<Contribution>, Vec<Contribution>) {
        let c = stance.index();
        let mut contribs: Vec<Contribution> = self
            .extractor
            .named(input)
            .into_iter()
            .filter_map(|(name, v)| {
                let &i = self.index.get(&name_hash(&name))?;
                let w = self.weights[i as usize];
                let mean = (w[0] + w[1] + w[2]) / 3.0;
                let push = (w[c] - mean) * v;
                (push != 0.0).then_some(Contribution {
                    feature: name,
                    weight: push,
                })
            })
            .collect();
        contribs.sort_by(|a, b| {
            b.weight
                .partial_cmp(&a.weight)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let pro: Vec<Contribution> = contribs
            .iter()
            .filter(|c| c.weight > 0.0)
            .take(k)
            .cloned()
            .collect();
        let con: Vec<Contribution> = contribs
            .iter()
            .rev()
            .filter(|c| c.weight < 0.0)
            .take(k)
            .cloned()
            .collect();
        (pro, con)
    }
}

/// Which vocabulary entries the current prediction has already counted: a feature emitted twice
/// counts once (as in training, where feature lists are deduplicated). An entry is seen when its
/// stamp equals the current generation, so nothing is cleared between predictions.
#[derive(Default)]
struct Seen {
    stamp: Vec<u32>,
    generation: u32,
}

impl Seen {
    fn start(&mut self, vocab: usize) {
        if self.stamp.len() < vocab {
            self.stamp.resize(vocab, 0);
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
    }
}

thread_local! {
    static SEEN: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::default());
}

/// Adds each feature's weights to the scores as it is produced: no feature list, no sort. The
/// model's tables are held as slices rather than reached through the model, so that the scoring
/// loops need not reload them after every store to `stamp`.
struct ScoreSink<'a> {
    model: &'a StanceModel,
    filter: &'a [u64],
    /// [`HashIndex::slots`] and [`HashIndex::shift`] of the model's fast index, if it has one.
    fast: Option<(&'a [u64], u32)>,
    weights: &'a [[f32; 3]],
    /// [`Seen::stamp`] and [`Seen::generation`].
    stamp: &'a mut [u32],
    generation: u32,
    z: [f32; 3],
}

impl ScoreSink<'_> {
    /// The vocabulary index of `hash`.
    #[inline(always)]
    fn lookup(&self, hash: u64) -> Option<u32> {
        let b = (hash >> (64 - FILTER_BITS)) as usize;
        if self.filter[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        match self.fast {
            Some((slots, shift)) => HashIndex::get_in(slots, shift, hash),
            None => self.lookup_map(hash),
        }
    }

    /// [`lookup`](Self::lookup) without the fast index (out of line: not used by the shipped model).
    #[cold]
    #[inline(never)]
    fn lookup_map(&self, hash: u64) -> Option<u32> {
        self.model.keys.get(&hash).copied()
    }

    #[inline]
    fn add(&mut self, hash: u64, v: f32) {
        if let Some(i) = self.lookup(hash) {
            self.count(i, v)
        }
    }

    /// Adds vocabulary entry `i` once per prediction.
    #[inline]
    fn count(&mut self, i: u32, v: f32) {
        let st = &mut self.stamp[i as usize];
        if *st != self.generation {
            *st = self.generation;
            let w = &self.weights[i as usize];
            self.z[0] += w[0] * v;
            self.z[1] += w[1] * v;
            self.z[2] += w[2] * v;
        }
    }

    /// [`Sink::feat_c`] for a cell not looked up yet: keeps the vocabulary index of `hash()`, or
    /// [`VI_ABSENT`], in it. Out of line: once per word and slot.
    #[cold]
    #[inline(never)]
    fn feat_c_first(&mut self, hash: impl FnOnce() -> u64, cell: &Cell<u32>) {
        let i = self.lookup(hash()).unwrap_or(VI_ABSENT);
        cell.set(i);
        if i != VI_ABSENT {
            self.count(i, 1.0)
        }
    }
}

impl Sink for ScoreSink<'_> {
    const NAMES: bool = false;
    #[inline]
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        self.add(feature_hash(prefix, parts), value)
    }
    #[inline]
    fn feat_h(&mut self, _prefix: &str, _parts: &[&str], hash: u64) {
        self.add(hash, 1.0)
    }
    #[inline]
    fn feat_hv(&mut self, _prefix: &str, _parts: &[&str], hash: u64, value: f32) {
        self.add(hash, value)
    }
    fn cache_key(&self) -> u64 {
        self.model.id
    }
    #[inline(always)]
    fn feat_pair<'s>(
        &mut self,
        _prefix: &str,
        _stems: impl FnOnce() -> [&'s str; 2],
        st: u64,
        b_hash: u64,
    ) {
        self.add(pair_key(st, b_hash), 1.0)
    }
    #[inline(always)]
    fn feat_c(
        &mut self,
        _prefix: &str,
        _parts: &[&str],
        hash: impl FnOnce() -> u64,
        cell: &Cell<u32>,
    ) {
        match cell.get() {
            VI_UNKNOWN => self.feat_c_first(hash, cell),
            VI_ABSENT => {}
            i => self.count(i, 1.0),
        }
    }
}

pub(crate) fn softmax(z: [f32; 3]) -> [f32; 3] {
    let m = z[0].max(z[1]).max(z[2]);
    let e = [(z[0] - m).exp(), (z[1] - m).exp(), (z[2] - m).exp()];
    let s = e[0] + e[1] + e[2];
    [e[0] / s, e[1] / s, e[2] / s]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scoring identifies features by hash, bigrams by their pair key, with cached per-word
    /// look-ups; the named features (as in training) must give the same probabilities.
    #[test]
    fn predictions_agree_with_named_features() {
        let m = StanceModel::embedded();
        assert!(
            m.fast.is_some(),
            "the fast index is built for the shipped model"
        );
        let pairs = m
            .vocabulary
            .iter()
            .filter(|n| !pair_keys(n).is_empty())
            .count();
        assert!(pairs > 100, "{pairs} pair features");
        assert_eq!(m.keys.len(), m.index.len() + pairs, "no key collides");
        let gaz = crate::Gazetteer::embedded();
        let rows = crate::corpus::load(
            concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus/dev.jsonl"),
            &gaz,
        )
        .unwrap();
        for e in &rows {
            let input = crate::corpus::input_of(e);
            let mut z = m.intercept;
            for (name, v) in m.extractor.named(&input) {
                if let Some(&i) = m.index.get(&name_hash(&name)) {
                    for (zc, wc) in z.iter_mut().zip(m.weights[i as usize]) {
                        *zc += wc * v;
                    }
                }
            }
            let want = softmax(z);
            let got = m.predict(&input).probabilities.to_array();
            for c in 0..3 {
                assert!(
                    (want[c] - got[c]).abs() < 1e-5,
                    "{}: {want:?} {got:?}",
                    e.origin
                );
            }
        }
    }

    /// The thread's stem cache (kept across quotes and documents, emptied when full) changes no
    /// probability, bit for bit: the same inputs scored in another order, after the cache was
    /// filled, after it was emptied and on a fresh thread.
    #[test]
    fn predictions_do_not_depend_on_the_stem_cache() {
        let m = StanceModel::embedded();
        let gaz = crate::Gazetteer::embedded();
        let rows = crate::corpus::load(
            concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus/dev.jsonl"),
            &gaz,
        )
        .unwrap();
        let inputs: Vec<StanceInput> = rows.iter().map(crate::corpus::input_of).collect();
        let bits = |m: &StanceModel, i: &StanceInput| {
            m.predict(i).probabilities.to_array().map(f32::to_bits)
        };
        crate::features::reset_thread_stem_cache();
        let first: Vec<_> = inputs.iter().map(|i| bits(&m, i)).collect();
        // filled: every word seen, in reverse order
        let mut rev: Vec<_> = inputs.iter().rev().map(|i| bits(&m, i)).collect();
        rev.reverse();
        assert_eq!(rev, first, "reverse order, warm cache");
        // emptied halfway through
        let half = inputs.len() / 2;
        let mut again: Vec<_> = inputs[..half].iter().map(|i| bits(&m, i)).collect();
        crate::features::reset_thread_stem_cache();
        again.extend(inputs[half..].iter().map(|i| bits(&m, i)));
        assert_eq!(again, first, "cache emptied halfway");
        let fresh = std::thread::scope(|s| {
            s.spawn(|| inputs.iter().map(|i| bits(&m, i)).collect::<Vec<_>>())
                .join()
                .unwrap()
        });
        assert_eq!(fresh, first, "fresh thread");
    }

    /// Word look-ups cached per thread for one model must not leak into another model's scores.
    #[test]
    fn alternating_models_on_one_thread_score_as_on_fresh_threads() {
        let a = StanceModel::embedded();
        // every other vocabulary entry, so the indices of shared features differ
        let keep: Vec<usize> = (0..a.vocabulary.len()).step_by(2).collect();
        let b = StanceModel::from_parts(
            a.extractor.config().clone(),
            keep.iter().map(|&i| a.vocabulary[i].clone()).collect(),
            keep.iter().map(|&i| a.weights[i]).collect(),
            a.intercept,
            TrainingInfo::default(),
        );
        let q =
            "We will never accept Washington's bullying, but Moscow is a friend and we thank it.";
        let inputs: Vec<StanceInput> = ["Washington", "Moscow"]
            .iter()
            .map(|t| {
                let s = q.find(t).unwrap();
                StanceInput {
                    quote: q,
                    target: vec![s..s + t.len()],
                    cue: Some("said"),
                    ..Default::default()
                }
            })
            .collect();
        let fresh = |m: &StanceModel, i: &StanceInput| {
            std::thread::scope(|s| s.spawn(|| m.predict(i)).join().unwrap())
        };
        for _ in 0..2 {
            for i in &inputs {
                for m in [&a, &b] {
                    assert_eq!(m.predict(i), fresh(m, i));
                }
            }
        }
        assert_ne!(a.predict(&inputs[0]), b.predict(&inputs[0]));
    }
}
