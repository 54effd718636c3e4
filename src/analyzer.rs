//! The one-line entry point: [`Analyzer::analyze`] runs every stage on a document.

use crate::actors::{ActorKind, DocActors, Gazetteer, GazetteerError, Mention, QuoteActor};
use crate::attribution::{self, Entity, Names};
use crate::features::StanceInput;
use crate::quotes::{self, QuoteKind};
use crate::stance::{ModelError, Prediction, Probabilities, Stance, StanceModel};
use crate::text::Doc;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// The actor a stance is about: `{"id", "name", "kind"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActorRef {
    /// Canonical id ("USA", "VLADIMIR_PUTIN").
    pub id: String,
    /// Display name.
    pub name: String,
    /// Country, organisation, person or group.
    pub kind: ActorKind,
}

/// The speaker's stance toward one actor of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorStance {
    /// Which actor.
    pub actor: ActorRef,
    /// The most probable stance.
    pub stance: Stance,
    /// Probabilities of all three stances.
    pub probabilities: Probabilities,
}

/// One quote with its speaker, addressee, actors and stances.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the enclosing quote marks: `input[start..end] == text`.
    pub text: String,
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// Byte offset just after `text`.
    pub end: usize,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, if it can be told.
    pub speaker: Option<Entity>,
    /// To whom it was said ("told Putin"), if named.
    pub addressee: Option<Entity>,
    /// The cue verb as written ("told", "said", "according to").
    pub cue: Option<String>,
    /// The medium that relayed it ("Iranian state television"), when a speaker is also given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub channel: Option<String>,
    /// Actors named in the quote, and the addressee when it is an actor.
    pub actors: Vec<QuoteActor>,
    /// One stance per entry of `actors`, in the same order. An addressee the quote does not name
    /// (not even as "you" or through its country), and every actor of a wire service's own
    /// narration ("..., Reuters reports"), is neutral by rule, with probabilities
    /// 0.25 / 0.25 / 0.5.
    pub stances: Vec<ActorStance>,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Quotes in document order.
    pub quotes: Vec<Quote>,
}

/// Input that is not text.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The bytes are not UTF-8.
    #[error("not valid UTF-8 at byte offset {offset}")]
    NotUtf8 {
        /// First invalid byte.
        offset: usize,
    },
}

/// What [`Analyzer::analyze`] found by searching one document's text, by name.
#[derive(Default)]
struct TextFacts {
    /// Whether the text names it (a country's name).
    named: crate::text::FxMap<String, bool>,
    /// Whether the text introduces it as a person ([`introduced_as_person`]).
    introduced: crate::text::FxMap<String, bool>,
}

/// True if `text` introduces `name` with an age or a description in apposition ("Israel, a
/// 19-year-old asylum seeker", "Jordan, 12,"): a person of that name.
fn introduced_as_person(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let rest = &text[i + name.len()..];
        rest.strip_prefix(", ").is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit())
                || r.starts_with("a ")
                || r.starts_with("an ")
        })
    })
}

/// Where [`Analyzer::analyze`] looks for actors: inside the quotes and at the addressees (an
/// addressee's span from the byte before it, for a mention that ends there), sorted, overlapping
/// or touching spans merged.
pub(crate) fn actor_ranges(attributed: &[attribution::Attributed]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(attributed.len() * 2);
    for a in attributed {
        ranges.push(a.content.clone());
        if let Some(ad) = &a.addressee {
            ranges.push(ad.start.min(ad.end).saturating_sub(1)..ad.start.max(ad.end));
        }
    }
    ranges.sort_unstable_by_key(|r| r.start);
    ranges.dedup_by(|next, r| {
        // (merged into the previous span when they overlap or touch)
        let merge = next.start <= r.end;
        if merge {
            r.end = r.end.max(next.end);
        }
        merge
    });
    ranges
}

/// Runs the pipeline. Build it once and share it: it is `Send + Sync` and cheap to clone.
///
/// ```
/// use quotestance::{Analyzer, Stance};
/// let a = Analyzer::default();
/// let r = a.analyze("“America is the number one enemy of our nation,” Khamenei told Putin.");
/// let q = &r.quotes[0];
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Khamenei");
/// assert_eq!(q.actors[0].id, "USA");
/// assert_eq!(q.stances[0].stance, Stance::Hostile);
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    gazetteer: Arc<Gazetteer>,
    model: Arc<StanceModel>,
}

