//! The actor gazetteer: countries, capitals used as metonyms, demonyms, organisations and leaders,
//! each with a canonical id, matched case-sensitively in one pass over the text (a byte trie of the
//! aliases, walked where a byte can start one).
//!
//! File format (`data/actors.tsv`, documented in `data/ACTORS.md`): a header
//! `id	kind	name	affiliation	aliases`, one actor per line, aliases separated by `|`, a leading `~`
//! marking a weak alias that needs context (Washington, Georgia, Jordan, Paris, US ...).

use super::{bytes_hash, Actor, ActorKind};
use crate::text::{strip_possessive, FxMap, FxSet};
use std::collections::HashMap;
use std::path::PathBuf;

/// What is wrong with a gazetteer file.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The file could not be read.
    #[error("{path}: cannot read gazetteer: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A row is malformed.
    #[error("{source_name}:{line}: {reason}")]
    Row {
        /// File name or other label of the source.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}

/// One alias pattern.
#[derive(Debug, Clone)]
struct Pattern {
    actor: usize,
    weak: bool,
}

/// Countries, organisations, groups and people with their aliases.
///
/// ```
/// use quotestance::Gazetteer;
/// let g = Gazetteer::embedded();
/// let found = g.find("Moscow and Tehran met, and America’s envoy left.");
/// let ids: Vec<&str> = found.iter().map(|m| g.actor(m.actor).id.as_str()).collect();
/// assert_eq!(ids, ["RUS", "IRN", "USA"]);
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer {
    actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    aliases: Vec<(String, Pattern)>,
    /// Strong alias -> actor index, for exact look-ups.
    strong: FxMap<String, usize>,
    /// The aliases, for matching.
    trie: Trie,
    /// `bytes_hash` of every id and of every name: a document's own actor whose id (a slug of
    /// its name) or name may be a gazetteer one's needs the whole document's actors.
    id_hashes: FxSet<u64>,
    name_hashes: FxSet<u64>,
}

/// The aliases as a byte trie, for the longest alias starting at a given text position.
///
/// The trie is a double array: node `n`'s child by byte `c` is the slot `n.base + c`, if that
/// slot's parent is `n` (one load and one comparison a step). The root is slot 0. A table of the
/// bytes that start an alias tells the scan in [`Gazetteer::find`] where one can start at all, and
/// a bit set of the aliases' first two bytes rules out most of the rest before the walk.
#[derive(Debug, Clone)]
struct Trie {
    /// Whether an alias starts with this byte (as bytes for a tight scan).
    first: [bool; 256],
    /// Bit `b0 << 8 | b1` set if an alias starts with the bytes `b0 b1` (or is the one byte
    /// `b0`): a cheap test before walking the trie.
    pairs: Box<[u64; 1 << 10]>,
    /// Bit `b0 << 8 | b1` set if the bytes `b0 b1` follow one another inside an alias: no match
    /// can cover two consecutive bytes of the text that are not such a pair.
    inner_pairs: Box<[u64; 1 << 10]>,
    slots: Vec<Slot>,
    /// The fast scan's searcher, if the aliases allow it: every alias starts with an ASCII letter
    /// or a non-ASCII character, and those that start with a lower-case letter (frequent in text)
    /// are at least three bytes long with few distinct three-byte prefixes. The prefixes are then
    /// searched for all in one pass (a SIMD packed searcher), and the scan for the other aliases
    /// stops only at upper-case and non-ASCII bytes, found eight at a time.
    lower: Option<aho_corasick::packed::Searcher>,
}

/// A node of the double-array trie, or a free slot.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// Where the node's children are: the child by byte `c` is slot `base + c`.
    base: i32,
    /// The slot of the parent node; `NO_PARENT` for the root and free slots.
    parent: u32,
    /// The alias (index into `Gazetteer::aliases`) that ends here, `NO_ALIAS` if none.
    alias: u32,
}

const NO_ALIAS: u32 = u32::MAX;
const NO_PARENT: u32 = u32::MAX;
const FREE: Slot = Slot {
    base: 0,
    parent: NO_PARENT,
    alias: NO_ALIAS,
};

