//! Stage 5, features: for one (quote, speaker, target) triple, target-aware stemmed n-grams, the words
//! around each target mention, the side of a contrast the target is on, negation scope, first person
//! near the target, the cue verb, and lexicon signals (VADER valence, CAMEO cooperation/conflict verbs).
//!
//! Features are named strings (`tc:attack`, `wl:<t>`) identified by a 64-bit FNV-1a hash of the
//! name, so extraction for prediction allocates no feature strings. The configuration is versioned
//! and stored in every model file; a model built with another configuration is refused.

use crate::text::{tokenize, Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Version of the feature definitions; bump when any feature changes meaning.
pub const FEATURE_VERSION: u32 = 2;

/// The settings that decide which features exist. Stored with the model and checked on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureConfig {
    /// [`FEATURE_VERSION`] when the model was built.
    pub version: u32,
    /// Words on each side of a target mention that form its window.
    pub window: usize,
    /// Features seen in fewer training examples are dropped.
    pub min_df: usize,
    /// At most this many features are kept (most frequent first).
    pub max_features: usize,
    /// Fingerprint of the lexicons (VADER, CAMEO verbs) compiled into this build.
    pub lexicon_fingerprint: String,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            version: FEATURE_VERSION,
            window: 4,
            min_df: 2,
            max_features: 4000,
            lexicon_fingerprint: lexicon_fingerprint(),
        }
    }
}

/// One (quote, speaker, target) to turn into features. Offsets are byte ranges into `quote`.
#[derive(Debug, Clone, Default)]
pub struct StanceInput<'a> {
    /// The quoted words.
    pub quote: &'a str,
    /// Byte ranges of the target's mentions in `quote` (at least one).
    pub target: Vec<Range<usize>>,
    /// Byte ranges of other actors named in `quote`.
    pub others: Vec<Range<usize>>,
    /// The speaker's name, masked where it appears in the quote.
    pub speaker: Option<&'a str>,
    /// The cue verb of the attribution ("warned", "praised").
    pub cue: Option<&'a str>,
    /// The target is the speaker's own country or organisation.
    pub own_side: bool,
}

/// Walks sorted byte ranges alongside tokens that arrive in order.
struct RangeCursor {
    ranges: Vec<Range<usize>>,
    next: usize,
}

impl RangeCursor {
    fn new(ranges: &[Range<usize>]) -> Self {
        let mut ranges = ranges.to_vec();
        ranges.sort_by_key(|r| r.start);
        RangeCursor { ranges, next: 0 }
    }

    /// True if `t` overlaps a range; ranges ending before `t` are skipped for good.
    fn hits(&mut self, t: &Token) -> bool {
        while self.next < self.ranges.len() && self.ranges[self.next].end <= t.start {
            self.next += 1;
        }
        self.ranges[self.next..]
            .iter()
            .take_while(|r| r.start < t.end)
            .any(|r| t.start < r.end)
    }
}

/// Receives features as they are produced.
pub(crate) trait Sink {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32);
}

/// FNV-1a over `prefix`, ':' and the parts joined by '_', the same bytes as the feature's name.
pub(crate) fn feature_hash(prefix: &str, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= x as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    };
    eat(prefix.as_bytes());
    eat(b":");
    // empty parts (an absent "NOT" marker) are skipped with their separator: "tc:thank", not "tc:_thank"
    for (i, p) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            eat(b"_");
        }
        eat(p.as_bytes());
    }
    h
}

/// Hash of a full feature name ("tc:attack").
pub(crate) fn name_hash(name: &str) -> u64 {
    match name.split_once(':') {
        Some((p, rest)) => feature_hash(p, &[rest]),
        None => feature_hash(name, &[]),
    }
}

pub(crate) struct HashSink<'a>(pub &'a mut Vec<(u64, f32)>);
impl Sink for HashSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        self.0.push((feature_hash(prefix, parts), value));
    }
}

pub(crate) struct NameSink<'a>(pub &'a mut Vec<(String, f32)>);
impl Sink for NameSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        let parts: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
        self.0
            .push((format!("{prefix}:{}", parts.join("_")), value));
    }
}

