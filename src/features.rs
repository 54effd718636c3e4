//! Stage 5, features: for one (quote, speaker, target) triple, target-aware stemmed n-grams, the words
//! around each target mention, the side of a contrast the target is on, negation scope, first person
//! near the target, the cue verb, and lexicon signals (VADER valence, CAMEO cooperation/conflict verbs).
//!
//! Features are named strings (`tc:attack`, `wl:<t>`) identified by a 64-bit FNV-1a hash of the
//! name, so extraction for prediction allocates no feature strings. The configuration is versioned
//! and stored in every model file; a model built with another configuration is refused.

use crate::text::{tokenize, FxMap, Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::sync::OnceLock;

/// How many words on each side of a target mention the distance-weighted VADER sum looks at.
const VADER_REACH: usize = 64;

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
struct RangeCursor<'a> {
    ranges: &'a [Range<usize>],
    next: usize,
}

impl<'a> RangeCursor<'a> {
    /// `ranges` must be sorted by start.
    fn new(ranges: &'a [Range<usize>]) -> Self {
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
    /// False for sinks that only use hashes: features with a known hash are then given to
    /// [`feat_h`](Self::feat_h) with empty `parts` (no name slicing per feature).
    const NAMES: bool = true;
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32);
    /// A presence feature whose hash, `feature_hash(prefix, parts)`, is already known.
    #[inline]
    fn feat_h(&mut self, prefix: &str, parts: &[&str], hash: u64) {
        let _ = hash;
        self.feat(prefix, parts, 1.0)
    }
    /// A feature with a value whose hash is already known.
    #[inline]
    fn feat_hv(&mut self, prefix: &str, parts: &[&str], hash: u64, value: f32) {
        let _ = hash;
        self.feat(prefix, parts, value)
    }
    /// Identifies what [`feat_c`](Self::feat_c) stores in the per-word cells (a model's
    /// vocabulary); 0: this sink does not use them.
    fn cache_key(&self) -> u64 {
        0
    }
    /// A presence feature with a known hash and a per-word cell (starting at [`VI_UNKNOWN`] and
    /// reset whenever [`cache_key`](Self::cache_key) changes) where the sink may keep what it
    /// looked up for this hash.
    #[inline]
    fn feat_c(&mut self, prefix: &str, parts: &[&str], hash: u64, cell: &Cell<u32>) {
        let _ = cell;
        self.feat_h(prefix, parts, hash)
    }
}

/// A [`Sink::feat_c`] cell not looked up yet.
pub(crate) const VI_UNKNOWN: u32 = u32::MAX;

/// A feature with a fixed name, its hash computed at compile time from that same name (so the
/// named and hashed paths cannot disagree): `fixed_feat!(sink, "num", "vader_tc_pos", v)` is
/// `num:vader_tc_pos` = v, `fixed_feat!(sink, "bias", 1.0)` is `bias:` = 1.
macro_rules! fixed_feat {
    ($sink:expr, $prefix:literal, $part:literal, $v:expr) => {
        $sink.feat_hv(
            $prefix,
            &[$part],
            const { const_hash(concat!($prefix, ":", $part)) },
            $v,
        )
    };
    ($sink:expr, $prefix:literal, $v:expr) => {
        $sink.feat_hv(
            $prefix,
            &[],
            const { const_hash(concat!($prefix, ":")) },
            $v,
        )
    };
}

/// FNV-1a of a whole feature name at compile time ("num:vader_tc_pos", "bias:"): the same as
/// [`feature_hash`] of its prefix and parts.
const fn const_hash(name: &str) -> u64 {
    let b = name.as_bytes();
    let mut h = FNV0;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

const FNV0: u64 = 0xcbf29ce484222325;

#[inline]
fn fnv(mut h: u64, b: &[u8]) -> u64 {
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
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

#[cfg(test)]
pub(crate) struct HashSink<'a>(pub &'a mut Vec<(u64, f32)>);
#[cfg(test)]
impl Sink for HashSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        self.0.push((feature_hash(prefix, parts), value));
    }
    #[inline]
    fn feat_h(&mut self, _prefix: &str, _parts: &[&str], hash: u64) {
        self.0.push((hash, 1.0));
    }
    fn feat_hv(&mut self, _prefix: &str, _parts: &[&str], hash: u64, value: f32) {
        self.0.push((hash, value));
    }
}