impl Trie {
    /// A trie of `aliases`; an alias listed twice keeps its first index (as a leftmost-longest
    /// Aho-Corasick automaton reports it).
    fn new<'a>(aliases: impl Iterator<Item = &'a str>) -> Self {
        let aliases: Vec<&[u8]> = aliases.map(str::as_bytes).collect();
        let mut t = Trie {
            first: [false; 256],
            pairs: Box::new([0; 1 << 10]),
            inner_pairs: Box::new([0; 1 << 10]),
            slots: vec![FREE],
            lower: None,
        };
        // the three-byte prefixes of the lower-case aliases; None if the fast scan cannot work
        let mut prefixes = Some(std::collections::BTreeSet::new());
        for a in &aliases {
            match a {
                [c, ..] if c.is_ascii_uppercase() || !c.is_ascii() => {}
                [c, rest @ ..] if c.is_ascii_lowercase() && rest.len() >= 2 => {
                    if let Some(set) = prefixes.as_mut() {
                        set.insert([*c, rest[0], rest[1]]);
                    }
                }
                [] => continue,
                // (a lower-case alias of one or two bytes, or one opening with a digit or a
                // mark: the plain scan)
                _ => prefixes = None,
            }
            t.first[usize::from(a[0])] = true;
            for w in a.windows(2) {
                let k = usize::from(w[0]) << 8 | usize::from(w[1]);
                t.inner_pairs[k >> 6] |= 1 << (k & 63);
            }
            // (a one-byte alias may be followed by anything)
            let seconds = match a.get(1) {
                Some(&c2) => c2..=c2,
                None => 0..=255,
            };
            for c2 in seconds {
                let k = usize::from(a[0]) << 8 | usize::from(c2);
                t.pairs[k >> 6] |= 1 << (k & 63);
            }
        }
        // (no packed searcher on some targets: the plain scan then)
        t.lower = prefixes
            .filter(|set| set.len() <= 8)
            .and_then(aho_corasick::packed::Searcher::new);
        // The aliases in byte order (a duplicate after its first index): a node is a range of
        // them with a common prefix, its children the subranges by the next byte. Each node's
        // children go to the first base where all their slots are free, from the root down.
        let mut sorted: Vec<u32> = (0..aliases.len() as u32).collect();
        sorted.sort_by_key(|&k| aliases[k as usize]);
        let free =
            |slots: &[Slot], s: usize| s != 0 && slots.get(s).is_none_or(|n| n.parent == NO_PARENT);
        // (node slot, depth, range of `sorted`)
        let mut queue = vec![(0usize, 0usize, 0..sorted.len())];
        let mut free_from = 1;
        // a node's children: (label, range of `sorted`)
        let mut kids: Vec<(u8, std::ops::Range<usize>)> = Vec::new();
        let mut head = 0;
        while let Some((slot, depth, range)) = queue.get(head).cloned() {
            head += 1;
            // the aliases that end here come first
            let mut i = range.start;
            while i < range.end && aliases[sorted[i] as usize].len() == depth {
                if i == range.start && depth > 0 {
                    t.slots[slot].alias = sorted[i];
                }
                i += 1;
            }
            kids.clear();
            for j in i..range.end {
                let c = aliases[sorted[j] as usize][depth];
                match kids.last_mut() {
                    Some((l, r)) if *l == c => r.end = j + 1,
                    _ => kids.push((c, j..j + 1)),
                }
            }
            let Some(&(c0, _)) = kids.first() else {
                continue;
            };
            while !free(&t.slots, free_from) {
                free_from += 1;
            }
            // (every slot `base + c` is at or after `free_from`, the lowest label `c0` first)
            let mut base = free_from as i64 - i64::from(c0);
            while !kids
                .iter()
                .all(|(c, _)| free(&t.slots, (base + i64::from(*c)) as usize))
            {
                base += 1;
            }
            t.slots[slot].base = i32::try_from(base).expect("fewer than 2^31 slots");
            for (c, r) in kids.drain(..) {
                let s = (base + i64::from(c)) as usize;
                if s >= t.slots.len() {
                    t.slots.resize(s + 1, FREE);
                }
                t.slots[s].parent = slot as u32;
                queue.push((s, depth + 1, r));
            }
        }
        t
    }

    /// The first position at or after `q`, and before `end`, where an alias may start (see
    /// `may_start`).
    ///
    /// (Not inlined: on its own, the loop keeps everything in registers.)
    #[inline(never)]
    fn next_start(&self, b: &[u8], mut q: usize, end: usize) -> Option<usize> {
        let end = end.min(b.len());
        loop {
            while q < end && !self.first[usize::from(b[q])] {
                q += 1;
            }
            if q >= end {
                return None;
            }
            if self.may_start(b, q) {
                return Some(q);
            }
            q += 1;
        }
    }

    /// `next_start` for the fast scan (see `Trie::lower`), the lower-case aliases left out: the
    /// first position at or after `q` with an upper-case or non-ASCII byte that may start an
    /// alias (before `end`).
    #[inline(never)]
    fn next_upper_start(&self, b: &[u8], q: usize, end: usize) -> Option<usize> {
        let end = end.min(b.len());
        // eight bytes at a time from `q`, each candidate byte of a chunk in turn
        let mut at = q;
        while at < end {
            let x = match b.get(at..at + 8) {
                Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("8 bytes")),
                // (the last bytes, padded with NULs)
                None => {
                    let mut tail = [0; 8];
                    tail[..b.len() - at].copy_from_slice(&b[at..]);
                    u64::from_le_bytes(tail)
                }
            };
            let mut m = upper_or_non_ascii(x);
            while m != 0 {
                let p = at + (m.trailing_zeros() / 8) as usize;
                if p >= end {
                    return None;
                }
                if self.may_start(b, p) {
                    return Some(p);
                }
                m &= m - 1;
            }
            at += 8;
        }
        None
    }

    /// Whether an alias may start at `b[q]`: its first byte starts one, and so do its first two
    /// bytes (or it is the last byte).
    #[inline(always)]
    fn may_start(&self, b: &[u8], q: usize) -> bool {
        if !self.first[usize::from(b[q])] {
            return false;
        }
        let Some(&c2) = b.get(q + 1) else {
            return true;
        };
        let k = usize::from(b[q]) << 8 | usize::from(c2);
        self.pairs[k >> 6] & (1 << (k & 63)) != 0
    }

    /// The longest alias that starts at `b[q]`: (alias index, end).
    #[inline]
    fn longest_at(&self, b: &[u8], q: usize) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut base = self.slots[0].base;
        let mut best = None;
        for (i, &c) in b[q..].iter().enumerate() {
            // (a negative slot wraps round to one past the end)
            let s = (base + i32::from(c)) as usize;
            match self.slots.get(s) {
                Some(n) if n.parent == node => {
                    if n.alias != NO_ALIAS {
                        best = Some((n.alias as usize, q + i + 1));
                    }
                    (node, base) = (s as u32, n.base);
                }
                _ => break,
            }
        }
        best
    }
}

