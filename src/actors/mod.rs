//! Stage 4, actors: the gazetteer of countries, capitals, demonyms, organisations and leaders with
//! canonical ids, plus the people and organisations named in the document itself.

pub(crate) mod gazetteer;
mod people;
pub(crate) use people::{
    given_name_is_female, is_given_name, shape as name_shape, Shape as NameShape,
};

use crate::attribution::np::is_cap;
use crate::attribution::{DocPerson, Entity, EntityKind, Names};
use crate::text::{strip_possessive, Doc, FxBuild, FxMap, FxSet};
use serde::{Deserialize, Serialize};

pub use gazetteer::{Gazetteer, GazetteerError, GazetteerMatch};

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A state (ISO 3166-1 alpha-3 id).
    Country,
    /// An international or national organisation, company, ministry.
    Organisation,
    /// A named person.
    Person,
    /// An armed or other non-state group.
    Group,
}

impl ActorKind {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        match s {
            "country" => Some(Self::Country),
            "organisation" | "organization" => Some(Self::Organisation),
            "person" => Some(Self::Person),
            "group" => Some(Self::Group),
            _ => None,
        }
    }
}

/// An actor: canonical id, display name, kind, and the id of the country or body it belongs to.
///
/// ```
/// let g = quotestance::Gazetteer::embedded();
/// let usa = g.get("USA").unwrap();
/// assert_eq!(usa.name, "United States");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical id: ISO alpha-3 for countries, a short upper-case id otherwise.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Country, organisation, person or group.
    pub kind: ActorKind,
    /// Country or organisation id this actor belongs to, if known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliation: Option<String>,
}

/// Where an actor is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The words as written ("America"); in hard-wrapped text a line break inside them reads as a
    /// space.
    pub text: String,
    /// Byte offset in the input.
    pub start: usize,
    /// Byte offset just after the mention.
    pub end: usize,
}

/// An actor named by a quote (or its addressee), with every mention inside the quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteActor {
    /// Canonical id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Country, organisation, person or group.
    pub kind: ActorKind,
    /// Mentions inside the quote; the addressee's mention when it is only the addressee.
    pub mentions: Vec<Mention>,
}

/// All actor mentions of one document, in order.
pub(crate) struct DocActors<'a> {
    pub actors: Vec<DocActor<'a>>,
    /// (actor index, start, end), sorted by start.
    pub mentions: Vec<(usize, usize, usize)>,
    /// Built for some spans only (`find_in`): what the whole document's actors are built from.
    whole: Option<Box<Whole<'a>>>,
}

fn slug(name: &str) -> String {
    if name.is_ascii() {
        // (pushed as chars: ASCII needs no UTF-8 check of the whole)
        let mut s = String::with_capacity(name.len());
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                s.push(char::from(b.to_ascii_uppercase()));
            } else if s.as_bytes().last().is_some_and(|&l| l != b'_') {
                s.push('_');
            }
        }
        if s.ends_with('_') {
            s.pop();
        }
        return s;
    }
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_uppercase());
        } else if !s.ends_with('_') && !s.is_empty() {
            s.push('_');
        }
    }
    s.trim_end_matches('_').to_string()
}