const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "nor", "neither", "without", "refus", "cannot", "none", "nobodi",
    "noth",
];
const CONTRAST: &[&str] = &[
    "but", "while", "wherea", "howev", "although", "though", "yet", "unlik", "instead", "rather",
    "despit", "except", "unless", "whilst",
];
/// Skipped when looking for the word the target "does" ("<t> has also shown" -> shown).
const AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "must",
    "should", "can", "could", "may", "might", "shall", "also", "to", "do", "doe", "did", "alreadi",
    "just", "continu", "now", "still", "again", "clear", "veri", "realli", "wo", "ca", "not",
    "n't", "onli", "itself", "themselv", "and", "'s", "'", "the", "a", "an",
];
/// Skipped when looking for the word that governs the target ("accuse the <t>" -> accus).
const FUNC_LEFT: &[&str] = &[
    "the", "a", "an", "to", "with", "by", "of", "for", "on", "against", "from", "that", "and",
    "in", "at", "as", "toward", "towards", "about", "between", "'s",
];
const FIRST_PERSON: &[&str] = &["we", "our", "us", "i", "my", "ourselv"];

const VADER: &str = include_str!("../data/vader_lexicon.tsv");
const CAMEO: &str = include_str!("../data/cameo_verbs.tsv");

struct Lexicons {
    vader: HashMap<&'static str, f32>,
    /// stem -> +1 cooperative, -1 hostile
    cameo: HashMap<String, f32>,
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let vader = VADER
            .lines()
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.trim().parse::<f32>().ok()?))
            })
            .collect();
        let stemmer = Stemmer::create(Algorithm::English);
        let mut cameo = HashMap::new();
        for l in CAMEO.lines().skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 2 || f[0].contains(' ') {
                continue;
            }
            let v = match f[1] {
                "cooperative" => 1.0,
                "hostile" => -1.0,
                _ => continue,
            };
            cameo.insert(stemmer.stem(&f[0].to_lowercase()).into_owned(), v);
        }
        Lexicons { vader, cameo }
    })
}

/// A short fingerprint of the embedded lexicons.
pub(crate) fn lexicon_fingerprint() -> String {
    format!("{:016x}", feature_hash(VADER, &[CAMEO]))
}

/// Turns (quote, speaker, target) triples into features. Cheap to share between threads.
pub struct FeatureExtractor {
    config: FeatureConfig,
}

impl std::fmt::Debug for FeatureExtractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeatureExtractor")
            .field("config", &self.config)
            .finish()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mask {
    None,
    Target,
    Other,
    Speaker,
}

struct Tok {
    stem: String,
    lower: String,
    mask: Mask,
    punct: bool,
    clause: u16,
    negated: bool,
}

thread_local! {
    static STEMMER: Stemmer = Stemmer::create(Algorithm::English);
}

impl FeatureExtractor {
    /// An extractor with the given configuration.
    pub fn new(config: FeatureConfig) -> Self {
        FeatureExtractor { config }
    }

    /// The configuration (stored with models).
    pub fn config(&self) -> &FeatureConfig {
        &self.config
    }