pub(crate) struct NameSink<'a>(pub &'a mut Vec<(String, f32)>);
impl Sink for NameSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        let mut name = String::with_capacity(
            prefix.len() + 1 + parts.iter().map(|p| p.len() + 1).sum::<usize>(),
        );
        name.push_str(prefix);
        name.push(':');
        for (i, p) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
            if i > 0 {
                name.push('_');
            }
            name.push_str(p);
        }
        self.0.push((name, value));
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
    vader: FxMap<&'static str, f32>,
    /// stem -> +1 cooperative, -1 hostile
    cameo: FxMap<String, f32>,
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
        let mut cameo = FxMap::default();
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

/// A byte range into the per-call string arena.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Span(u32, u32);

/// Every arena starts with these, so masks and the split-off "not" need no copying.
const PRELUDE: &str = "<t><o><s><num>not";
const S_T: Span = Span(0, 3);
const S_O: Span = Span(3, 6);
const S_S: Span = Span(6, 9);
const S_NUM: Span = Span(9, 14);
const S_NOT: Span = Span(14, 17);

struct Tok {
    stem: Span,
    lower: Span,
    mask: Mask,
    punct: bool,
    clause: u16,
    negated: bool,
    /// VADER valence of `lower` (0 when absent), before negation; only filled for words.
    vader: f32,
    /// Index into `Scratch::infos` for stemmed words, `NO_INFO` otherwise.
    info: u32,
}

const NO_INFO: u32 = u32::MAX;

// slots of `Info::h`: prefix + 0 plain, + 1 with "NOT"
const H_U: usize = 0;
const H_TC: usize = 2;
const H_WL: usize = 4;
const H_WR: usize = 6;
const H_VR: usize = 8;
const H_VL: usize = 10;
const H_T1L: usize = 12;
const H_T1R: usize = 13;
const UNI: [(&str, usize); 6] = [
    ("u", H_U),
    ("tc", H_TC),
    ("wl", H_WL),
    ("wr", H_WR),
    ("vr", H_VR),
    ("vl", H_VL),
];

/// What is known about a lower-cased word once stemmed; cached per thread.
struct Info {
    stem: Box<str>,
    vader: f32,
    contrast: bool,
    negator: bool,
    /// In [`AUX`], [`FUNC_LEFT`], [`FIRST_PERSON`].
    aux: bool,
    func_left: bool,
    first_person: bool,
    cameo: Option<f32>,
    /// `feature_hash` of the single-word features (see the `H_*` slots).
    h: [u64; 14],
    /// FNV state after "b:<stem>" and "tb:<stem>".
    st: [u64; 2],
    /// Per `h` slot, the sink's cached look-up of that hash (see [`Sink::feat_c`]).
    vi: [Cell<u32>; 14],
}

impl Info {
    fn new(lower: &str, stem: String, lex: &Lexicons) -> Info {
        let mut h = [0u64; 14];
        for (p, i) in UNI {
            h[i] = feature_hash(p, &["", &stem]);
            h[i + 1] = feature_hash(p, &["NOT", &stem]);
        }
        h[H_T1L] = feature_hash("t1l", &[&stem]);
        h[H_T1R] = feature_hash("t1r", &[&stem]);
        let st = [
            fnv(fnv(FNV0, b"b:"), stem.as_bytes()),
            fnv(fnv(FNV0, b"tb:"), stem.as_bytes()),
        ];
        Info {
            vader: lex.vader.get(lower).copied().unwrap_or(0.0),
            contrast: CONTRAST.contains(&stem.as_str()),
            negator: NEGATORS.contains(&stem.as_str()),
            aux: AUX.contains(&stem.as_str()),
            func_left: FUNC_LEFT.contains(&stem.as_str()),
            first_person: FIRST_PERSON.contains(&stem.as_str()),
            cameo: lex.cameo.get(stem.as_str()).copied(),
            h,
            st,
            vi: std::array::from_fn(|_| Cell::new(VI_UNKNOWN)),
            stem: stem.into_boxed_str(),
        }
    }
}