/// A hash of the bytes `b` (FNV-1a): fed a byte at a time, so that `slug_hash` needs no string.
pub(crate) fn bytes_hash(b: impl Iterator<Item = u8>) -> u64 {
    b.fold(FNV_START, fnv_step)
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(h: u64, c: u8) -> u64 {
    (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
}

/// `bytes_hash(slug(name).bytes())`, without building the slug.
fn slug_hash(name: &str) -> u64 {
    let mut h = FNV_START;
    let mut feed = |c: u8| h = fnv_step(h, c);
    // (as `slug`: one `_` for each run of other characters between alphanumeric ones)
    let (mut started, mut pending) = (false, false);
    for c in name.chars() {
        if c.is_alphanumeric() {
            if pending {
                feed(b'_');
                pending = false;
            }
            started = true;
            if c.is_ascii() {
                feed(c.to_ascii_uppercase() as u8);
            } else {
                for u in c.to_uppercase() {
                    let mut buf = [0; 4];
                    u.encode_utf8(&mut buf).bytes().for_each(&mut feed);
                }
            }
        } else if started {
            pending = true;
        }
    }
    h
}

/// The actor a document name pattern stands for, built only when the pattern matches.
#[derive(Clone, Copy)]
enum PatActor<'a> {
    /// A person the gazetteer knows.
    Gazetteer(&'a Actor),
    /// A person named only in the document: full name and affiliation.
    Person(&'a str, Option<&'a str>),
    /// An organisation named only in the document.
    Organisation(&'a str),
}

impl PatActor<'_> {
    fn name(&self) -> &str {
        match self {
            PatActor::Gazetteer(a) => &a.name,
            PatActor::Person(name, _) | PatActor::Organisation(name) => name,
        }
    }

    /// Whether two document-only actors are the same (name, kind and affiliation).
    fn same_own(&self, other: &PatActor) -> bool {
        match (self, other) {
            (PatActor::Person(n, a), PatActor::Person(m, b)) => n == m && a == b,
            (PatActor::Organisation(n), PatActor::Organisation(m)) => n == m,
            _ => false,
        }
    }
}

/// An actor of a document: a gazetteer one (borrowed), or a person or organisation the
/// gazetteer does not know (its name borrowed from the document's names).
pub(crate) enum DocActor<'a> {
    Gazetteer(&'a Actor),
    Own {
        id: String,
        name: &'a str,
        kind: ActorKind,
        affiliation: Option<&'a str>,
    },
}

impl DocActor<'_> {
    fn id(&self) -> &str {
        match self {
            DocActor::Gazetteer(a) => &a.id,
            DocActor::Own { id, .. } => id,
        }
    }

    fn name(&self) -> &str {
        match self {
            DocActor::Gazetteer(a) => &a.name,
            DocActor::Own { name, .. } => name,
        }
    }

    fn kind(&self) -> ActorKind {
        match self {
            DocActor::Gazetteer(a) => a.kind,
            DocActor::Own { kind, .. } => *kind,
        }
    }

    fn to_actor(&self) -> Actor {
        match self {
            DocActor::Gazetteer(a) => Actor::clone(a),
            DocActor::Own {
                id,
                name,
                kind,
                affiliation,
            } => Actor {
                id: id.clone(),
                name: name.to_string(),
                kind: *kind,
                affiliation: affiliation.map(str::to_string),
            },
        }
    }
}

/// A candidate name to look for: its words (a range of the word list) and what it would name.
/// Whether it is a pattern, and of which actor, is decided on its first match
/// ([`Patterns::actor`]): most of a document's names are never met in the spans looked at.
struct NamePattern<'a> {
    words: std::ops::Range<usize>,
    source: Source<'a>,
    /// Its actor, once told (`Patterns::actor`): none if it is no pattern.
    actor: std::cell::OnceCell<Option<PatActor<'a>>>,
    /// The next candidate of the same first word: the longest first, then in order.
    next: Option<usize>,
}

/// Where a candidate name comes from.
#[derive(Clone, Copy)]
enum Source<'a> {
    /// A person's full name (the fields of its `DocPerson`).
    Person {
        full: &'a str,
        affiliation: Option<&'a str>,
        introduced: bool,
    },
    /// The surname of the person whose full name is candidate `full` (a pattern if no one else
    /// in the document has it).
    Surname { full: usize, last: &'a str },
    /// An organisation name of several words.
    Organisation(&'a str),
}

/// The document's actors, each once (by id), in order of first interning.
struct Interner<'a> {
    actors: Vec<DocActor<'a>>,
    /// The hash of an id -> the first actor of an id of that hash (no copy of the id is kept).
    index: FxMap<u64, usize>,
}

impl<'a> Interner<'a> {
    /// The actor of id `id`, if interned, and the hash of `id`.
    fn get(&self, id: &str) -> (Option<usize>, u64) {
        use std::hash::BuildHasher;
        let hash = FxBuild::default().hash_one(id);
        let found = match self.index.get(&hash) {
            Some(&i) if self.actors[i].id() == id => Some(i),
            // (another id of the same hash, interned first: rare)
            Some(_) => self.actors.iter().position(|a| a.id() == id),
            None => None,
        };
        (found, hash)
    }

    /// Adds `a`, of id hash `hash`, not interned yet.
    fn push(&mut self, a: DocActor<'a>, hash: u64) -> usize {
        self.index.entry(hash).or_insert(self.actors.len());
        self.actors.push(a);
        self.actors.len() - 1
    }

    /// A gazetteer actor: borrowed, not cloned.
    fn gazetteer(&mut self, a: &'a Actor) -> usize {
        match self.get(&a.id) {
            (Some(i), _) => i,
            (None, hash) => self.push(DocActor::Gazetteer(a), hash),
        }
    }