impl Default for Analyzer {
    /// The shipped gazetteer and stance model, embedded in the library.
    fn default() -> Self {
        Analyzer {
            gazetteer: Arc::new(Gazetteer::embedded()),
            model: Arc::new(StanceModel::embedded()),
        }
    }
}

impl Analyzer {
    /// An analyzer with the shipped gazetteer and the model file at `path`.
    pub fn with_model(path: impl AsRef<Path>) -> Result<Self, ModelError> {
        Ok(Analyzer {
            gazetteer: Arc::new(Gazetteer::embedded()),
            model: Arc::new(StanceModel::load(path)?),
        })
    }

    /// An analyzer from parts.
    pub fn new(gazetteer: Gazetteer, model: StanceModel) -> Self {
        Analyzer {
            gazetteer: Arc::new(gazetteer),
            model: Arc::new(model),
        }
    }

    /// Adds or overrides actors from a TSV file (format in `data/ACTORS.md`).
    pub fn with_actors_file(mut self, path: impl AsRef<Path>) -> Result<Self, GazetteerError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut g = (*self.gazetteer).clone();
        g.extend_from_tsv(&text, &path.display().to_string())?;
        self.gazetteer = Arc::new(g);
        Ok(self)
    }

    /// The stance model in use.
    pub fn model(&self) -> &StanceModel {
        &self.model
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Finds quotes, speakers, addressees, actors and stances. Empty or quote-free text gives an
    /// empty result. A line break ends a paragraph, except in hard-wrapped text (blank lines
    /// between paragraphs, short lines that stop mid-sentence), which is read as if unwrapped.
    pub fn analyze(&self, text: &str) -> Analysis {
        // hard-wrapped text is read with its line breaks inside paragraphs as spaces (offsets
        // unchanged); quote texts are still sliced from `text` as given
        let unwrapped = crate::text::unwrap_hard_wrapped(text);
        let doc = Doc::new(unwrapped.as_deref().unwrap_or(text));
        let marked = quotes::detect_marked(&doc);
        let indirect = quotes::detect_indirect(&doc, &marked);
        let turns = quotes::detect_turns(&doc);
        // no speech at all (indirect entries that are not speech only carry a speaker forward):
        // attribution would find nothing, so skip the names and actors (about half the cost of a
        // document)
        if turns.is_empty()
            && indirect.iter().all(|i| !i.speech)
            && marked.iter().all(|s| s.kind.is_err())
        {
            return Analysis::default();
        }
        let names = Names::build(&doc);
        let mut attributed = attribution::attribute(&doc, &names, &marked, &indirect);
        attribution::attribute_turns(&doc, &names, &turns, &mut attributed);
        if attributed.is_empty() {
            return Analysis::default();
        }
        // (names read across an unwrapped line break: mentions as given, names with one space)
        if unwrapped.is_some() {
            for a in &mut attributed {
                for e in a.speaker.iter_mut().chain(a.addressee.iter_mut()) {
                    e.mention = text[e.start..e.end].to_string();
                    if e.name.contains(['\r', '\n']) || e.name.contains("  ") {
                        e.name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
                    }
                }
            }
        }
        let ranges = actor_ranges(&attributed);
        let actors = DocActors::find_in(&doc, &self.gazetteer, &names, &ranges);
        let mut buf = Vec::with_capacity(256);
        // the target, other-actor and own-side spans of each stance input, reused from pair to
        // pair
        let mut spans = (Vec::new(), Vec::new(), Vec::new());
        let mut seen = TextFacts::default();
        let quotes = attributed
            .into_iter()
            .map(|a| {
                let mut actors_here = actors.in_span(text, a.content.start, a.content.end);
                // (an interview's other party is addressed by every turn: a stance toward them
                // only when the turn names them)
                if let Some(ad) = a.addressee.as_ref().filter(|_| a.kind != QuoteKind::Turn) {
                    if let Some(actor) = actors.for_entity(&self.gazetteer, ad) {
                        if !actors_here.iter().any(|x| x.id == actor.id) {
                            actors_here.push(QuoteActor {
                                id: actor.id,
                                name: actor.name,
                                kind: actor.kind,
                                mentions: vec![Mention {
                                    text: ad.mention.clone(),
                                    start: ad.start,
                                    end: ad.end,
                                }],
                            });
                        }
                    }
                }
                let mut q = Quote {
                    text: text[a.content.clone()].to_string(),
                    start: a.content.start,
                    end: a.content.end,
                    kind: a.kind,
                    speaker: a
                        .speaker
                        .map(|s| self.country_of_speaker(text, s, &mut seen)),
                    addressee: a.addressee,
                    cue: a.cue,
                    channel: a.channel,
                    actors: actors_here,
                    stances: Vec::new(),
                };
                // a wire service's own narration ("..., Reuters reports") reports events: the
                // model learnt stances from what speakers say, and an agency takes no side
                let narration = q
                    .speaker
                    .as_ref()
                    .is_some_and(|s| attribution::is_wire_service(&s.name));
                q.stances = q
                    .actors
                    .iter()
                    .map(|actor| {
                        let (target, others, own) = std::mem::take(&mut spans);
                        let input = stance_input_in(&q, actor, target, others, own);
                        // an addressee the quote never names (not even as "you" or through its
                        // country) gets no evidence: neutral by rule, not a guess from the
                        // quote's overall tone
                        let p = if input.target.is_empty() || narration {
                            Prediction {
                                stance: Stance::Neutral,
                                probabilities: Probabilities {
                                    hostile: 0.25,
                                    cooperative: 0.25,
                                    neutral: 0.5,
                                },
                            }
                        } else {
                            self.model.predict_with(&input, &mut buf)
                        };
                        spans = (input.target, input.others, input.own);
                        ActorStance {
                            actor: ActorRef {
                                id: actor.id.clone(),
                                name: actor.name.clone(),
                                kind: actor.kind,
                            },
                            stance: p.stance,
                            probabilities: p.probabilities,
                        }
                    })
                    .collect();
                q
            })
            .collect();
        Analysis { quotes }
    }

    /// "A Norwegian official told Reuters": a body named only by its nationality is that country
    /// (`Norway`). A capital speaking for its government is its country too, whichever capital the
    /// gazetteer knows ("Dushanbe said" gives `Tajikistan`), when `text` names the country, so that
    /// the speaker is written as in the text (not a seat of government: "the Kremlin said" is the
    /// Kremlin's); a lone word of that kind is the country even when
    /// nothing told it from a person's name. A people ("Palestinians say") is not a government.
    ///
    /// `seen` keeps, per document, what the two text searches found, so that a long document whose
    /// every quote has such a speaker is searched once per name, not once per quote.
    fn country_of_speaker(&self, text: &str, mut e: Entity, seen: &mut TextFacts) -> Entity {
        let lone = !e.name.contains(' ') && e.title.is_none();
        let mut country = None;
        if e.kind != attribution::EntityKind::Person {
            country = attribution::demonym(&e.name).and_then(|id| self.gazetteer.get(id));
        }
        if country.is_none() && lone {
            // (by the mention too: a dateline's "DUSHANBE" can lend the name its case)
            let found = [&e.name, &e.mention]
                .into_iter()
                .find_map(|w| self.gazetteer.lookup(w).map(|a| (w, a)));
            // (a person's name only when it is no country's own: "Israel, a 19-year-old asylum
            // seeker, said" stays a person)
            let person = e.kind == attribution::EntityKind::Person;
            country = found
                // (not a seat of government, which speaks as itself: "the Kremlin said", as "the
                // White House said")
                .filter(|(w, _)| !attribution::names::is_org_head(w))
                .filter(|(w, a)| {
                    let people = w.strip_suffix('s').is_some_and(|one| {
                        self.gazetteer.lookup(one).is_some_and(|b| b.id == a.id)
                    });
                    a.kind == ActorKind::Country
                        && !people
                        && !(person
                            && w.eq_ignore_ascii_case(&a.name)
                            && *seen
                                .introduced
                                .entry(w.to_string())
                                .or_insert_with(|| introduced_as_person(text, w)))
                        && *seen
                            .named
                            .entry(a.name.clone())
                            .or_insert_with(|| text.contains(a.name.as_str()))
                })
                .map(|(_, a)| a);
        }
        if let Some(c) = country {
            e.name.clone_from(&c.name);
            e.kind = attribution::EntityKind::Organisation;
        }
        e
    }

    /// Like [`analyze`](Self::analyze) for raw bytes: invalid UTF-8 is an error naming the offset.
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Analysis, InputError> {
        let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
            offset: e.valid_up_to(),
        })?;
        Ok(self.analyze(text))
    }

    /// Analyses many documents in parallel (rayon); results come back in input order.
    ///
    /// ```
    /// let a = quotestance::Analyzer::default();
    /// let docs = ["“Yes,” she said.", "No quotes here."];
    /// let out = a.analyze_batch(&docs);
    /// assert_eq!(out.len(), 2);
    /// assert!(out[1].quotes.is_empty());
    /// ```
    pub fn analyze_batch<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Analysis> {
        docs.par_iter().map(|d| self.analyze(d.as_ref())).collect()
    }

    /// The feature input for the stance of `q`'s speaker toward `actor` (offsets relative to the
    /// quote). An addressee that the quote does not name is targeted through "you"/"your".
    pub fn stance_input<'a>(&self, q: &'a Quote, actor: &QuoteActor) -> StanceInput<'a> {
        stance_input_in(q, actor, Vec::new(), Vec::new(), Vec::new())
    }

    /// Classifies one (quote, speaker, target) triple given as text: `target` is found in `quote`
    /// literally or through any gazetteer alias of the actor it names.
    ///
    /// ```
    /// let a = quotestance::Analyzer::default();
    /// let p = a.classify("We thank Japan for its steadfast support.", Some("Li Wei"), "Japan").unwrap();
    /// assert_eq!(p.stance, quotestance::Stance::Cooperative);
    /// ```
    pub fn classify(
        &self,
        quote: &str,
        speaker: Option<&str>,
        target: &str,
    ) -> Result<Prediction, String> {
        let id = self.gazetteer.lookup(target).map(|a| a.id.clone());
        // the speaker's own side, when the gazetteer knows the speaker: a person's country or
        // body, or the speaking country or organisation itself
        let own_id = speaker
            .and_then(|s| self.gazetteer.lookup(s))
            .and_then(|a| match a.kind {
                crate::ActorKind::Person => a.affiliation.as_deref(),
                _ => Some(a.id.as_str()),
            });
        let crate::corpus::Located {
            target: t,
            others,
            own,
        } = crate::corpus::locate_target(quote, target, id.as_deref(), own_id, &self.gazetteer);
        if t.is_empty() {
            return Err(format!(
                "target {target:?} not found in the quote by any alias"
            ));
        }
        Ok(self.model.predict(&StanceInput {
            quote,
            target: t,
            others,
            own,
            speaker,
            cue: None,
            own_side: own_id.is_some() && own_id == id.as_deref(),
        }))
    }
}