/// A gazetteer match: the actor index and the byte range of the alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch {
    /// Index into the gazetteer (see [`Gazetteer::actor`]).
    pub actor: usize,
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset just after the mention (a possessive `'s` is not included).
    pub end: usize,
}

const EMBEDDED: &str = include_str!("../../data/actors.tsv");

/// One row of the embedded table: id, kind, name, affiliation, aliases.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The rows of the embedded table; comment lines and short rows are skipped (the header row is
/// kept: its kind is "kind").
fn embedded_rows() -> impl Iterator<Item = Row> {
    EMBEDDED
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut f = line.split('\t');
            Some((f.next()?, f.next()?, f.next()?, f.next()?, f.next()?))
        })
}

/// The names and aliases of several words that the embedded gazetteer gives a country,
/// organisation or group ("Abu Dhabi", "El Salvador", "Abu Sayyaf"): words that are no person's
/// name. Read once from the embedded table, without building a [`Gazetteer`].
pub(crate) fn embedded_non_person_names() -> &'static crate::text::FxSet<&'static str> {
    static NAMES: std::sync::OnceLock<crate::text::FxSet<&'static str>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut set = crate::text::FxSet::default();
        for (_id, kind, name, _aff, aliases) in embedded_rows() {
            if kind == "person" || kind == "kind" {
                continue;
            }
            for a in std::iter::once(name).chain(aliases.split('|')) {
                let a = a.trim().trim_start_matches('~');
                if a.contains(' ') {
                    set.insert(a);
                }
            }
        }
        set
    })
}