    /// A pattern's actor; a document-only one gets its id (a slug of its name).
    fn pattern(&mut self, p: PatActor<'a>) -> usize {
        let (name, kind, affiliation) = match p {
            PatActor::Gazetteer(a) => return self.gazetteer(a),
            PatActor::Person(full, affiliation) => (full, ActorKind::Person, affiliation),
            PatActor::Organisation(o) => (o, ActorKind::Organisation, None),
        };
        let id = slug(name);
        match self.get(&id) {
            (Some(i), _) => i,
            (None, hash) => self.push(
                DocActor::Own {
                    id,
                    name,
                    kind,
                    affiliation,
                },
                hash,
            ),
        }
    }
}

/// The document's names as patterns matched token by token, grouped by first word.
struct Patterns<'a> {
    gaz: &'a Gazetteer,
    /// Every candidate's words, one after the other.
    words: Vec<&'a str>,
    pats: Vec<NamePattern<'a>>,
    /// First word -> the first of the candidates of that first word (the others follow through
    /// `NamePattern::next`).
    by_first: FxMap<&'a str, usize>,
    /// A cheap filter before hashing a token: the first bytes and lengths of the first words.
    first_bytes: [bool; 256],
    lengths: u64,
    /// Whether only capitalised tokens can start a pattern.
    caps_only: bool,
    /// Every word of a pattern but its last (`sync_point`), made on the first call.
    inner_words: std::cell::OnceCell<FxSet<&'a str>>,
    /// `surname_counts`, made on its first call.
    surname_counts: std::cell::OnceCell<FxMap<&'a str, usize>>,
    /// (own name, pattern) of every pattern, sorted (`has_own_named`), made on the first call.
    by_own_name: std::cell::OnceCell<Vec<(&'a str, usize)>>,
}