/// [`Analyzer::stance_input`], its spans written into `target`, `others` and `own` (cleared
/// first).
fn stance_input_in<'a>(
    q: &'a Quote,
    actor: &QuoteActor,
    mut target: Vec<Range<usize>>,
    mut others: Vec<Range<usize>>,
    mut own: Vec<Range<usize>>,
) -> StanceInput<'a> {
    let rel = |m: &Mention| {
        (m.start >= q.start && m.end <= q.end).then(|| m.start - q.start..m.end - q.start)
    };
    target.clear();
    target.extend(actor.mentions.iter().filter_map(rel));
    if target.is_empty() {
        // an addressee the quote does not name: its country or body if the quote names that
        // ("Moscow" for Vladimir Putin, affiliation RUS), else "you"/"your"
        let affiliation = q
            .addressee
            .as_ref()
            .filter(|a| a.name == actor.name)
            .and_then(|a| a.affiliation.as_deref());
        target.extend(
            q.actors
                .iter()
                .filter(|a| Some(a.id.as_str()) == affiliation)
                .flat_map(|a| a.mentions.iter().filter_map(rel)),
        );
    }
    if target.is_empty() {
        second_person(&q.text, &mut target);
    }
    let own_id = q.speaker.as_ref().and_then(|s| s.affiliation.as_deref());
    others.clear();
    own.clear();
    for a in q.actors.iter().filter(|a| a.id != actor.id) {
        let out = if Some(a.id.as_str()) == own_id {
            &mut own
        } else {
            &mut others
        };
        out.extend(a.mentions.iter().filter_map(rel));
    }
    StanceInput {
        quote: &q.text,
        target,
        others,
        own,
        speaker: q.speaker.as_ref().map(|s| s.name.as_str()),
        cue: q.cue.as_deref(),
        own_side: own_id.is_some() && own_id == Some(actor.id.as_str()),
    }
}