/// `Info::h` and `Info::st` of the prelude's stems "<t>", "<o>", "<s>", "<num>", "not" (the
/// tokens without word info that are not punctuation).
fn prelude_hashes() -> &'static [([u64; 14], [u64; 2]); 5] {
    static P: OnceLock<[([u64; 14], [u64; 2]); 5]> = OnceLock::new();
    P.get_or_init(|| {
        let lex = lexicons();
        [S_T, S_O, S_S, S_NUM, S_NOT].map(|sp| {
            let stem = &PRELUDE[sp.0 as usize..sp.1 as usize];
            let i = Info::new(stem, stem.to_string(), lex);
            (i.h, i.st)
        })
    })
}

/// The cached feature hashes of `t`'s stem: its word info, or the prelude's for a mask, a
/// number or a split-off "not"; `None` for other tokens without word info (punctuation).
#[inline]
fn hashes_of<'a>(
    infos: &'a [Info],
    t: &Tok,
) -> Option<(&'a [u64; 14], &'a [u64; 2], Option<&'a [Cell<u32>; 14]>)> {
    if let Some(i) = infos.get(t.info as usize) {
        return Some((&i.h, &i.st, Some(&i.vi)));
    }
    let k = match t.stem {
        S_T => 0,
        S_O => 1,
        S_S => 2,
        S_NUM => 3,
        S_NOT => 4,
        _ => return None,
    };
    let (h, st) = &prelude_hashes()[k];
    Some((h, st, None))
}

/// Stems cached per thread, keyed by the lower-cased word; cleared when it grows past this.
const STEM_CACHE_MAX: usize = 1 << 17;

/// Buffers reused between calls on one thread.
struct Scratch {
    raw: Vec<Token>,
    arena: String,
    toks: Vec<Tok>,
    targets: Vec<Range<usize>>,
    others: Vec<Range<usize>>,
    speaker: Vec<(usize, usize)>,
    target_pos: Vec<usize>,
    target_clauses: Vec<u16>,
    words: Vec<usize>,
    /// FNV-1a hash of the lower-cased word -> index into `infos`. Keyed by the 64-bit hash alone,
    /// like the model's features: no string to chase and compare on every token.
    stems: FxMap<u64, u32>,
    infos: Vec<Info>,
    /// Per token of `raw`: its lower-cased form and stem as if unmasked.
    pre: Vec<Pre>,
    /// The quote `raw`, `pre` and `arena[..arena_base]` were made from (0: none).
    cached_quote: String,
    arena_base: usize,
    /// The [`Sink::cache_key`] the `Info::vi` cells were filled for.
    vi_key: u64,
}

/// A token lower-cased and stemmed, before masking.
#[derive(Clone, Copy)]
struct Pre {
    lower: Span,
    stem: Span,
    info: u32,
    /// "n't" was cut off.
    nt: bool,
    /// What the masking pass needs, computed once per quote: punctuation, a punctuation clause
    /// break (". ; ! ? — – : ( ) \" “ ”"), a comma, and the contrast/negator flags and VADER
    /// valence of the unmasked token.
    punct: bool,
    brk: bool,
    comma: bool,
    contrast: bool,
    negator: bool,
    /// VADER valence of the lower-cased token, masked or not; 0 for punctuation.
    vader: f32,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            raw: Vec::new(),
            arena: String::new(),
            toks: Vec::new(),
            targets: Vec::new(),
            others: Vec::new(),
            speaker: Vec::new(),
            target_pos: Vec::new(),
            target_clauses: Vec::new(),
            words: Vec::new(),
            stems: FxMap::default(),
            infos: Vec::new(),
            pre: Vec::new(),
            cached_quote: String::new(),
            arena_base: 0,
            vi_key: 0,
        }
    }
}