    fn tokens(&self, inp: &StanceInput) -> Vec<Tok> {
        let q = inp.quote;
        let mut raw: Vec<Token> = Vec::with_capacity(q.len() / 5);
        tokenize(q, 0..q.len(), &mut raw);
        let speaker_words: Vec<&str> = inp
            .speaker
            .map(|s| s.split_whitespace().filter(|w| w.len() > 2).collect())
            .unwrap_or_default();
        // tokens come in order, so each mention list is walked once (linear, not tokens x mentions)
        let mut targets = RangeCursor::new(&inp.target);
        let mut others = RangeCursor::new(&inp.others);
        let mut out: Vec<Tok> = Vec::with_capacity(raw.len());
        let mut clause = 0u16;
        let mut neg_left = 0usize;
        STEMMER.with(|stemmer| {
            for t in &raw {
                let text = t.text(q);
                let punct = t.kind == TokenKind::Punct;
                let (in_target, in_other) = (targets.hits(t), others.hits(t));
                let mask = if in_target {
                    Mask::Target
                } else if in_other {
                    Mask::Other
                } else if speaker_words.iter().any(|w| text.starts_with(w)) {
                    Mask::Speaker
                } else {
                    Mask::None
                };
                // merge a multi-word mention into one token
                if mask != Mask::None && out.last().is_some_and(|p: &Tok| p.mask == mask) {
                    continue;
                }
                let mut lower = text.to_lowercase();
                if lower.ends_with("'s") || lower.ends_with("’s") {
                    lower.truncate(lower.len() - if lower.ends_with("'s") { 2 } else { 4 });
                }
                let lower = lower.replace('’', "'");
                let (lower, nt) = match lower.strip_suffix("n't") {
                    Some(base) if !base.is_empty() => (base.to_string(), true),
                    _ => (lower, false),
                };
                let stem = match mask {
                    Mask::Target => "<t>".to_string(),
                    Mask::Other => "<o>".to_string(),
                    Mask::Speaker => "<s>".to_string(),
                    Mask::None if punct => lower.clone(),
                    Mask::None
                        if lower
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == '.' || c == ',') =>
                    {
                        "<num>".to_string()
                    }
                    Mask::None => stemmer.stem(&lower).into_owned(),
                };
                // clause breaks: sentence ends, dashes, colons, brackets, quotation marks, contrast words
                if punct
                    && matches!(
                        text,
                        "." | ";" | "!" | "?" | "—" | "–" | ":" | "(" | ")" | "\"" | "“" | "”"
                    )
                    || CONTRAST.contains(&stem.as_str())
                {
                    clause += 1;
                    neg_left = 0;
                }
                let negated = neg_left > 0 && !punct;
                if punct && text == "," {
                    neg_left = 0;
                } else if neg_left > 0 {
                    neg_left -= 1;
                }
                if NEGATORS.contains(&stem.as_str()) || nt {
                    neg_left = 3;
                }
                out.push(Tok {
                    stem,
                    lower,
                    mask,
                    punct,
                    clause,
                    negated,
                });
                if nt {
                    // keep the negation itself visible
                    out.push(Tok {
                        stem: "not".into(),
                        lower: "not".into(),
                        mask: Mask::None,
                        punct: false,
                        clause,
                        negated: false,
                    });
                }
            }
        });
        out
    }

    /// Emits every feature of `inp` into `sink`.
    pub(crate) fn emit<S: Sink>(&self, inp: &StanceInput, sink: &mut S) {
        let toks = self.tokens(inp);
        let lex = lexicons();
        let target_pos: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.mask == Mask::Target)
            .map(|(i, _)| i)
            .collect();
        let target_clauses: Vec<u16> = target_pos.iter().map(|&i| toks[i].clause).collect();
        let words: Vec<usize> = (0..toks.len()).filter(|&i| !toks[i].punct).collect();
        let neg = |t: &Tok| if t.negated { "NOT" } else { "" };
        // whole-quote unigrams and bigrams
        for (k, &i) in words.iter().enumerate() {
            let t = &toks[i];
            sink.feat("u", &[neg(t), &t.stem], 1.0);
            if let Some(&j) = words.get(k + 1) {
                sink.feat("b", &[&t.stem, &toks[j].stem], 1.0);
            }
        }
        // the target's own clause
        let mut tc_pos = 0f32;
        let mut tc_neg = 0f32;
        let mut all_pos = 0f32;
        let mut all_neg = 0f32;
        let mut cameo_coop = 0f32;
        let mut cameo_host = 0f32;
        let mut neg_in_tc = false;
        let mut prev_tc: Option<usize> = None;
        for &i in &words {
            let t = &toks[i];
            let in_tc = target_clauses.contains(&t.clause);
            let mut v = lex.vader.get(t.lower.as_str()).copied().unwrap_or(0.0);
            if t.negated {
                v *= -0.74;
            }
            if v > 0.0 {
                all_pos += v
            } else {
                all_neg -= v
            }
            if in_tc {
                sink.feat("tc", &[neg(t), &t.stem], 1.0);
                if let Some(p) = prev_tc {
                    sink.feat("tb", &[&toks[p].stem, &t.stem], 1.0);
                }
                prev_tc = Some(i);
                if v > 0.0 {
                    tc_pos += v
                } else {
                    tc_neg -= v
                }
                if let Some(&c) = lex.cameo.get(t.stem.as_str()) {
                    let c = if t.negated { -c } else { c };
                    if c > 0.0 {
                        cameo_coop += 1.0
                    } else {
                        cameo_host += 1.0
                    }
                }
                if NEGATORS.contains(&t.stem.as_str()) || t.stem == "not" {
                    neg_in_tc = true;
                }
            }
        }
        // windows around each target mention
        let w = self.config.window;
        let mut fp_near = false;
        for &p in &target_pos {
            let k = words.iter().position(|&i| i == p).unwrap_or(0);
            for d in 1..=w {
                if k >= d {
                    let t = &toks[words[k - d]];
                    sink.feat("wl", &[neg(t), &t.stem], 1.0);
                    if d == 1 {
                        sink.feat("t1l", &[&t.stem], 1.0);
                    }
                    fp_near |= FIRST_PERSON.contains(&t.stem.as_str());
                }
                if let Some(&j) = words.get(k + d) {
                    let t = &toks[j];
                    sink.feat("wr", &[neg(t), &t.stem], 1.0);
                    if d == 1 {
                        sink.feat("t1r", &[&t.stem], 1.0);
                    }
                    fp_near |= FIRST_PERSON.contains(&t.stem.as_str());
                }
            }
            if p > 0 && toks[p - 1].punct && toks[p - 1].lower == "," && p >= 2 {
                sink.feat("list", &[], 1.0);
            }
        }
        // per mention: the word the target does (first content word after it, auxiliaries skipped),
        // the word governing it (first content word before it), and VADER valence of its clause
        // weighted by 1/sqrt(distance)
        let (mut wpos, mut wneg) = (0f32, 0f32);
        for &p in &target_pos {
            let k = words.iter().position(|&i| i == p).unwrap_or(0);
            let cl = toks[p].clause;
            if let Some(&j) = words[k + 1..]
                .iter()
                .take(5)
                .filter(|&&j| toks[j].clause == cl)
                .find(|&&j| !AUX.contains(&toks[j].stem.as_str()))
            {
                sink.feat("vr", &[neg(&toks[j]), &toks[j].stem], 1.0);
            }
            if let Some(&j) = words[..k]
                .iter()
                .rev()
                .take(4)
                .filter(|&&j| toks[j].clause == cl)
                .find(|&&j| !FUNC_LEFT.contains(&toks[j].stem.as_str()))
            {
                sink.feat("vl", &[neg(&toks[j]), &toks[j].stem], 1.0);
            }
            for (m, &j) in words.iter().enumerate() {
                let t = &toks[j];
                if t.clause != cl || j == p {
                    continue;
                }
                let mut v = lex.vader.get(t.lower.as_str()).copied().unwrap_or(0.0);
                if t.negated {
                    v *= -0.74;
                }
                v /= (m.abs_diff(k) as f32).max(1.0).sqrt();
                if v > 0.0 {
                    wpos += v
                } else {
                    wneg -= v
                }
            }
        }
        // which side of a contrast the target stands on
        let contrast_at: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| CONTRAST.contains(&t.stem.as_str()))
            .map(|(i, _)| i)
            .collect();
        if let (Some(&c), Some(&p)) = (contrast_at.first(), target_pos.first()) {
            sink.feat("contrast", &[if p < c { "before" } else { "after" }], 1.0);
        }
        if neg_in_tc {
            sink.feat("neg_tc", &[], 1.0);
        }
        if fp_near {
            sink.feat("fp_near", &[], 1.0);
        }
        if toks.iter().any(|t| t.mask == Mask::Other) {
            sink.feat("others", &[], 1.0);
        }
        if inp.own_side {
            sink.feat("own_side", &[], 1.0);
        }
        if let Some(c) = inp.cue {
            let c = c.to_lowercase();
            let s = STEMMER.with(|st| st.stem(&c).into_owned());
            sink.feat("cue", &[&s], 1.0);
        }
        if target_pos.first() == Some(&0) || target_pos.first().is_some_and(|&p| p <= 1) {
            sink.feat("target_first", &[], 1.0);
        }
        // lexicon strengths, squashed to about 0..1
        let sq = |x: f32| x / (x + 4.0);
        sink.feat("num", &["vader_tc_pos"], sq(tc_pos));
        sink.feat("num", &["vader_tc_neg"], sq(tc_neg));
        sink.feat("num", &["vader_all_pos"], sq(all_pos));
        sink.feat("num", &["vader_all_neg"], sq(all_neg));
        sink.feat("num", &["vader_w_pos"], wpos / (wpos + 2.0));
        sink.feat("num", &["vader_w_neg"], wneg / (wneg + 2.0));
        sink.feat("num", &["cameo_tc_coop"], sq(cameo_coop * 2.0));
        sink.feat("num", &["cameo_tc_host"], sq(cameo_host * 2.0));
        sink.feat("bias", &[], 1.0);
    }

    /// Feature hashes and values for prediction, duplicates summed... presence features kept at 1.
    pub(crate) fn hashed(&self, inp: &StanceInput, out: &mut Vec<(u64, f32)>) {
        out.clear();
        self.emit(inp, &mut HashSink(out));
        out.sort_unstable_by_key(|&(h, _)| h);
        out.dedup_by(|a, b| a.0 == b.0);
    }

    /// Feature names and values (for training vocabularies and explanations).
    pub fn named(&self, inp: &StanceInput) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        self.emit(inp, &mut NameSink(&mut out));
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(q: &str, target: &str) -> StanceInput<'static> {
        let q: &'static str = Box::leak(q.to_string().into_boxed_str());
        let s = q.find(target).unwrap();
        StanceInput {
            quote: q,
            target: vec![s..s + target.len()],
            ..Default::default()
        }
    }

    #[test]
    fn names_and_hashes_agree() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let inp = input(
            "We will never accept Washington's bullying, but Moscow is a friend.",
            "Washington",
        );
        let named = fx.named(&inp);
        let mut hashed = Vec::new();
        fx.hashed(&inp, &mut hashed);
        let mut from_names: Vec<u64> = named.iter().map(|(n, _)| name_hash(n)).collect();
        from_names.sort_unstable();
        from_names.dedup();
        let hs: Vec<u64> = hashed.iter().map(|h| h.0).collect();
        assert_eq!(from_names, hs);
        let names: Vec<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"contrast:before"), "{names:?}");
        assert!(names.contains(&"tc:NOT_accept"), "{names:?}");
        assert!(names.contains(&"t1r:bulli"), "{names:?}");
        assert!(
            !names.iter().any(|n| n.contains("washington")),
            "target masked: {names:?}"
        );
    }

    #[test]
    fn target_clause_differs_between_targets() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let q = "We thank Japan for its support, but Beijing's actions are reckless.";
        let a = fx.named(&input(q, "Japan"));
        let b = fx.named(&input(q, "Beijing"));
        assert!(a.iter().any(|(n, _)| n == "tc:thank"));
        assert!(!b.iter().any(|(n, _)| n == "tc:thank"));
        assert!(b.iter().any(|(n, _)| n == "tc:reckless"));
    }

    #[test]
    fn verb_after_and_before_target() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let a = fx.named(&input("Beijing has also shown great restraint.", "Beijing"));
        assert!(a.iter().any(|(n, _)| n == "vr:shown"), "{a:?}");
        let b = fx.named(&input("We accuse the Kremlin of lying.", "Kremlin"));
        assert!(b.iter().any(|(n, _)| n == "vl:accus"), "{b:?}");
        // the governing word must be in the target's clause
        let c = fx.named(&input("We will win: Paris is ready.", "Paris"));
        assert!(!c.iter().any(|(n, _)| n == "vl:win"), "{c:?}");
        assert!(c.iter().any(|(n, _)| n == "vr:readi"), "{c:?}");
    }

    #[test]
    fn window_valence_is_clause_local_and_distance_weighted() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let val = |q: &str, t: &str, f: &str| {
            fx.named(&input(q, t))
                .into_iter()
                .find(|(n, _)| n == f)
                .map_or(0.0, |x| x.1)
        };
        let near = val(
            "Ankara is a great friend, but Athens is reckless.",
            "Ankara",
            "num:vader_w_pos",
        );
        let far = val(
            "Ankara is a great friend, but Athens is reckless.",
            "Athens",
            "num:vader_w_pos",
        );
        assert!(near > 0.0 && far == 0.0, "{near} {far}");
        let close = val(
            "Rome is great and we like the plan.",
            "Rome",
            "num:vader_w_pos",
        );
        let distant = val(
            "Rome is the city and we like the plan and it is great.",
            "Rome",
            "num:vader_w_pos",
        );
        assert!(close > distant, "{close} {distant}");
    }
}