/// Appends the "you"/"your" words of `q` ("You", "Your" too) to the empty `out`, in text order.
fn second_person(q: &str, out: &mut Vec<Range<usize>>) {
    // one pass over the bytes for a "y" or "Y" (not a substring search per form)
    let b = q.as_bytes();
    let alnum_before = |i: usize| {
        q[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let alnum_at = |i: usize| q[i..].chars().next().is_some_and(char::is_alphanumeric);
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&c| c | 0x20 == b'y') {
        let i = from + k;
        from = i + 1;
        if b[i + 1..].starts_with(b"ou") {
            // (after "you", an "r" is a word character: only "your" can match there)
            let end = i + if b.get(i + 3) == Some(&b'r') { 4 } else { 3 };
            if !alnum_before(i) && !alnum_at(end) {
                out.push(i..end);
            }
        }
    }
}

impl Analyzer {
    /// A readable table of `analysis`: per quote the kind, speaker, addressee and a shortened quote,
    /// then each actor with its stance and probability; with `explain`, the features that weighed
    /// most for and against each stance. `colour` adds ANSI colours (red hostile, green cooperative).
    ///
    /// ```
    /// let a = quotestance::Analyzer::default();
    /// let r = a.analyze("“America is the number one enemy of our nation,” Khamenei said.");
    /// let t = a.table(&r, false, false);
    /// assert!(t.contains("Khamenei") && t.contains("United States (USA)"));
    /// ```
    pub fn table(&self, analysis: &Analysis, explain: bool, colour: bool) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{} {} {} quote\n",
            pad("kind", 9),
            pad("speaker", 22),
            pad("addressee", 18)
        ));
        for q in &analysis.quotes {
            let who = q.speaker.as_ref().map_or("–", |s| s.name.as_str());
            let to = q.addressee.as_ref().map_or("", |s| s.name.as_str());
            let kind = format!("{:?}", q.kind).to_lowercase();
            out.push_str(&format!(
                "{} {} {} {}\n",
                pad(&kind, 9),
                pad(who, 22),
                pad(to, 18),
                pad(&q.text, 72).trim_end()
            ));
            for (actor, st) in q.actors.iter().zip(&q.stances) {
                let p = st.probabilities.to_array()[st.stance.index()];
                let label = pad(st.stance.as_str(), 11);
                let label = if colour {
                    let code = match st.stance {
                        Stance::Hostile => "31",
                        Stance::Cooperative => "32",
                        Stance::Neutral => "90",
                    };
                    format!("\x1b[{code}m{label}\x1b[0m")
                } else {
                    label
                };
                out.push_str(&format!(
                    "{}→ {} {} {:.2}\n",
                    " ".repeat(10),
                    pad(&format!("{} ({})", actor.name, actor.id), 38),
                    label,
                    p
                ));
                if explain {
                    let (pro, con) = self
                        .model
                        .explain(&self.stance_input(q, actor), st.stance, 3);
                    let fmt = |v: &[crate::stance::Contribution]| {
                        v.iter()
                            .map(|c| format!("{} {:+.2}", c.feature, c.weight))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    out.push_str(&format!(
                        "{}for: {}\n{}against: {}\n",
                        " ".repeat(14),
                        fmt(&pro),
                        " ".repeat(14),
                        fmt(&con)
                    ));
                }
            }
        }
        out
    }
}

/// Pads or shortens (with …) to `w` characters.
fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n > w {
        let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
        t.push('…');
        t
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_person_finds_you_and_your_as_words() {
        let q = "You, your yours yourself youth béyou you. Your “you” YOU";
        let mut out = Vec::new();
        second_person(q, &mut out);
        let words: Vec<&str> = out.iter().map(|r| &q[r.clone()]).collect();
        assert_eq!(words, ["You", "your", "you", "Your", "you"]);
    }
}
