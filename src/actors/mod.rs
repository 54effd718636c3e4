//! Stage 4, actors: the gazetteer of countries, capitals, demonyms, organisations and leaders with
//! canonical ids, plus the people and organisations named in the document itself.

mod gazetteer;
mod people;

use crate::attribution::{Entity, EntityKind, Names};
use crate::text::{strip_possessive, Doc, FxMap};
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
pub(crate) struct DocActors {
    pub actors: Vec<Actor>,
    /// (actor index, start, end), sorted by start.
    pub mentions: Vec<(usize, usize, usize)>,
}

fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    if name.is_ascii() {
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                s.push(char::from(b.to_ascii_uppercase()));
            } else if !s.ends_with('_') && !s.is_empty() {
                s.push('_');
            }
        }
        s.truncate(s.trim_end_matches('_').len());
        return s;
    }
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

impl PatActor<'_> {
    fn actor(self) -> Actor {
        match self {
            PatActor::Gazetteer(a) => a.clone(),
            PatActor::Person(full, affiliation) => Actor {
                id: slug(full),
                name: full.to_string(),
                kind: ActorKind::Person,
                affiliation: affiliation.map(str::to_string),
            },
            PatActor::Organisation(o) => Actor {
                id: slug(o),
                name: o.to_string(),
                kind: ActorKind::Organisation,
                affiliation: None,
            },
        }
    }
}

impl DocActors {
    /// Finds gazetteer actors and the document's own people and organisations.
    pub fn find(doc: &Doc, gaz: &Gazetteer, names: &Names) -> Self {
        let text = doc.text;
        let mut actors: Vec<Actor> = Vec::new();
        let mut index: FxMap<String, usize> = FxMap::default();
        // clone an actor only the first time the document names it
        let mut intern = |a: &Actor, actors: &mut Vec<Actor>| -> usize {
            if let Some(&i) = index.get(a.id.as_str()) {
                return i;
            }
            actors.push(a.clone());
            index.insert(a.id.clone(), actors.len() - 1);
            actors.len() - 1
        };
        let gaz_matches = gaz.find(text);
        let mut mentions = Vec::with_capacity(gaz_matches.len() * 2 + 16);
        for m in gaz_matches {
            let i = intern(gaz.actor(m.actor), &mut actors);
            mentions.push((i, m.start, m.end));
        }
        // people named in the document: full names and surnames
        // (the actor of a pattern is built, slug and all, only when the pattern matches)
        let mut pats: Vec<&str> = Vec::new();
        let mut pat_actor: Vec<PatActor> = Vec::new();
        let mut surname_count: FxMap<&str, usize> = FxMap::default();
        let persons: Vec<_> = names.persons().collect();
        for p in &persons {
            if let Some(last) = p.parts.last() {
                *surname_count.entry(last.as_str()).or_default() += 1;
            }
        }
        for p in &persons {
            let actor = match gaz.lookup(p.full) {
                Some(a) if a.kind == ActorKind::Person => PatActor::Gazetteer(a),
                Some(_) => continue, // a country or organisation name, not a person
                None if !people::is_person(p) => continue,
                None => PatActor::Person(p.full, p.affiliation),
            };
            pats.push(p.full);
            pat_actor.push(actor);
            if let Some(last) = p.parts.last() {
                if surname_count.get(last.as_str()) == Some(&1)
                    && last.chars().count() > 2
                    && gaz.lookup(last).is_none()
                {
                    pats.push(last);
                    pat_actor.push(actor);
                }
            }
        }
        for o in names.orgs() {
            if o.split(' ').count() < 2 || gaz.lookup(o).is_some() {
                continue;
            }
            pats.push(o);
            pat_actor.push(PatActor::Organisation(o));
        }
        // the index in `actors` of each pattern's actor, once it has matched
        let mut pat_index: Vec<Option<usize>> = vec![None; pats.len()];
        // match the names word by word over the document's tokens: linear, and no automaton to
        // build per document
        let mut by_first: FxMap<&str, Vec<(Vec<&str>, usize)>> = FxMap::default();
        // a cheap filter before hashing a token: the first bytes and lengths of the first words
        let mut first_bytes = [false; 256];
        let mut lengths = 0u64;
        for (k, p) in pats.iter().enumerate() {
            let words: Vec<&str> = p.split(' ').collect();
            first_bytes[usize::from(words[0].as_bytes().first().copied().unwrap_or(0))] = true;
            lengths |= 1 << words[0].len().min(63);
            by_first.entry(words[0]).or_default().push((words, k));
        }
        for cands in by_first.values_mut() {
            cands.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let gaz_spans: Vec<(usize, usize)> = mentions.iter().map(|&(_, s, e)| (s, e)).collect();
        let overlaps_gazetteer = |s: usize, e: usize| {
            let i = gaz_spans.partition_point(|&(_, ge)| ge <= s);
            gaz_spans.get(i).is_some_and(|&(gs, _)| gs < e)
        };
        let toks = &doc.tokens;
        let word = |i: usize| strip_possessive(doc.tok(i));
        let mut i = 0;
        // every pattern's first word is a word token (names and organisations are runs of words)
        let n_toks = if by_first.is_empty() { 0 } else { toks.len() };
        while i < n_toks {
            // (the first byte of a word is the first byte of its token)
            let t = &toks[i];
            if t.kind != crate::text::TokenKind::Word
                || !first_bytes[usize::from(text.as_bytes()[t.start])]
            {
                i += 1;
                continue;
            }
            let w = word(i);
            if lengths & (1 << w.len().min(63)) == 0 {
                i += 1;
                continue;
            }
            let Some(cands) = by_first.get(w) else {
                i += 1;
                continue;
            };
            let hit = cands.iter().find(|(words, _)| {
                i + words.len() <= toks.len()
                    && words.iter().enumerate().all(|(j, w)| {
                        let t = doc.tok(i + j);
                        // only the last word may carry a possessive
                        if j + 1 == words.len() {
                            strip_possessive(t) == *w
                        } else {
                            t == *w
                        }
                    })
            });
            match hit {
                Some((words, k)) => {
                    let s = toks[i].start;
                    let last = i + words.len() - 1;
                    let e = toks[last].start + word(last).len();
                    if !overlaps_gazetteer(s, e) {
                        let a = match pat_index[*k] {
                            Some(a) => a,
                            None => {
                                let a = match pat_actor[*k] {
                                    PatActor::Gazetteer(a) => intern(a, &mut actors),
                                    other => intern(&other.actor(), &mut actors),
                                };
                                pat_index[*k] = Some(a);
                                a
                            }
                        };
                        mentions.push((a, s, e));
                    }
                    i += words.len();
                }
                None => i += 1,
            }
        }
        mentions.sort_by_key(|&(_, s, _)| s);
        DocActors { actors, mentions }
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
            match out.iter_mut().find(|q| q.id == a.id) {
                Some(q) => q.mentions.push(m),
                None => out.push(QuoteActor {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    kind: a.kind,
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
            if a.name == e.name || e.kind != EntityKind::Person || a.kind == ActorKind::Person {
                return Some(a.clone());
            }
        }
        self.actors
            .iter()
            .find(|a| a.name == e.name)
            .cloned()
            .or_else(|| {
                // a speaker or addressee is a person by what it does, unless its words say
                // otherwise: "told LA Weekly" names a publication
                let kind = match people::shape(e.name.split(' ')) {
                    _ if e.kind != EntityKind::Person => return None,
                    people::Shape::Person => ActorKind::Person,
                    people::Shape::Thing => ActorKind::Organisation,
                    people::Shape::NotAName => return None,
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