thread_local! {
    static STEMMER: Stemmer = Stemmer::create(Algorithm::English);
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::new());
}

/// Appends the stem of `arena[lo..]` (a lower-cased word) to the arena, through the cache.
fn push_stem(
    arena: &mut String,
    stems: &mut FxMap<u64, u32>,
    infos: &mut Vec<Info>,
    stemmer: &Stemmer,
    lex: &Lexicons,
    lo: usize,
) -> (Span, u32) {
    let a = arena.len();
    let key = fnv(FNV0, arena[lo..].as_bytes());
    let id = if let Some(&id) = stems.get(&key) {
        id
    } else {
        let word = &arena[lo..];
        let stem = stemmer.stem(word).into_owned();
        let id = infos.len() as u32;
        infos.push(Info::new(word, stem, lex));
        stems.insert(key, id);
        id
    };
    arena.push_str(&infos[id as usize].stem);
    (Span(a as u32, arena.len() as u32), id)
}

#[inline]
fn sp(arena: &str, s: Span) -> &str {
    &arena[s.0 as usize..s.1 as usize]
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

    /// Lower-cases and stems every token of `q` into `sc` (the part of tokenisation that does not
    /// depend on the target), unless `q` is the quote of the previous call.
    fn prepare_quote(sc: &mut Scratch, q: &str, stemmer: &Stemmer, lex: &Lexicons) {
        let Scratch {
            raw,
            arena,
            stems,
            infos,
            pre,
            cached_quote,
            arena_base,
            ..
        } = sc;
        if stems.len() >= STEM_CACHE_MAX {
            stems.clear();
            infos.clear();
            cached_quote.clear();
            *arena_base = 0;
        }
        if *arena_base > 0 && cached_quote.as_str() == q {
            arena.truncate(*arena_base);
            return;
        }
        raw.clear();
        tokenize(q, 0..q.len(), raw);
        arena.clear();
        arena.push_str(PRELUDE);
        pre.clear();
        for t in raw.iter() {
            let text = t.text(q);
            let punct = t.kind == TokenKind::Punct;
            // lower-case with '’' turned into '\''; the possessive is cut after that, which is the
            // same as cutting "'s" / "’s" first
            let lo = arena.len();
            if text.bytes().all(|b| b.is_ascii()) {
                arena.push_str(text);
                arena[lo..].make_ascii_lowercase();
            } else if text.chars().all(|c| c.is_ascii() || c == '’') {
                for c in text.chars() {
                    arena.push(if c == '’' {
                        '\''
                    } else {
                        c.to_ascii_lowercase()
                    });
                }
            } else {
                let l = text.to_lowercase();
                if l.contains('’') {
                    arena.push_str(&l.replace('’', "'"));
                } else {
                    arena.push_str(&l);
                }
            }
            if arena[lo..].ends_with("'s") {
                arena.truncate(arena.len() - 2);
            }
            let nt = arena.len() - lo > 3 && arena[lo..].ends_with("n't");
            if nt {
                arena.truncate(arena.len() - 3);
            }
            let lower = Span(lo as u32, arena.len() as u32);
            let (stem, info) = if punct {
                (lower, NO_INFO)
            } else if arena.as_bytes()[lo..]
                .iter()
                .all(|&b| b.is_ascii_digit() || b == b'.' || b == b',')
            {
                (S_NUM, NO_INFO)
            } else {
                push_stem(arena, stems, infos, stemmer, lex, lo)
            };
            let inf = infos.get(info as usize);
            let stem_s = sp(arena, stem);
            pre.push(Pre {
                lower,
                stem,
                info,
                nt,
                punct,
                brk: punct
                    && matches!(
                        text,
                        "." | ";" | "!" | "?" | "—" | "–" | ":" | "(" | ")" | "\"" | "“" | "”"
                    ),
                comma: punct && text == ",",
                contrast: inf.map_or_else(|| CONTRAST.contains(&stem_s), |i| i.contrast),
                negator: inf.map_or_else(|| NEGATORS.contains(&stem_s), |i| i.negator),
                // `Info::vader` is the valence of this same lower-cased word
                vader: match inf {
                    _ if punct => 0.0,
                    Some(i) => i.vader,
                    None => lex.vader.get(sp(arena, lower)).copied().unwrap_or(0.0),
                },
            });
        }
        cached_quote.clear();
        cached_quote.push_str(q);
        *arena_base = arena.len();
    }

    fn tokens(sc: &mut Scratch, inp: &StanceInput, stemmer: &Stemmer, lex: &Lexicons) {
        let q = inp.quote;
        Self::prepare_quote(sc, q, stemmer, lex);
        let Scratch {
            raw,
            toks: out,
            targets,
            others,
            speaker,
            pre,
            ..
        } = sc;
        out.clear();
        speaker.clear();
        let spk = inp.speaker.unwrap_or("");
        for w in spk.split_whitespace().filter(|w| w.len() > 2) {
            let off = w.as_ptr() as usize - spk.as_ptr() as usize;
            speaker.push((off, off + w.len()));
        }
        // tokens come in order, so each mention list is walked once (linear, not tokens x mentions)
        targets.clear();
        targets.extend_from_slice(&inp.target);
        targets.sort_by_key(|r| r.start);
        others.clear();
        others.extend_from_slice(&inp.others);
        others.sort_by_key(|r| r.start);
        let mut targets = RangeCursor::new(targets);
        let mut others = RangeCursor::new(others);
        let vader_not = lex.vader.get("not").copied().unwrap_or(0.0);
        let mut clause = 0u16;
        let mut neg_left = 0usize;
        for (t, pr) in raw.iter().zip(pre.iter()) {
            let punct = pr.punct;
            let (in_target, in_other) = (targets.hits(t), others.hits(t));
            let mask = if in_target {
                Mask::Target
            } else if in_other {
                Mask::Other
            } else if speaker.iter().any(|&(a, b)| {
                // bytes, not str slices: no char-boundary checks per token and speaker word
                let text = &q.as_bytes()[t.start..t.end];
                // first byte first: most tokens differ there, and a call to memcmp is dearer
                text.first() == spk.as_bytes().get(a) && text.starts_with(&spk.as_bytes()[a..b])
            }) {
                Mask::Speaker
            } else {
                Mask::None
            };
            // merge a multi-word mention into one token
            if mask != Mask::None && out.last().is_some_and(|p: &Tok| p.mask == mask) {
                continue;
            }
            let (lower, nt) = (pr.lower, pr.nt);
            let (stem, info) = match mask {
                Mask::Target => (S_T, NO_INFO),
                Mask::Other => (S_O, NO_INFO),
                Mask::Speaker => (S_S, NO_INFO),
                Mask::None => (pr.stem, pr.info),
            };
            // a masked token is "<t>", "<o>" or "<s>": in neither word list (see the test
            // `masks_are_in_no_word_list`), valence looked up by its lower-cased text
            let (contrast, negator, vader) = match mask {
                Mask::None => (pr.contrast, pr.negator, pr.vader),
                _ => (false, false, pr.vader),
            };
            // clause breaks: sentence ends, dashes, colons, brackets, quotation marks, contrast words
            if pr.brk || contrast {
                clause += 1;
                neg_left = 0;
            }
            let negated = neg_left > 0 && !punct;
            if pr.comma {
                neg_left = 0;
            } else if neg_left > 0 {
                neg_left -= 1;
            }
            if nt || negator {
                neg_left = 3;
            }
            out.push(Tok {
                stem,
                lower,
                mask,
                punct,
                clause,
                negated,
                vader,
                info,
            });
            if nt {
                // keep the negation itself visible
                out.push(Tok {
                    stem: S_NOT,
                    lower: S_NOT,
                    mask: Mask::None,
                    punct: false,
                    clause,
                    negated: false,
                    vader: vader_not,
                    info: NO_INFO,
                });
            }
        }
    }

    /// Emits every feature of `inp` into `sink`.
    pub(crate) fn emit<S: Sink>(&self, inp: &StanceInput, sink: &mut S) {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => self.emit_with(&mut sc, inp, sink),
            Err(_) => self.emit_with(&mut Scratch::new(), inp, sink),
        })
    }

    fn emit_with<S: Sink>(&self, sc: &mut Scratch, inp: &StanceInput, sink: &mut S) {
        let lex = lexicons();
        STEMMER.with(|stemmer| Self::tokens(sc, inp, stemmer, lex));
        let key = sink.cache_key();
        if key != 0 && key != sc.vi_key {
            for i in &sc.infos {
                i.vi.iter().for_each(|c| c.set(VI_UNKNOWN));
            }
            sc.vi_key = key;
        }
        let Scratch {
            arena,
            toks,
            target_pos,
            target_clauses,
            words,
            stems,
            infos,
            ..
        } = sc;
        let toks: &[Tok] = toks;
        target_pos.clear();
        target_pos.extend(
            toks.iter()
                .enumerate()
                .filter(|(_, t)| t.mask == Mask::Target)
                .map(|(i, _)| i),
        );
        let target_pos: &[usize] = target_pos;
        target_clauses.clear();
        target_clauses.extend(target_pos.iter().map(|&i| toks[i].clause));
        // sorted and deduplicated, so membership is a binary search, not a scan per word
        target_clauses.sort_unstable();
        target_clauses.dedup();
        let target_clauses: &[u16] = target_clauses;
        words.clear();
        words.extend((0..toks.len()).filter(|&i| !toks[i].punct));
        let words: &[usize] = words;
        let s = |t: &Tok| sp(arena, t.stem);
        let neg = |t: &Tok| if t.negated { "NOT" } else { "" };
        let infos_r: &[Info] = infos;
        // `prefix:[NOT_]stem`, from the cached hash when there is one
        let uni = |sink: &mut S, prefix: &str, slot: usize, t: &Tok| match hashes_of(infos_r, t) {
            Some((h, _, Some(vi))) if !S::NAMES => {
                let k = slot + t.negated as usize;
                sink.feat_c(prefix, &[], h[k], &vi[k])
            }
            Some((h, _, _)) if !S::NAMES => sink.feat_h(prefix, &[], h[slot + t.negated as usize]),
            Some((h, _, _)) => sink.feat_h(prefix, &[neg(t), s(t)], h[slot + t.negated as usize]),
            None => sink.feat(prefix, &[neg(t), s(t)], 1.0),
        };
        // `prefix:a_b`, continuing the cached state of `a`
        let bi =
            |sink: &mut S, prefix: &str, slot: usize, a: &Tok, b: &Tok| match hashes_of(infos_r, a)
            {
                Some((_, st, _)) if a.stem.1 > a.stem.0 && b.stem.1 > b.stem.0 => {
                    let sb = &arena.as_bytes()[b.stem.0 as usize..b.stem.1 as usize];
                    let h = fnv(fnv(st[slot], b"_"), sb);
                    if S::NAMES {
                        sink.feat_h(prefix, &[s(a), s(b)], h)
                    } else {
                        sink.feat_h(prefix, &[], h)
                    }
                }
                _ => sink.feat(prefix, &[s(a), s(b)], 1.0),
            };
        // list membership from the cached word info, by string only for tokens without one
        let in_list =
            |t: &Tok, f: fn(&Info) -> bool, list: &[&str]| match infos_r.get(t.info as usize) {
                Some(i) => f(i),
                None => list.contains(&s(t)),
            };
        // whole-quote unigrams and bigrams
        for (k, &i) in words.iter().enumerate() {
            let t = &toks[i];
            uni(sink, "u", H_U, t);
            if let Some(&j) = words.get(k + 1) {
                bi(sink, "b", 0, t, &toks[j]);
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
        for &i in words {
            let t = &toks[i];
            let in_tc = target_clauses.binary_search(&t.clause).is_ok();
            let mut v = t.vader;
            if t.negated {
                v *= -0.74;
            }
            if v > 0.0 {
                all_pos += v
            } else {
                all_neg -= v
            }
            if in_tc {
                uni(sink, "tc", H_TC, t);
                if let Some(p) = prev_tc {
                    bi(sink, "tb", 1, &toks[p], t);
                }
                prev_tc = Some(i);
                if v > 0.0 {
                    tc_pos += v
                } else {
                    tc_neg -= v
                }
                let cameo = match infos_r.get(t.info as usize) {
                    Some(i) => i.cameo,
                    None => lex.cameo.get(s(t)).copied(),
                };
                if let Some(c) = cameo {
                    let c = if t.negated { -c } else { c };
                    if c > 0.0 {
                        cameo_coop += 1.0
                    } else {
                        cameo_host += 1.0
                    }
                }
                let negator = match infos_r.get(t.info as usize) {
                    Some(i) => i.negator,
                    None => NEGATORS.contains(&s(t)),
                };
                if negator || s(t) == "not" {
                    neg_in_tc = true;
                }
            }
        }
        // windows around each target mention
        let w = self.config.window;
        let mut fp_near = false;
        for &p in target_pos {
            let k = words.binary_search(&p).unwrap_or(0);
            for d in 1..=w {
                if k >= d {
                    let t = &toks[words[k - d]];
                    uni(sink, "wl", H_WL, t);
                    if d == 1 {
                        match infos_r.get(t.info as usize) {
                            Some(i) if !S::NAMES => {
                                sink.feat_c("t1l", &[], i.h[H_T1L], &i.vi[H_T1L])
                            }
                            Some(i) => sink.feat_h("t1l", &[s(t)], i.h[H_T1L]),
                            None => sink.feat("t1l", &[s(t)], 1.0),
                        }
                    }
                    fp_near |= in_list(t, |i| i.first_person, FIRST_PERSON);
                }
                if let Some(&j) = words.get(k + d) {
                    let t = &toks[j];
                    uni(sink, "wr", H_WR, t);
                    if d == 1 {
                        match infos_r.get(t.info as usize) {
                            Some(i) if !S::NAMES => {
                                sink.feat_c("t1r", &[], i.h[H_T1R], &i.vi[H_T1R])
                            }
                            Some(i) => sink.feat_h("t1r", &[s(t)], i.h[H_T1R]),
                            None => sink.feat("t1r", &[s(t)], 1.0),
                        }
                    }
                    fp_near |= in_list(t, |i| i.first_person, FIRST_PERSON);
                }
            }
            if p > 0 && toks[p - 1].punct && sp(arena, toks[p - 1].lower) == "," && p >= 2 {
                fixed_feat!(sink, "list", 1.0);
            }
        }
        // per mention: the word the target does (first content word after it, auxiliaries skipped),
        // the word governing it (first content word before it), and VADER valence of its clause
        // weighted by 1/sqrt(distance)
        let (mut wpos, mut wneg) = (0f32, 0f32);
        for &p in target_pos {
            let k = words.binary_search(&p).unwrap_or(0);
            let cl = toks[p].clause;
            if let Some(&j) = words[k + 1..]
                .iter()
                .take(5)
                .filter(|&&j| toks[j].clause == cl)
                .find(|&&j| !in_list(&toks[j], |i| i.aux, AUX))
            {
                uni(sink, "vr", H_VR, &toks[j]);
            }
            if let Some(&j) = words[..k]
                .iter()
                .rev()
                .take(4)
                .filter(|&&j| toks[j].clause == cl)
                .find(|&&j| !in_list(&toks[j], |i| i.func_left, FUNC_LEFT))
            {
                uni(sink, "vl", H_VL, &toks[j]);
            }
            // words within VADER_REACH of the mention only: a clause thousands of words long
            // with thousands of mentions would otherwise cost mentions x words
            let from = k.saturating_sub(VADER_REACH);
            let to = (k + VADER_REACH + 1).min(words.len());
            for (m, &j) in words.iter().enumerate().take(to).skip(from) {
                let t = &toks[j];
                if t.clause != cl || j == p {
                    continue;
                }
                let mut v = t.vader;
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
        let contrast_at = toks
            .iter()
            .position(|t| match infos_r.get(t.info as usize) {
                Some(i) => i.contrast,
                None => CONTRAST.contains(&s(t)),
            });
        if let (Some(c), Some(&p)) = (contrast_at, target_pos.first()) {
            if p < c {
                sink.feat_h(
                    "contrast",
                    &["before"],
                    const { const_hash("contrast:before") },
                );
            } else {
                sink.feat_h(
                    "contrast",
                    &["after"],
                    const { const_hash("contrast:after") },
                );
            }
        }
        if neg_in_tc {
            fixed_feat!(sink, "neg_tc", 1.0);
        }
        if fp_near {
            fixed_feat!(sink, "fp_near", 1.0);
        }
        if toks.iter().any(|t| t.mask == Mask::Other) {
            fixed_feat!(sink, "others", 1.0);
        }
        if inp.own_side {
            fixed_feat!(sink, "own_side", 1.0);
        }
        if let Some(c) = inp.cue {
            let lo = arena.len();
            if c.is_ascii() {
                arena.push_str(c);
                arena[lo..].make_ascii_lowercase();
            } else {
                arena.push_str(&c.to_lowercase());
            }
            let (st, _) = STEMMER.with(|stemmer| push_stem(arena, stems, infos, stemmer, lex, lo));
            sink.feat("cue", &[sp(arena, st)], 1.0);
        }
        if target_pos.first() == Some(&0) || target_pos.first().is_some_and(|&p| p <= 1) {
            fixed_feat!(sink, "target_first", 1.0);
        }
        // lexicon strengths, squashed to about 0..1
        let sq = |x: f32| x / (x + 4.0);
        fixed_feat!(sink, "num", "vader_tc_pos", sq(tc_pos));
        fixed_feat!(sink, "num", "vader_tc_neg", sq(tc_neg));
        fixed_feat!(sink, "num", "vader_all_pos", sq(all_pos));
        fixed_feat!(sink, "num", "vader_all_neg", sq(all_neg));
        fixed_feat!(sink, "num", "vader_w_pos", wpos / (wpos + 2.0));
        fixed_feat!(sink, "num", "vader_w_neg", wneg / (wneg + 2.0));
        fixed_feat!(sink, "num", "cameo_tc_coop", sq(cameo_coop * 2.0));
        fixed_feat!(sink, "num", "cameo_tc_host", sq(cameo_host * 2.0));
        fixed_feat!(sink, "bias", 1.0);
    }

    /// Feature hashes and values, deduplicated (the first value of a repeated feature is kept).
    #[cfg(test)]
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
    fn masks_are_in_no_word_list() {
        // the masking pass in `tokens` relies on this
        for m in ["<t>", "<o>", "<s>"] {
            assert!(!CONTRAST.contains(&m) && !NEGATORS.contains(&m), "{m}");
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
