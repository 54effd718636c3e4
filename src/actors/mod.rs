//! Stage 4, actors: the gazetteer of countries, capitals, demonyms, organisations and leaders with
//! canonical ids, plus the people and organisations named in the document itself.

mod gazetteer;
mod people;

use crate::attribution::np::is_cap;
use crate::attribution::{Entity, EntityKind, Names};
use crate::text::{strip_possessive, Doc, FxBuild, FxMap};
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
    /// The words as written ("America").
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

/// A document name to look for: its words (a range of the word list) and its actor.
struct NamePattern<'a> {
    words: std::ops::Range<usize>,
    actor: PatActor<'a>,
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

impl<'a> DocActors<'a> {
    /// Finds gazetteer actors and the document's own people and organisations.
    /// (`names`: the names of `doc`.)
    pub fn find(doc: &Doc, gaz: &'a Gazetteer, names: &'a Names) -> Self {
        let text = doc.text;
        let gaz_matches = gaz.find(text);
        let mut interner = Interner {
            actors: Vec::with_capacity(16),
            index: FxMap::with_capacity_and_hasher(16, Default::default()),
        };
        let mut mentions = Vec::with_capacity(gaz_matches.len() * 2 + 16);
        for m in gaz_matches {
            let i = interner.gazetteer(gaz.actor(m.actor));
            mentions.push((i, m.start, m.end));
        }
        // people named in the document: full names and surnames
        // (the actor of a pattern is built, slug and all, only when the pattern matches)
        let mut surname_count: FxMap<&str, usize> =
            FxMap::with_capacity_and_hasher(names.persons().size_hint().0, Default::default());
        for p in names.persons() {
            *surname_count.entry(p.last()).or_default() += 1;
        }
        // every pattern's words, one after the other
        let n_names = names.persons().size_hint().0 * 2 + names.orgs().size_hint().0;
        let mut words: Vec<&str> = Vec::with_capacity(n_names * 3);
        let mut pats: Vec<NamePattern> = Vec::with_capacity(n_names);
        fn add<'a>(
            pats: &mut Vec<NamePattern<'a>>,
            words: &mut Vec<&'a str>,
            name: &'a str,
            actor: PatActor<'a>,
        ) {
            let start = words.len();
            // (as `name.split(' ')`)
            let mut from = 0;
            for (i, &b) in name.as_bytes().iter().enumerate() {
                if b == b' ' {
                    words.push(&name[from..i]);
                    from = i + 1;
                }
            }
            words.push(&name[from..]);
            pats.push(NamePattern {
                words: start..words.len(),
                actor,
            });
        }
        for p in names.persons() {
            let actor = match gaz.lookup(p.full) {
                Some(a) if a.kind == ActorKind::Person => PatActor::Gazetteer(a),
                Some(_) => continue, // a country or organisation name, not a person
                None => match people::kind_of(&p) {
                    Some(ActorKind::Person) => PatActor::Person(p.full, p.affiliation),
                    // "Corvane Logistics": a company the name collector took for a person
                    Some(_) => PatActor::Organisation(p.full),
                    None => continue,
                },
            };
            add(&mut pats, &mut words, p.full, actor);
            // a person is also found by a surname that no one else in the document has
            let person = !matches!(actor, PatActor::Organisation(_));
            if person {
                let last = p.last();
                if surname_count.get(last) == Some(&1)
                    && last.chars().count() > 2
                    && gaz.lookup(last).is_none()
                {
                    add(&mut pats, &mut words, last, actor);
                }
            }
        }
        for o in names.orgs() {
            if !o.contains(' ') || gaz.lookup(o).is_some() {
                continue;
            }
            add(&mut pats, &mut words, o, PatActor::Organisation(o));
        }
        // the patterns grouped by first word, the longest first (then in order): the candidates
        // for a first word are a range of `order`
        let mut by_first: FxMap<&str, usize> =
            FxMap::with_capacity_and_hasher(pats.len(), Default::default());
        let group: Vec<usize> = pats
            .iter()
            .map(|p| {
                let n = by_first.len();
                *by_first.entry(words[p.words.start]).or_insert(n)
            })
            .collect();
        // (a counting sort by group, then each group's few patterns by length)
        let mut starts = vec![0usize; by_first.len() + 1];
        for &g in &group {
            starts[g + 1] += 1;
        }
        for g in 0..by_first.len() {
            starts[g + 1] += starts[g];
        }
        let mut order = vec![0usize; pats.len()];
        let mut fill = starts.clone();
        for (k, &g) in group.iter().enumerate() {
            order[fill[g]] = k;
            fill[g] += 1;
        }
        let cands: Vec<std::ops::Range<usize>> = starts.windows(2).map(|w| w[0]..w[1]).collect();
        for r in &cands {
            order[r.clone()].sort_by_key(|&k| std::cmp::Reverse(pats[k].words.len()));
        }
        // a cheap filter before hashing a token: the first bytes and lengths of the first words
        let mut first_bytes = [false; 256];
        let mut lengths = 0u64;
        for w in by_first.keys() {
            first_bytes[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
            lengths |= 1 << w.len().min(63);
        }
        // the index in `actors` of each pattern's actor, once it has matched
        let mut pat_index: Vec<Option<usize>> = vec![None; pats.len()];
        let overlaps_gazetteer = |s: usize, e: usize| {
            let i = mentions.partition_point(|&(_, _, ge)| ge <= s);
            mentions.get(i).is_some_and(|&(_, gs, _)| gs < e)
        };
        // mentions of the document's own names, in order (none overlaps a gazetteer mention)
        let mut own = Vec::new();
        // match the names word by word over the document's tokens: linear, and no automaton to
        // build per document
        let toks = &doc.tokens;
        let word = |i: usize| strip_possessive(doc.tok(i));
        // the tokens that may start a name: every pattern's first word is a word token (names
        // and organisations are runs of words), and nearly always a capitalised one (not in
        // "church of Scientology"): then only the capitalised words
        let every_token: Vec<usize>;
        let starts = if by_first.is_empty() {
            &[]
        } else if by_first.keys().all(|w| is_cap(w)) {
            names.cap_tokens()
        } else {
            every_token = (0..toks.len()).collect();
            &every_token
        };
        // the token after the last match
        let mut i = 0;
        for &c in starts {
            if c < i {
                continue;
            }
            i = c;
            // (the first byte of a word is the first byte of its token)
            let t = &toks[i];
            if t.kind != crate::text::TokenKind::Word
                || !first_bytes[usize::from(text.as_bytes()[t.start])]
            {
                continue;
            }
            let w = word(i);
            if lengths & (1 << w.len().min(63)) == 0 {
                continue;
            }
            let Some(&g) = by_first.get(w) else {
                continue;
            };
            let hit = order[cands[g].clone()].iter().copied().find(|&k| {
                let pw = &words[pats[k].words.clone()];
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
            });
            match hit {
                Some(k) => {
                    let n = pats[k].words.len();
                    let s = toks[i].start;
                    let last = i + n - 1;
                    let e = toks[last].start + word(last).len();
                    if !overlaps_gazetteer(s, e) {
                        let a =
                            *pat_index[k].get_or_insert_with(|| interner.pattern(pats[k].actor));
                        own.push((a, s, e));
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        DocActors {
            actors: interner.actors,
            mentions: merge_by_start(mentions, own),
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

    /// The actor an addressee or speaker entity names, if it is one.
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
        self.actors
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