impl<'a> Patterns<'a> {
    fn new(gaz: &'a Gazetteer, names: &'a Names) -> Self {
        // people named in the document: full names and surnames
        // every candidate's words, one after the other
        let n_names = names.persons().size_hint().0 * 2 + names.orgs().size_hint().0;
        let mut words: Vec<&str> = Vec::with_capacity(n_names * 3);
        let mut pats: Vec<NamePattern> = Vec::with_capacity(n_names);
        fn add<'a>(
            pats: &mut Vec<NamePattern<'a>>,
            words: &mut Vec<&'a str>,
            name: &'a str,
            source: Source<'a>,
        ) {
            let start = words.len();
            // (as `name.split(' ')`; a surname is one word)
            let mut from = 0;
            if !matches!(source, Source::Surname { .. }) {
                for (i, &b) in name.as_bytes().iter().enumerate() {
                    if b == b' ' {
                        words.push(&name[from..i]);
                        from = i + 1;
                    }
                }
            }
            words.push(&name[from..]);
            pats.push(NamePattern {
                words: start..words.len(),
                source,
                actor: std::cell::OnceCell::new(),
                next: None,
            });
        }
        for p in names.persons() {
            let full = pats.len();
            let source = Source::Person {
                full: p.full,
                affiliation: p.affiliation,
                introduced: p.introduced,
            };
            add(&mut pats, &mut words, p.full, source);
            // a person is also found by a surname that no one else in the document has
            let last = p.last();
            let chars = if last.is_ascii() {
                last.len()
            } else {
                last.chars().count()
            };
            if chars > 2 {
                add(&mut pats, &mut words, last, Source::Surname { full, last });
            }
        }
        for o in names.orgs() {
            if o.contains(' ') {
                add(&mut pats, &mut words, o, Source::Organisation(o));
            }
        }
        // the candidates by first word, chained through `next`, the longest first (then in
        // order); and the cheap filters of the first words
        let mut by_first: FxMap<&str, usize> =
            FxMap::with_capacity_and_hasher(pats.len(), Default::default());
        let mut first_bytes = [false; 256];
        let mut lengths = 0u64;
        // the tokens that may start a name: every candidate's first word is a word token (names
        // and organisations are runs of words), and nearly always a capitalised one (not in
        // "church of Scientology"): then only the capitalised words
        let mut caps_only = true;
        for k in 0..pats.len() {
            let (w, len) = (words[pats[k].words.start], pats[k].words.len());
            match by_first.entry(w) {
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(k);
                    first_bytes[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
                    lengths |= 1 << w.len().min(63);
                    caps_only &= is_cap(w);
                }
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let head = *e.get();
                    if pats[head].words.len() < len {
                        pats[k].next = Some(head);
                        *e.get_mut() = k;
                    } else {
                        // (after the candidates as long or longer)
                        let mut j = head;
                        while let Some(n) = pats[j].next.filter(|&n| pats[n].words.len() >= len) {
                            j = n;
                        }
                        pats[k].next = pats[j].next;
                        pats[j].next = Some(k);
                    }
                }
            }
        }
        Patterns {
            gaz,
            words,
            pats,
            by_first,
            first_bytes,
            lengths,
            caps_only,
            inner_words: std::cell::OnceCell::new(),
            surname_counts: std::cell::OnceCell::new(),
            by_own_name: std::cell::OnceCell::new(),
        }
    }

    /// The actor of candidate `k`, or none if it is no pattern: a full name of a person the
    /// gazetteer knows, or of one `people::kind_of` takes for a person or an organisation; the
    /// surname of such a person (not an organisation) when it is no gazetteer alias; an
    /// organisation name the gazetteer does not know.
    fn actor(&self, k: usize) -> Option<PatActor<'a>> {
        *self.pats[k]
            .actor
            .get_or_init(|| match self.pats[k].source {
                Source::Person {
                    full,
                    affiliation,
                    introduced,
                } => match self.gaz.lookup(full) {
                    Some(a) if a.kind == ActorKind::Person => Some(PatActor::Gazetteer(a)),
                    Some(_) => None, // a country or organisation name, not a person
                    None => {
                        let p = DocPerson {
                            full,
                            affiliation,
                            introduced,
                        };
                        match people::kind_of(&p) {
                            Some(ActorKind::Person) => Some(PatActor::Person(full, affiliation)),
                            // "Corvane Logistics": a company the name collector took for a person
                            Some(_) => Some(PatActor::Organisation(full)),
                            None => None,
                        }
                    }
                },
                Source::Surname { full, last } => self.actor(full).filter(|a| {
                    !matches!(a, PatActor::Organisation(_))
                        && self.surname_counts().get(last) == Some(&1)
                        && self.gaz.lookup(last).is_none()
                }),
                Source::Organisation(o) => self
                    .gaz
                    .lookup(o)
                    .is_none()
                    .then_some(PatActor::Organisation(o)),
            })
    }

    /// The persons named in the document (the sources of the full-name candidates).
    fn persons(&self) -> impl Iterator<Item = DocPerson<'a>> + '_ {
        self.pats.iter().filter_map(|p| match p.source {
            Source::Person {
                full,
                affiliation,
                introduced,
            } => Some(DocPerson {
                full,
                affiliation,
                introduced,
            }),
            _ => None,
        })
    }

    /// How many persons of the document have each surname, counted on the first call (a
    /// surname names a person only when no one else has it).
    fn surname_counts(&self) -> &FxMap<&'a str, usize> {
        self.surname_counts.get_or_init(|| {
            let mut counts = FxMap::default();
            for p in self.persons() {
                *counts.entry(p.last()).or_insert(0) += 1;
            }
            counts
        })
    }

    /// The name of the document's own actor candidate `k` would stand for.
    fn own_name(&self, k: usize) -> &'a str {
        match self.pats[k].source {
            Source::Person { full, .. } | Source::Organisation(full) => full,
            Source::Surname { full, .. } => self.own_name(full),
        }
    }

    /// Whether an own actor of the pattern matches `found` may share its id with a gazetteer
    /// actor or with another actor of the document (a slug of a name equal to another's or to a
    /// gazetteer id; rare): then which one a mention stands for depends on the order of first
    /// mention in the whole document.
    fn id_clash(&self, found: &[(usize, usize, usize)]) -> bool {
        // (each once: an actor is often mentioned several times; a set, since a long document
        // has thousands)
        let mut own: Vec<(u64, PatActor)> = Vec::new();
        let mut seen: FxSet<(bool, &str, Option<&str>)> = FxSet::default();
        for a in found.iter().filter_map(|&(k, _, _)| self.actor(k)) {
            let key = match a {
                PatActor::Gazetteer(_) => continue,
                PatActor::Person(n, aff) => (true, n, aff),
                PatActor::Organisation(n) => (false, n, None),
            };
            if seen.insert(key) {
                own.push((slug_hash(a.name()), a));
            }
        }
        if own.is_empty() {
            return false;
        }
        if own.iter().any(|&(h, _)| self.gaz.may_have_id_hash(h)) {
            return true;
        }
        // another actor of the document of such an id, told only then: a full name or an
        // organisation (a surname stands for the actor of its full name); the own actors by
        // slug hash (a name equal to an own actor's has its hash)
        own.sort_unstable_by_key(|&(h, _)| h);
        // (slugs of names whose first bytes are ASCII letters or digits that differ upper-cased
        // differ: most names need no hash)
        let mut firsts = [false; 128];
        for (_, a) in &own {
            match a.name().as_bytes()[0] {
                b if b.is_ascii_alphanumeric() => {
                    firsts[usize::from(b.to_ascii_uppercase())] = true
                }
                _ => firsts.fill(true),
            }
        }
        (0..self.pats.len())
            .filter(|&k| !matches!(self.pats[k].source, Source::Surname { .. }))
            .any(|k| {
                let name = self.own_name(k);
                let b = name.as_bytes()[0];
                if b.is_ascii_alphanumeric() && !firsts[usize::from(b.to_ascii_uppercase())] {
                    return false;
                }
                let h = slug_hash(name);
                let lo = own.partition_point(|&(o, _)| o < h);
                own[lo..]
                    .iter()
                    .take_while(|&&(o, _)| o == h)
                    .any(|(_, a)| {
                        self.actor(k)
                            .is_some_and(|b| !matches!(b, PatActor::Gazetteer(_)) && !b.same_own(a))
                    })
            })
    }

    /// Whether a pattern stands for a document's own actor named `name` (when the gazetteer
    /// has no actor of that name, no pattern of a gazetteer actor has it).
    fn has_own_named(&self, name: &str) -> bool {
        // (the patterns by own name, sorted, made on the first call: asked once per speaker and
        // addressee, a search of every pattern was quadratic in a long document)
        let by_name = self.by_own_name.get_or_init(|| {
            let mut v: Vec<(&'a str, usize)> = (0..self.pats.len())
                .map(|k| (self.own_name(k), k))
                .collect();
            v.sort_unstable();
            v
        });
        let lo = by_name.partition_point(|&(n, _)| n < name);
        by_name[lo..]
            .iter()
            .take_while(|&&(n, _)| n == name)
            .any(|&(_, k)| {
                self.actor(k)
                    .is_some_and(|a| !matches!(a, PatActor::Gazetteer(_)))
            })
    }

    /// A token index at or before `k` such that no match covers both the token before it and
    /// it (the token before is no pattern's word but its last, matched as written): a scan from
    /// there finds what a scan from the first token finds from there.
    fn sync_point(&self, doc: &Doc, mut k: usize) -> usize {
        // (the words of the patterns but their last, made on the first call: a short document
        // asks a few times, a long one once per run of quotes)
        let inner = self.inner_words.get_or_init(|| {
            self.pats
                .iter()
                .flat_map(|p| self.words[p.words.start..p.words.end - 1].iter().copied())
                .collect()
        });
        while k > 0 && inner.contains(doc.tok(k - 1)) {
            k -= 1;
        }
        k
    }

    /// The matches (pattern, start, end) found from token `from` (0 or a `sync_point`) on,
    /// leftmost and then longest, resuming after each, that start before byte `to`.
    fn scan(
        &self,
        doc: &Doc,
        names: &Names,
        from: usize,
        to: usize,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        if self.pats.is_empty() {
            return;
        }
        if self.caps_only {
            let caps = names.cap_tokens();
            let lo = caps.partition_point(|&c| c < from);
            self.scan_starts(doc, from, to, caps[lo..].iter().copied(), out);
        } else {
            self.scan_starts(doc, from, to, from..doc.tokens.len(), out);
        }
    }

    /// `scan`, trying the tokens `starts` (ascending) as a match's first token: linear, and no
    /// automaton to build per document.
    fn scan_starts(
        &self,
        doc: &Doc,
        from: usize,
        to: usize,
        starts: impl Iterator<Item = usize>,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let text = doc.text;
        let toks = &doc.tokens;
        let word = |i: usize| strip_possessive(doc.tok(i));
        // the token after the last match
        let mut i = from;
        for c in starts {
            if c < i {
                continue;
            }
            i = c;
            // (the first byte of a word is the first byte of its token)
            let t = &toks[i];
            if t.start >= to {
                break;
            }
            if t.kind != crate::text::TokenKind::Word
                || !self.first_bytes[usize::from(text.as_bytes()[t.start])]
            {
                continue;
            }
            let w = word(i);
            if self.lengths & (1 << w.len().min(63)) == 0 {
                continue;
            }
            let Some(&head) = self.by_first.get(w) else {
                continue;
            };
            let hit = std::iter::successors(Some(head), |&k| self.pats[k].next).find(|&k| {
                let pw = &self.words[self.pats[k].words.clone()];
                i + pw.len() <= toks.len()
                    && pw.iter().enumerate().all(|(j, w)| {
                        let t = doc.tok(i + j);
                        // only the last word may carry a possessive
                        if j + 1 == pw.len() {
                            strip_possessive(t) == *w
                        } else {
                            t == *w
                        }
                    })
                    && self.actor(k).is_some()
            });
            match hit {
                Some(k) => {
                    let n = self.pats[k].words.len();
                    let s = toks[i].start;
                    let last = i + n - 1;
                    let e = toks[last].start + word(last).len();
                    out.push((k, s, e));
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

/// Whether a mention `s..e` overlaps one of `mentions` (sorted by start, not overlapping).
fn overlaps(mentions: &[(usize, usize, usize)], s: usize, e: usize) -> bool {
    let i = mentions.partition_point(|&(_, _, ge)| ge <= s);
    mentions.get(i).is_some_and(|&(_, gs, _)| gs < e)
}

/// Spans of `DocActors::find_in` less than this many bytes apart are scanned in one run: the
/// bytes between cost less to scan than a scan's start.
const SPAN_RUN_GAP: usize = 48;

/// What a [`DocActors`] built for some spans keeps to build the whole document's actors, for
/// the rare look-up the spans cannot answer.
struct Whole<'a> {
    doc: &'a Doc<'a>,
    gaz: &'a Gazetteer,
    names: &'a Names,
    pats: Patterns<'a>,
    actors: std::cell::OnceCell<DocActors<'a>>,
}

impl<'a> DocActors<'a> {
    /// Finds gazetteer actors and the document's own people and organisations.
    /// (`names`: the names of `doc`.)
    pub fn find(doc: &Doc, gaz: &'a Gazetteer, names: &'a Names) -> Self {
        Self::whole(doc, gaz, names, &Patterns::new(gaz, names))
    }

    fn whole(doc: &Doc, gaz: &'a Gazetteer, names: &Names, pats: &Patterns<'a>) -> Self {
        let gaz_matches = gaz.find(doc.text);
        let mut interner = Interner {
            actors: Vec::with_capacity(16),
            index: FxMap::with_capacity_and_hasher(16, Default::default()),
        };
        let mut mentions = Vec::with_capacity(gaz_matches.len() * 2 + 16);
        for m in gaz_matches {
            let i = interner.gazetteer(gaz.actor(m.actor));
            mentions.push((i, m.start, m.end));
        }
        let mut found = Vec::new();
        pats.scan(doc, names, 0, usize::MAX, &mut found);
        // the document's own names, in order, but where the gazetteer names something
        let mut own = Vec::with_capacity(found.len());
        // the index in `actors` of each pattern's actor, once it has matched
        let mut pat_index: Vec<Option<usize>> = vec![None; pats.pats.len()];
        for (k, s, e) in found {
            if !overlaps(&mentions, s, e) {
                let a = *pat_index[k].get_or_insert_with(|| {
                    interner.pattern(pats.actor(k).expect("a pattern's match"))
                });
                own.push((a, s, e));
            }
        }
        DocActors {
            actors: interner.actors,
            mentions: merge_by_start(mentions, own),
            whole: None,
        }
    }

    /// The mentions of [`find`](Self::find) that overlap `spans` (or end at their start), for
    /// [`in_span`](Self::in_span) inside a span and [`for_entity`](Self::for_entity) for an
    /// entity inside one, without scanning the rest of the document. `spans`: sorted by start.
    pub fn find_in(
        doc: &'a Doc<'a>,
        gaz: &'a Gazetteer,
        names: &'a Names,
        spans: &[std::ops::Range<usize>],
    ) -> Self {
        let pats = Patterns::new(gaz, names);
        let text = doc.text;
        let toks = &doc.tokens;
        let (mut gaz_kept, mut own_kept) = (Vec::new(), Vec::new());
        let (mut gm, mut om) = (Vec::new(), Vec::new());
        let mut gaz_in = Vec::new();
        // the greatest end of the run's spans up to each (spans are sorted by start)
        let mut ends_so_far: Vec<usize> = Vec::new();
        // spans close together are looked at in one run of both scans (each scan has its cost
        // of starting), keeping what the spans would keep one by one
        let mut r0 = 0;
        while r0 < spans.len() {
            let mut r1 = r0 + 1;
            while r1 < spans.len() && spans[r1].start < spans[r1 - 1].end + SPAN_RUN_GAP {
                r1 += 1;
            }
            let run = &spans[r0..r1];
            r0 = r1;
            let a = run[0].start;
            let b = run.iter().map(|r| r.end).fold(a, usize::max);
            // what a span keeps: the names that end after its start and start before its end (a
            // search, not a loop over the run: one paragraph of thousands of quotes is one run)
            ends_so_far.clear();
            ends_so_far.extend(run.iter().scan(0, |m, r| {
                *m = r.end.max(*m);
                Some(*m)
            }));
            let kept = |s: usize, e: usize| {
                let j = run.partition_point(|r| r.start < e);
                j > 0 && ends_so_far[j - 1] > s
            };
            // the names of the run: a scan from a token where no name can be under way (a name
            // is a run of consecutive tokens)
            om.clear();
            let k = toks.partition_point(|t| t.end <= a);
            pats.scan(doc, names, pats.sync_point(doc, k), b, &mut om);
            om.retain(|&(_, s, e)| kept(s, e));
            // the gazetteer's mentions from where no alias can be under way up to the end of
            // the last name: all those a kept name may overlap
            let lo = om.first().map_or(a, |&(_, s, _)| s.min(a));
            let hi = om.iter().map(|&(_, _, e)| e).fold(b, usize::max);
            gaz_in.clear();
            gaz.find_in(text, gaz.sync_point(text, lo), hi, &mut gaz_in);
            gm.clear();
            gm.extend(gaz_in.iter().map(|m| (m.actor, m.start, m.end)));
            om.retain(|&(_, s, e)| !overlaps(&gm, s, e));
            gaz_kept.extend(gm.iter().filter(|&&(_, s, e)| kept(s, e)));
            own_kept.extend_from_slice(&om);
        }
        // (spans may share mentions: mentions do not overlap, so a start names one)
        for v in [&mut gaz_kept, &mut own_kept] {
            v.sort_by_key(|&(_, s, _)| s);
            v.dedup_by_key(|&mut (_, s, _)| s);
        }
        if pats.id_clash(&own_kept) {
            return Self::whole(doc, gaz, names, &pats);
        }
        // (no actor of the document shares an id with another: the interning order matters not)
        let mut interner = Interner {
            actors: Vec::with_capacity(16),
            index: FxMap::with_capacity_and_hasher(16, Default::default()),
        };
        for m in &mut gaz_kept {
            m.0 = interner.gazetteer(gaz.actor(m.0));
        }
        let mut pat_index: Vec<Option<usize>> = vec![None; pats.pats.len()];
        for m in &mut own_kept {
            let k = m.0;
            m.0 = *pat_index[k]
                .get_or_insert_with(|| interner.pattern(pats.actor(k).expect("a pattern's match")));
        }
        DocActors {
            actors: interner.actors,
            mentions: merge_by_start(gaz_kept, own_kept),
            whole: Some(Box::new(Whole {
                doc,
                gaz,
                names,
                pats,
                actors: std::cell::OnceCell::new(),
            })),
        }
    }

    /// The actors named inside `start..end`, grouped, in order of first mention.
    pub fn in_span(&self, text: &str, start: usize, end: usize) -> Vec<QuoteActor> {
        let lo = self.mentions.partition_point(|&(_, s, _)| s < start);
        let mut out: Vec<QuoteActor> = Vec::new();
        for &(i, s, e) in self.mentions[lo..].iter().take_while(|&&(_, s, _)| s < end) {
            if e > end {
                continue;
            }
            let a = &self.actors[i];
            let m = Mention {
                text: text[s..e].to_string(),
                start: s,
                end: e,
            };
            // (actors are interned by id: one index per id, and the few entries of `out` are
            // told apart by their ids)
            match out.iter_mut().find(|q| q.id == a.id()) {
                Some(q) => q.mentions.push(m),
                None => out.push(QuoteActor {
                    id: a.id().to_string(),
                    name: a.name().to_string(),
                    kind: a.kind(),
                    mentions: vec![m],
                }),
            }
        }
        out
    }

    /// The actor an addressee or speaker entity names, if it is one. (Built by
    /// [`find_in`](Self::find_in): the entity must lie inside one of its spans.)
    pub fn for_entity(&self, gaz: &Gazetteer, e: &Entity) -> Option<Actor> {
        if let Some(a) = gaz.lookup(&e.name) {
            return Some(a.clone());
        }
        // mentions are sorted by start: look only at those that can overlap the entity's span
        let lo = self
            .mentions
            .partition_point(|&(_, s, _)| s + 256 < e.start);
        if let Some(&(i, _, _)) = self.mentions[lo..]
            .iter()
            .take_while(|&&(_, s, _)| s < e.end)
            .find(|&&(_, s, en)| s <= e.start && e.end <= en || (s >= e.start && en <= e.end))
        {
            let a = &self.actors[i];
            if a.name() == e.name || e.kind != EntityKind::Person || a.kind() == ActorKind::Person {
                return Some(a.to_actor());
            }
        }
        // an actor of that name anywhere in the document: when built for some spans, the whole
        // document's actors, if any gazetteer actor or document name can have that name
        let actors = match &self.whole {
            None => &self.actors,
            Some(w) => {
                if !gaz.may_have_name(&e.name) && !w.pats.has_own_named(&e.name) {
                    &[][..]
                } else {
                    &w.actors
                        .get_or_init(|| Self::whole(w.doc, w.gaz, w.names, &w.pats))
                        .actors
                }
            }
        };
        actors
            .iter()
            .find(|a| a.name() == e.name)
            .map(DocActor::to_actor)
            .or_else(|| {
                // an addressee is a person by what it does, unless its words say
                // otherwise: "told LA Weekly" names a publication
                let kind = match people::shape(e.name.split(' ')) {
                    _ if e.kind != EntityKind::Person => return None,
                    people::Shape::Person => ActorKind::Person,
                    people::Shape::Organisation => ActorKind::Organisation,
                    people::Shape::Thing | people::Shape::NotAName => return None,
                };
                Some(Actor {
                    id: slug(&e.name),
                    name: e.name.clone(),
                    kind,
                    affiliation: e.affiliation.clone(),
                })
            })
    }
}

/// Two lists of mentions sorted by start, merged (on equal starts, `a`'s first).
fn merge_by_start(
    a: Vec<(usize, usize, usize)>,
    b: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, usize)> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        out.push(if y.1 < x.1 { b.next() } else { a.next() }.expect("peeked"));
    }
    out.extend(a);
    out.extend(b);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_in` answers `in_span` and `for_entity` inside its spans as `find` does.
    #[test]
    fn find_in_agrees_with_find_inside_the_spans() {
        let gaz = Gazetteer::embedded();
        let mut texts: Vec<String> = vec![
            include_str!("../../benches/data/seed_article.txt").to_string(),
            "The United States and the State of Georgia. “United States Secretary John \
             Smith met Georgia’s envoy,” said Jean-Paul Sartre of the Corvane Logistics \
             board, and Smith told Sartre: “Washington and Moscow, with Al Qaeda.”"
                .to_string(),
        ];
        for entry in std::fs::read_dir("tests/golden").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        for text in &texts {
            let doc = Doc::new(text);
            let names = Names::build(&doc);
            let whole = DocActors::find(&doc, &gaz, &names);
            // spans of every length at many offsets, one at a time and all together
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(7)
                .collect();
            let mut all = Vec::new();
            for (k, &a) in bounds.iter().enumerate() {
                for &b in bounds[k..].iter().step_by(k % 5 + 1).take(6) {
                    let part =
                        DocActors::find_in(&doc, &gaz, &names, std::slice::from_ref(&(a..b)));
                    assert_eq!(
                        part.in_span(text, a, b),
                        whole.in_span(text, a, b),
                        "{a}..{b}"
                    );
                    if k % 3 == 0 {
                        all.push(a..b);
                    }
                }
            }
            all.sort_by_key(|r| r.start);
            let part = DocActors::find_in(&doc, &gaz, &names, &all);
            for r in &all {
                assert_eq!(
                    part.in_span(text, r.start, r.end),
                    whole.in_span(text, r.start, r.end)
                );
            }
            // entities at every run of one to three capitalised tokens
            let caps = names.cap_tokens();
            for (k, &t) in caps.iter().enumerate() {
                for n in 1..=3 {
                    let Some(&last) = caps.get(k + n - 1) else {
                        break;
                    };
                    let (start, end) = (doc.tokens[t].start, doc.tokens[last].end);
                    for kind in [EntityKind::Person, EntityKind::Organisation] {
                        let e = Entity {
                            name: text[start..end].to_string(),
                            mention: text[start..end].to_string(),
                            start,
                            end,
                            kind,
                            title: None,
                            affiliation: None,
                        };
                        let part = DocActors::find_in(
                            &doc,
                            &gaz,
                            &names,
                            std::slice::from_ref(&(start.saturating_sub(1)..end)),
                        );
                        assert_eq!(
                            part.for_entity(&gaz, &e),
                            whole.for_entity(&gaz, &e),
                            "{e:?}"
                        );
                    }
                }
            }
        }
    }
}