/// The country id of a country's name or alias in the embedded gazetteer ("Japan", "Britain"),
/// or the affiliation of a person it lists ("Olaf Scholz", "Scholz" -> `DEU`); ambiguous
/// aliases (`~`) are left out. Read once from the embedded table.
pub(crate) fn embedded_affiliation(name: &str) -> Option<&'static str> {
    static MAP: std::sync::OnceLock<crate::text::FxMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = crate::text::FxMap::default();
        for (id, kind, name, aff, aliases) in embedded_rows() {
            let value = match kind {
                "country" => id,
                "person" if !aff.is_empty() => aff,
                _ => continue,
            };
            for a in std::iter::once(name).chain(aliases.split('|')) {
                let a = a.trim();
                if !a.is_empty() && !a.starts_with('~') {
                    map.entry(a).or_insert(value);
                }
            }
        }
        map
    })
    .get(name)
    .copied()
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::embedded()
    }
}

impl Gazetteer {
    /// The gazetteer shipped with the crate (derived from PETRARCH2, MIT; see `data/ACTORS.md`).
    pub fn embedded() -> Self {
        Self::from_tsv(EMBEDDED, "data/actors.tsv")
            .expect("the embedded gazetteer is valid (checked by tests)")
    }

    /// Parses a gazetteer in the TSV format; errors name the source and line.
    pub fn from_tsv(text: &str, source_name: &str) -> Result<Self, GazetteerError> {
        let mut rows = Vec::new();
        parse_rows(text, source_name, &mut rows)?;
        let mut g = Gazetteer {
            actors: Vec::new(),
            by_id: HashMap::new(),
            aliases: Vec::new(),
            strong: FxMap::default(),
            trie: Trie::new(std::iter::empty()),
            id_hashes: FxSet::default(),
            name_hashes: FxSet::default(),
        };
        g.merge(rows);
        Ok(g)
    }

    /// Reads a gazetteer file.
    pub fn from_path(path: impl Into<PathBuf>) -> Result<Self, GazetteerError> {
        let path = path.into();
        let text = std::fs::read_to_string(&path).map_err(|source| GazetteerError::Io {
            path: path.clone(),
            source,
        })?;
        Self::from_tsv(&text, &path.display().to_string())
    }

    /// Adds or overrides actors from a user file in the same format: a row with a known id replaces
    /// that actor (name, kind, affiliation and aliases); a new id adds one.
    pub fn extend_from_tsv(&mut self, text: &str, source_name: &str) -> Result<(), GazetteerError> {
        let mut rows = Vec::new();
        parse_rows(text, source_name, &mut rows)?;
        self.merge(rows);
        Ok(())
    }

    /// Adds or replaces one actor with its aliases (a leading `~` marks a weak alias).
    pub fn add(&mut self, actor: Actor, aliases: &[&str]) {
        self.merge(vec![(
            actor,
            aliases.iter().map(|s| s.to_string()).collect(),
        )]);
    }

    fn merge(&mut self, rows: Vec<(Actor, Vec<String>)>) {
        let mut alias_lists: Vec<Vec<(String, bool)>> = vec![Vec::new(); self.actors.len()];
        for (a, p) in &self.aliases {
            alias_lists[p.actor].push((a.clone(), p.weak));
        }
        for (actor, aliases) in rows {
            let list: Vec<(String, bool)> = aliases
                .into_iter()
                .map(|a| match a.strip_prefix('~') {
                    Some(rest) => (rest.to_string(), true),
                    None => (a, false),
                })
                .collect();
            match self.by_id.get(&actor.id) {
                Some(&i) => {
                    self.actors[i] = actor;
                    alias_lists[i] = list;
                }
                None => {
                    self.by_id.insert(actor.id.clone(), self.actors.len());
                    self.actors.push(actor);
                    alias_lists.push(list);
                }
            }
        }
        self.aliases.clear();
        for (i, list) in alias_lists.into_iter().enumerate() {
            let name = self.actors[i].name.clone();
            let mut seen = std::collections::HashSet::new();
            // the alias list first, so a name listed as weak (~Georgia) stays weak
            for (a, weak) in list.into_iter().chain(std::iter::once((name, false))) {
                if !a.is_empty() && seen.insert(a.clone()) {
                    self.aliases.push((a, Pattern { actor: i, weak }));
                }
            }
        }
        self.strong = self
            .aliases
            .iter()
            .filter(|(_, p)| !p.weak)
            .map(|(a, p)| (a.clone(), p.actor))
            .rev()
            .collect();
        self.trie = Trie::new(self.aliases.iter().map(|(a, _)| a.as_str()));
        self.id_hashes = self
            .actors
            .iter()
            .map(|a| bytes_hash(a.id.bytes()))
            .collect();
        self.name_hashes = self
            .actors
            .iter()
            .map(|a| bytes_hash(a.name.bytes()))
            .collect();
    }

    /// Whether an actor may have an id of `bytes_hash` `h` (false: none has).
    pub(crate) fn may_have_id_hash(&self, h: u64) -> bool {
        self.id_hashes.contains(&h)
    }

    /// Whether an actor may be named `name` (false: none is).
    pub(crate) fn may_have_name(&self, name: &str) -> bool {
        self.name_hashes.contains(&bytes_hash(name.bytes()))
    }

    /// The actor at index `i` (from a [`GazetteerMatch`]).
    pub fn actor(&self, i: usize) -> &Actor {
        &self.actors[i]
    }

    /// The actor with canonical id `id`.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// True if there are no actors.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// The actor a whole string names exactly ("Kremlin" -> RUS), if any.
    pub fn lookup(&self, alias: &str) -> Option<&Actor> {
        let alias = strip_possessive(alias);
        self.strong.get(alias).map(|&i| &self.actors[i])
    }

    /// Every actor mention in `text`, left to right, ambiguous aliases resolved by context.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        // (room for a mention every 256 bytes, about as many as news text has)
        let mut out = Vec::with_capacity(text.len() / 256);
        self.find_in(text, 0, text.len(), &mut out);
        out
    }

    /// A position at or before `at` where no alias match can begin before and end after (the
    /// two bytes either side never follow one another in an alias): `find_in` from there finds
    /// what `find` finds from there.
    pub(crate) fn sync_point(&self, text: &str, mut at: usize) -> usize {
        let b = text.as_bytes();
        at = at.min(b.len());
        while at > 0 && at < b.len() {
            let k = usize::from(b[at - 1]) << 8 | usize::from(b[at]);
            if self.trie.inner_pairs[k >> 6] & (1 << (k & 63)) == 0 {
                break;
            }
            at -= 1;
        }
        at
    }

    /// The mentions of `find` that start in `from..to`, appended to `out`, when `from` is a
    /// `sync_point` (or 0). The context rules still see the whole text.
    pub(crate) fn find_in(
        &self,
        text: &str,
        from: usize,
        to: usize,
        out: &mut Vec<GazetteerMatch>,
    ) {
        for (k, s, e) in self.raw_matches_in(text, from, to) {
            if !word_boundary(text, s, e) {
                continue;
            }
            let (alias, pat) = &self.aliases[k];
            if pat.weak && !weak_alias_fits(text, alias, s, e) {
                continue;
            }
            out.push(GazetteerMatch {
                actor: pat.actor,
                start: s,
                end: e,
            });
        }
    }

    /// The leftmost-longest non-overlapping alias matches (alias index, start, end), as an
    /// unanchored leftmost-longest Aho-Corasick `find_iter` gives them: the longest alias at each
    /// position where one starts, resuming after each match.
    #[cfg(test)]
    fn raw_matches<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        self.raw_matches_in(text, 0, text.len())
    }

    /// `raw_matches` from `from` on (resuming there as if after a match), those that start
    /// before `to`.
    fn raw_matches_in<'t>(
        &'t self,
        text: &'t str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let b = text.as_bytes();
        let to = to.min(b.len());
        // (a prefix that starts before `to` ends by `to + 2`)
        let search_end = (to + 2).min(b.len());
        let mut p = from;
        // the fast scan: the next lower-case prefix and the next upper-case candidate at or
        // after `p` (usize::MAX if none), each searched for again once passed
        let (mut lower, mut upper) = (None, None);
        std::iter::from_fn(move || loop {
            if p >= to {
                return None;
            }
            let q = match &self.trie.lower {
                None => self.trie.next_start(b, p, to),
                Some(searcher) => {
                    let l = next_from(&mut lower, p, || {
                        let m = searcher.find_in(b, aho_corasick::Span::from(p..search_end));
                        m.map(|m| m.start())
                    });
                    let u = next_from(&mut upper, p, || self.trie.next_upper_start(b, p, to));
                    Some(l.min(u)).filter(|&q| q < to)
                }
            };
            let Some(q) = q else {
                p = to;
                return None;
            };
            match self.trie.longest_at(b, q) {
                Some((k, e)) => {
                    p = e;
                    return Some((k, q, e));
                }
                None => p = q + 1,
            }
        })
    }
}

/// `*next` if it is at or after `p`, else (or if none yet) the next position `find` gives,
/// `usize::MAX` if none.
fn next_from(next: &mut Option<usize>, p: usize, find: impl FnOnce() -> Option<usize>) -> usize {
    match *next {
        Some(q) if q >= p => q,
        _ => *next.insert(find().unwrap_or(usize::MAX)),
    }
}

/// The high bit of each byte of `x` that is an upper-case ASCII letter or not ASCII (a SWAR range
/// test on the low seven bits, which cannot carry from one byte into the next).
#[inline(always)]
fn upper_or_non_ascii(x: u64) -> u64 {
    const fn rep(b: u8) -> u64 {
        b as u64 * 0x0101_0101_0101_0101
    }
    let y = x & rep(0x7f);
    let upper = (y + rep(0x80 - b'A')) & !(y + rep(0x7f - b'Z'));
    (upper | x) & rep(0x80)
}

fn parse_rows(
    text: &str,
    source_name: &str,
    rows: &mut Vec<(Actor, Vec<String>)>,
) -> Result<(), GazetteerError> {
    let err = |line: usize, reason: String| GazetteerError::Row {
        source_name: source_name.to_string(),
        line,
        reason,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line.starts_with("id\t") {
                continue;
            }
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            return Err(err(line_no, format!("expected 5 tab-separated fields (id, kind, name, affiliation, aliases), found {}", f.len())));
        }
        let id = f[0].trim();
        if id.is_empty() || id.contains(char::is_whitespace) {
            return Err(err(line_no, format!("invalid id {id:?}")));
        }
        let kind = ActorKind::parse(f[1].trim()).ok_or_else(|| {
            err(
                line_no,
                format!(
                    "unknown kind {:?} (country, organisation, person, group)",
                    f[1]
                ),
            )
        })?;
        let name = f[2].trim();
        if name.is_empty() {
            return Err(err(line_no, format!("actor {id} has no name")));
        }
        if let Some(prev) = seen.insert(id.to_string(), line_no) {
            return Err(err(
                line_no,
                format!("duplicate id {id} (first on line {prev})"),
            ));
        }
        let aff = f[3].trim();
        let aliases: Vec<String> = f[4]
            .split('|')
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty() && a != "~")
            .collect();
        rows.push((
            Actor {
                id: id.to_string(),
                name: name.to_string(),
                kind,
                affiliation: (!aff.is_empty()).then(|| aff.to_string()),
            },
            aliases,
        ));
    }
    Ok(())
}

fn word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let last = text[..e].chars().next_back();
    let ok_before = before
        .is_none_or(|c| !c.is_alphanumeric() && c != '-' || c == '-' && text[..s].ends_with(" -"));
    let ok_after = after.is_none_or(|c| !c.is_alphanumeric() || last == Some('.'));
    ok_before && ok_after
}

fn prev_word(text: &str, s: usize) -> &str {
    let t = text[..s].trim_end();
    // past the whole space character: U+00A0 and friends are more than one byte
    let i = t
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[i..]
}

fn next_word(text: &str, e: usize) -> &str {
    let t = &text[e..];
    let t = t
        .strip_prefix("'s")
        .or_else(|| t.strip_prefix("’s"))
        .unwrap_or(t)
        .trim_start();
    let i = t.find(|c: char| c.is_whitespace()).unwrap_or(t.len());
    t[..i].trim_end_matches(|c: char| !c.is_alphanumeric())
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Context rules for weak aliases: "Washington" not as George Washington or Washington state,
/// "Georgia" not as the U.S. state, "Jordan"/"Chad" not inside a person's name, "Paris" not as the
/// Paris Agreement, "US" not inside an all-capitals headline.
fn weak_alias_fits(text: &str, alias: &str, s: usize, e: usize) -> bool {
    let prev = prev_word(text, s);
    let next = next_word(text, e);
    let sentence_start = prev.is_empty() || prev.ends_with(['.', '!', '?', '“', '"', ':']);
    // part of a longer capitalised name: George Washington, Jordan Eliot, Paris Saint-Germain
    if is_cap(next) && !matches!(next, "On" | "In" | "And" | "But" | "The") {
        return false;
    }
    if is_cap(prev)
        && !sentence_start
        && !matches!(
            prev,
            "In" | "The"
                | "And"
                | "But"
                | "With"
                | "From"
                | "To"
                | "For"
                | "Of"
                | "On"
                | "At"
                | "By"
        )
    {
        return false;
    }
    let next_l = next.to_lowercase();
    let prev_l = prev.to_lowercase();
    match alias {
        "Washington" | "Georgia" => {
            if matches!(
                next_l.as_str(),
                "state"
                    | "state's"
                    | "gov"
                    | "gov."
                    | "governor"
                    | "senator"
                    | "county"
                    | "voters"
                    | "republicans"
                    | "democrats"
            ) || prev_l == "of" && text[..s].trim_end().to_lowercase().ends_with("state of")
            {
                return false;
            }
            if alias == "Georgia"
                && (text.contains("Atlanta") || text.contains(", Ga."))
                && !text.contains("Tbilisi")
            {
                return false;
            }
            true
        }
        "Paris" => !matches!(
            next_l.as_str(),
            "agreement" | "accord" | "accords" | "climate" | "deal" | "club" | "pact"
        ),
        "US" => {
            let window = &text[floor_boundary(text, s.saturating_sub(12))
                ..floor_boundary(text, (e + 12).min(text.len()))];
            let letters: Vec<char> = window.chars().filter(|c| c.is_alphabetic()).collect();
            let upper = letters.iter().filter(|c| c.is_uppercase()).count();
            upper * 10 < letters.len() * 8
        }
        "Turkey" => !matches!(
            next_l.as_str(),
            "dinner" | "sandwich" | "breast" | "farm" | "farmers"
        ),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// `find`'s raw matches (before the word-boundary and weak-alias checks) are those of an
    /// unanchored leftmost-longest Aho-Corasick `find_iter` over the whole text.
    fn assert_raw_matches_are_find_iter(g: &Gazetteer, texts: &[&str]) {
        let reference = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(g.aliases.iter().map(|(a, _)| a.as_str()))
            .unwrap();
        for text in texts {
            let got: Vec<_> = g.raw_matches(text).collect();
            let want: Vec<_> = reference
                .find_iter(text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn trie_scan_equals_find_iter() {
        assert_raw_matches_are_find_iter(
            &Gazetteer::embedded(),
            &[
                "The UNESCO and UN officials met the US, EU and UKraine envoys in Kyiv; al-Qaeda, \
                 al Qaeda and the total al-Shabaab, realal-Qaeda, bin Laden, von der Leyen. USAID \
                 said Russia’s Moscow-based RussiaRussia, IranIraq, Chinese China. Xi Jinping, G7.",
                "L’Élysée et Élysée, Côte d’Ivoire, São Tomé. The UK",
                "the U (no match)",
                "US",
                include_str!("../../benches/data/seed_article.txt"),
                include_str!("../../tests/golden/conflict_iraq_strike.txt"),
            ],
        );
        // one-byte aliases, an alias listed for two actors, aliases that are prefixes of others
        let g = Gazetteer::from_tsv(
            "id\tkind\tname\taffiliation\taliases\n\
             AAA\tcountry\tAlpha\t\tX|Al|Alp|Alpha Beta|ab\n\
             BBB\tcountry\tBeta\t\tAlp|Beta|B|Be\n",
            "test",
        )
        .unwrap();
        assert_raw_matches_are_find_iter(
            &g,
            &[
                "X",
                "Alp",
                "Alpha Beta",
                "Alpha Bet",
                "XAlpha BetaBXab",
                "aB",
                "Be",
                "B",
            ],
        );
        // the fast scan (lower-case aliases of three bytes or more), overlapping upper-case ones
        let g = Gazetteer::from_tsv(
            "id\tkind\tname\taffiliation\taliases\n\
             AAA\tcountry\tAlpha\t\tbin Laden|binLa|al-Q|al Qaeda|Qaeda|Laden|Élan|élan\n\
             BBB\tcountry\tBeta\t\tal-Qaeda Iraq|Iraq|La|bin\n",
            "test",
        )
        .unwrap();
        // (the packed searcher exists on x86-64 and AArch64 only)
        assert!(
            g.trie.lower.is_some() || !cfg!(any(target_arch = "x86_64", target_arch = "aarch64"))
        );
        assert_raw_matches_are_find_iter(
            &g,
            &[
                "bin Laden binLaden al-Qaeda Iraq al Qaeda al-Q Qaeda Élan élan xbin Laden",
                "al-Qaeda Ira bbin Labin LadenIraq Laal Qaedaal-Qaeda Iraq",
                "bi",
                "bin",
                "al-",
                "al-Q",
                "La",
            ],
        );
    }
}
