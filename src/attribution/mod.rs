//! Stage 3, attribution: who said each quote (the subject of its cue verb, in either order), to whom
//! (the addressee), through which channel ("according to state television"), with pronouns and
//! short forms resolved to one canonical name per person in the document.

pub(crate) mod names;
pub(crate) mod np;
mod turns;

use crate::quotes::{Indirect, QuoteKind, Span};
use crate::text::{Doc, FxMap, TokenKind};
use np::{np_after, np_before, Np, NpKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

pub(crate) use names::{demonym, is_news_outlet, is_role_like, is_wire_service, DocPerson, Names};
pub(crate) use turns::attribute_turns;

/// What kind of thing a speaker or addressee is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A named organisation, ministry, company, or a country speaking as a government.
    Organisation,
    /// An unnamed group or role: "officials", "police".
    Group,
}

/// A speaker or an addressee, with the mention that names it in the text.
///
/// ```
/// let a = quotestance::Analyzer::default();
/// let r = a.analyze("“We will win,” Prime Minister Jane Doe told reporters.");
/// let s = r.quotes[0].speaker.as_ref().unwrap();
/// assert_eq!(s.name, "Jane Doe");
/// assert_eq!(s.title.as_deref(), Some("Prime Minister"));
/// ```
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name within the document: titles stripped, short forms expanded ("Ali Khamenei").
    pub name: String,
    /// The words in the text that point at this entity here ("Khamenei", "he"); in hard-wrapped
    /// text a line break inside them reads as a space.
    pub mention: String,
    /// Byte offset of `mention` in the input.
    pub start: usize,
    /// Byte offset just after `mention`.
    pub end: usize,
    /// Person, organisation or group.
    pub kind: EntityKind,
    /// Title or role seen with the name ("Supreme Leader Ayatollah"), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// Country or organisation the title reveals ("IRN" from "Iranian"), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliation: Option<String>,
}

impl Clone for Entity {
    fn clone(&self) -> Self {
        Entity {
            name: self.name.clone(),
            mention: self.mention.clone(),
            start: self.start,
            end: self.end,
            kind: self.kind,
            title: self.title.clone(),
            affiliation: self.affiliation.clone(),
        }
    }

    /// Field by field, reusing `self`'s strings (the attribution context is overwritten with
    /// each quote's speaker). The destructuring makes a new field a compile error here.
    fn clone_from(&mut self, source: &Self) {
        let Entity {
            name,
            mention,
            start,
            end,
            kind,
            title,
            affiliation,
        } = source;
        self.name.clone_from(name);
        self.mention.clone_from(mention);
        self.start = *start;
        self.end = *end;
        self.kind = *kind;
        self.title.clone_from(title);
        self.affiliation.clone_from(affiliation);
    }
}

/// One attributed quote before actors and stances are added.
#[derive(Debug, Clone)]
pub(crate) struct Attributed {
    pub content: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<Entity>,
    pub addressee: Option<Entity>,
    pub cue: Option<String>,
    pub channel: Option<String>,
    pub para: usize,
}

impl Attributed {
    /// The quote marked by `sp`, of kind `kind`, with no speaker, hearer, cue or channel (yet).
    fn nobodys(sp: &Span, kind: QuoteKind) -> Self {
        Attributed {
            content: sp.content.clone(),
            kind,
            speaker: None,
            addressee: None,
            cue: None,
            channel: None,
            para: sp.para,
        }
    }
}

/// Attributes direct, partial and indirect quotes in document order.
pub(crate) fn attribute(
    doc: &Doc,
    names: &Names,
    marked: &[Span],
    indirect: &[Indirect],
) -> Vec<Attributed> {
    // merge both lists in document order (plain loops, the same order before the stable sort)
    let n_nested: usize = marked.iter().map(|s| s.nested.len()).sum();
    let mut items: Vec<Item> = Vec::with_capacity(marked.len() + indirect.len() + n_nested);
    let mut quoted = Vec::with_capacity(marked.len());
    for (i, s) in marked.iter().enumerate() {
        if s.kind.is_ok() {
            items.push(Item::Marked(i, s.outer.start));
        }
        // (a title's words are no antecedents either: "“The Long Middle: Winning the Voters
        // Nobody Polls,” he argued")
        if matches!(s.kind, Ok(_) | Err(crate::quotes::NotSpeech::Title)) {
            quoted.push(s.outer.clone());
        }
    }
    for (i, ind) in indirect.iter().enumerate() {
        items.push(Item::Indirect(i, ind.content.start));
    }
    for (i, s) in marked.iter().enumerate() {
        for (j, n) in s.nested.iter().enumerate() {
            items.push(Item::Nested(i, j, n.outer.start));
        }
    }
    items.sort_by_key(|it| it.pos());
    let mut ctx = Context {
        quoted,
        ..Default::default()
    };
    let mut out: Vec<Attributed> = Vec::with_capacity(items.len());
    // where the latest segment of each multi-paragraph group went in `out`, for its speaker,
    // addressee and cue (indexed by group number: the numbers count the spans, so the table
    // stays linear)
    let n_groups = marked.iter().map(|s| s.group + 1).max().unwrap_or(0);
    let mut group_latest: Vec<Option<usize>> = vec![None; n_groups];
    // where each marked span's quote went in `out`, and headline echoes to fill in at the end
    let mut marked_out: Vec<Option<usize>> = vec![None; marked.len()];
    let mut echoes: Vec<(usize, usize, bool)> = Vec::new();
    // the subject names resolved so far, with what they resolved to
    // (a map: a long document has thousands of subjects, and a list searched per quote made
    // attribution quadratic in the quotes)
    let mut resolved: FxMap<(usize, usize), Option<Entity>> = FxMap::default();
    for it in items {
        let a = match it {
            Item::Nested(i, j, _) => {
                let n = &marked[i].nested[j];
                let outer_speaker = marked_out[i].and_then(|o| out[o].speaker.as_ref());
                let cue_tok = n.cue_tok.expect("kept with a cue");
                let (speaker, addressee) =
                    nested_speaker(doc, names, &ctx, &marked[i], cue_tok, outer_speaker);
                let a = Attributed {
                    content: n.content.clone(),
                    kind: QuoteKind::Direct,
                    speaker,
                    addressee,
                    cue: Some(doc.tok(cue_tok).to_string()),
                    channel: None,
                    para: marked[i].para,
                };
                // the inner speaker does not become the context for later quotes
                out.push(a);
                continue;
            }
            Item::Marked(i, _) if marked[i].echo.is_some() => {
                let sp = &marked[i];
                let j = sp.echo.expect("checked");
                let exact = crate::quotes::quote_key(doc, &sp.content)
                    == crate::quotes::quote_key(doc, &marked[j].content);
                echoes.push((out.len(), j, exact));
                marked_out[i] = Some(out.len());
                out.push(Attributed::nobodys(sp, QuoteKind::Partial));
                continue;
            }
            // a crowd's chant or a placard's words: no one's
            Item::Marked(i, _) if crate::quotes::is_chant(doc, &marked[i]) => {
                let sp = &marked[i];
                marked_out[i] = Some(out.len());
                out.push(Attributed::nobodys(
                    sp,
                    sp.kind.expect("filtered to speech"),
                ));
                continue;
            }
            Item::Marked(i, _) => {
                let sp = &marked[i];
                let kind = sp.kind.expect("filtered to speech");
                let prev_same_group = group_latest[sp.group];
                // "X said it was “damning …” after the UN refugee agency “recommended it two
                // years ago.”": a partial with no cue of its own continues the partial before it in
                // its sentence
                let inherited = (kind == QuoteKind::Partial && i > 0)
                    .then(|| {
                        let prev = &marked[i - 1];
                        let same_sentence = prev.kind == Ok(QuoteKind::Partial)
                            && doc.sentence_of(prev.outer.start) == doc.sentence_of(sp.outer.start);
                        let between = doc.token_at(prev.outer.end)..doc.token_at(sp.outer.start);
                        let cue_between = between
                            .clone()
                            .any(|t| doc.cue(t).is_some() || is_according(doc, t));
                        (same_sentence
                            && !cue_between
                            && cue_after(doc, marked, &bounds(doc, marked, i)).is_none())
                        .then(|| marked_out[i - 1].map(|o| &out[o]))
                        .flatten()
                        .filter(|o| o.speaker.is_some())
                        .map(|o| (o.speaker.clone(), o.addressee.clone(), o.cue.clone()))
                    })
                    .flatten();
                if let Some((speaker, addressee, cue)) = inherited {
                    group_latest[sp.group] = Some(out.len());
                    marked_out[i] = Some(out.len());
                    out.push(Attributed {
                        content: sp.content.clone(),
                        kind,
                        speaker,
                        addressee,
                        cue,
                        channel: None,
                        para: sp.para,
                    });
                    continue;
                }
                let mut found = find_cue(doc, marked, i);
                if found.is_none() {
                    // a later segment of a multi-paragraph quote may carry the cue
                    // (bounded, so a long run of cue-less segments stays linear)
                    for j in i + 1..marked.len().min(i + 9) {
                        if marked[j].group != sp.group {
                            break;
                        }
                        if let Some(f) = find_cue(doc, marked, j) {
                            found = Some(f);
                            break;
                        }
                    }
                }
                let (speaker, addressee, cue, channel) = match found {
                    Some(f) => {
                        let speaker = f
                            .subject
                            .as_ref()
                            .and_then(|np| resolve_subject(doc, names, np, &ctx, &mut resolved))
                            .filter(|e| !f.named_only || e.kind != EntityKind::Group);
                        let addressee = f
                            .addressee
                            .as_ref()
                            .and_then(|np| names.resolve_addressee(doc, np));
                        // ("“Lena, …,” she said": not Lena's, but said to her)
                        let (speaker, addressee) = match f.subject.as_ref() {
                            Some(np) => readdressed(doc, names, &ctx, sp, np, speaker, addressee),
                            None => (speaker, addressee),
                        };
                        (
                            speaker,
                            addressee,
                            Some(doc.tok(f.cue_tok).to_string()),
                            f.channel,
                        )
                    }
                    None => match prev_same_group.map(|o| &out[o]) {
                        Some(p) => (p.speaker.clone(), p.addressee.clone(), p.cue.clone(), None),
                        // "“Are you sure?” Castellane asked. “Trust us, Theo. Box now,” came the
                        // reply": the other side of the exchange answers
                        None if is_reply_after(doc, sp)
                            && ctx
                                .other_speaker
                                .as_ref()
                                .is_some_and(|(_, p)| p + 2 >= sp.para) =>
                        {
                            let (e, _) = ctx.other_speaker.as_ref().expect("checked");
                            (Some(e.clone()), None, Some("reply".to_string()), None)
                        }
                        None => (
                            sentence_subject_before(doc, names, sp, &ctx)
                                .or_else(|| continuation(doc, sp, &ctx)),
                            None,
                            None,
                            None,
                        ),
                    },
                };
                group_latest[sp.group] = Some(out.len());
                marked_out[i] = Some(out.len());
                Attributed {
                    content: sp.content.clone(),
                    kind,
                    speaker,
                    addressee,
                    cue,
                    channel,
                    para: sp.para,
                }
            }
            Item::Indirect(i, _) => {
                let ind = &indirect[i];
                let speaker = ind
                    .subject
                    .as_ref()
                    .and_then(|np| resolve_subject(doc, names, np, &ctx, &mut resolved));
                // a cue with no reported speech ("Markus Landgraf has estimated the number of
                // ...") is no quote, but its subject is the one a following "He estimated that"
                // continues
                if !ind.speech {
                    if let Some(s) = &speaker {
                        note_speaker(&mut ctx, s, doc.para_of(ind.content.start));
                    }
                    continue;
                }
                let addressee = ind
                    .addressee
                    .as_ref()
                    .and_then(|np| names.resolve_addressee(doc, np));
                let cue = if ind.according {
                    "according to".to_string()
                } else {
                    doc.tok(ind.cue_tok).to_string()
                };
                Attributed {
                    content: ind.content.clone(),
                    kind: QuoteKind::Indirect,
                    speaker,
                    addressee,
                    cue: Some(cue),
                    channel: None,
                    para: doc.para_of(ind.content.start),
                }
            }
        };
        if let Some(s) = &a.speaker {
            note_speaker(&mut ctx, s, a.para);
            ctx.last_cue_present = a.cue.as_deref().is_some_and(is_present_cue);
            // (a question, which the next "she replied/conceded" answers)
            ctx.last_question = matches!(a.cue.as_deref(), Some("asked" | "pressed"))
                || doc.text[a.content.clone()].trim_end().ends_with('?');
            if ctx.last_cue_present && s.kind == EntityKind::Person {
                ctx.present_speaker = Some((s.clone(), a.para));
            }
        }
        out.push(a);
    }
    // a headline quote with a cue of its own ("‘We were robbed in broad daylight,’ PDP says")
    // whose words the body quotes inside a longer quote takes the body's speaker (the named
    // spokesman, not the party)
    let norm = |r: &Range<usize>| crate::quotes::quote_key(doc, r);
    let n_head = out.iter().take_while(|a| a.para == 0).count();
    // (and a subhead: a paragraph that is nothing but a quote, "‘We left with what we had on’"
    // over the evacuee's story)
    let subhead = |a: &Attributed| {
        a.para > 0 && a.kind != QuoteKind::Indirect && {
            let p = &doc.paras[a.para];
            let rest = |r: &str| r.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
            rest(&doc.text[p.start..a.content.start]) && rest(&doc.text[a.content.end..p.end])
        }
    };
    if doc.headline_end() > 0 {
        for o in 0..out.len() {
            if !(o < n_head || subhead(&out[o])) {
                continue;
            }
            if out[o].kind == QuoteKind::Indirect || echoes.iter().any(|&(e, _, _)| e == o) {
                continue;
            }
            let key = norm(&out[o].content);
            // (one word only to name a person for a body: "as UN warns of ‘collapse’" and a UN
            // official's "… on the verge of collapse …")
            let one_word = !key.contains(' ');
            if one_word
                && (key.chars().count() < 5
                    || out[o]
                        .speaker
                        .as_ref()
                        .is_some_and(|s| s.kind == EntityKind::Person))
            {
                continue;
            }
            let from = (o + 1).max(n_head);
            let body = out[from..out.len().min(from + 400)]
                .iter()
                .find(|b| {
                    b.kind != QuoteKind::Indirect && b.speaker.is_some() && {
                        let t = norm(&b.content);
                        // (or the same words: "crew ‘safe and comfortable’, NASA chief says"
                        // over "Administrator Harriet Calloway ... said the crew was “safe and
                        // comfortable”")
                        t.len() >= key.len() && names::contains_word(&t, &key)
                    }
                })
                // (the same words, not a longer quote, only to name a person for a body or for
                // nobody: "Ashworth insists her sums 'add up'" keeps its own person)
                .filter(|b| {
                    (norm(&b.content).len() > key.len()
                        && (!one_word
                            || b.speaker
                                .as_ref()
                                .is_some_and(|s| s.kind == EntityKind::Person)))
                        || b.speaker
                            .as_ref()
                            .is_some_and(|s| s.kind == EntityKind::Person)
                            && out[o]
                                .speaker
                                .as_ref()
                                .is_none_or(|s| s.kind != EntityKind::Person)
                })
                .and_then(|b| b.speaker.clone());
            if let Some(sp) = body {
                out[o].speaker = Some(sp);
            }
        }
    }
    // a headline fragment takes the speaker of the body quote it echoes; with no speaker there it
    // is dropped (a headline label, not a quote)
    if !echoes.is_empty() {
        let mut drop = vec![false; out.len()];
        for &(o, j, exact) in &echoes {
            match marked_out[j].and_then(|b| out[b].speaker.clone()) {
                Some(s) => {
                    let (cue, addressee) = marked_out[j]
                        .map(|b| (out[b].cue.clone(), out[b].addressee.clone()))
                        .unwrap_or_default();
                    out[o].speaker = Some(s);
                    out[o].cue = cue;
                    // (the words of a longer body quote were said to its hearer, the
                    // headline's fragment to no one)
                    out[o].addressee = if exact { addressee } else { None };
                }
                // (a fragment found inside a longer quote stays a quote of its own)
                None if !exact => {}
                None => drop[o] = true,
            }
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
    out
}

/// "“Lena, you made me better …,” she said": the person a pronoun subject `np` was read as is
/// not the one the quote opens by addressing (`vocative`), who is its hearer. The speaker is
/// then the person quoted last, else the nearest other person named (as the pronoun's mention:
/// a split quote's second part reads the same); the hearer is the addressee, if none is named.
fn readdressed(
    doc: &Doc,
    names: &Names,
    ctx: &Context,
    sp: &Span,
    np: &Np,
    speaker: Option<Entity>,
    addressee: Option<Entity>,
) -> (Option<Entity>, Option<Entity>) {
    let Some(e) = speaker
        .as_ref()
        .filter(|e| np.kind == NpKind::Pronoun && e.kind == EntityKind::Person)
    else {
        return (speaker, addressee);
    };
    let Some(v) = vocative(doc, sp).filter(|&v| e.name.split(' ').any(|p| p == doc.tok(v))) else {
        return (speaker, addressee);
    };
    // (the hearer as named in the quote)
    let hearer = Entity {
        mention: doc.tok(v).to_string(),
        start: doc.tokens[v].start,
        end: doc.tokens[v].end,
        ..e.clone()
    };
    let w = doc.tok(np.toks.start);
    let pt = &doc.tokens[np.toks.start];
    let speaker = ctx
        .last_speaker
        .as_ref()
        .filter(|(l, p)| {
            l.kind == EntityKind::Person
                && l.name != hearer.name
                && p + 2 >= sp.para
                && names.fits_pronoun(doc, &l.name, w)
        })
        .map(|(l, _)| l.clone())
        .or_else(|| names.person_besides(doc, sp.outer.start, w, &hearer.name))
        .map(|l| Entity {
            mention: w.to_string(),
            start: pt.start,
            end: pt.end,
            ..l
        });
    (speaker, addressee.or(Some(hearer)))
}

/// The token of the name a quote opens by addressing: "Lena" in "“Lena, you made me better …”", "Kowalski"
/// in "“Mr. Kowalski, that is not true”" (a capitalised word, after an optional title, before a
/// comma; not a sentence's opening word, `np::is_sentence_opener`, an interjection, "Look,",
/// or a title alone, "Sir,").
fn vocative(doc: &Doc, sp: &Span) -> Option<usize> {
    let mut t = doc.token_at(sp.content.start);
    if t < doc.tokens.len() && names::is_title(doc.tok(t)) && doc.cap(t) {
        t += 1;
    }
    (t + 1 < doc.tokens.len()
        && doc.tokens[t].start < sp.content.end
        && doc.tokens[t].kind == TokenKind::Word
        && doc.cap(t)
        && doc.tok_is(t + 1, b",")
        && !np::is_sentence_opener(doc.tok(t))
        && !matches!(
            doc.tok(t),
            "Look" | "Listen" | "No" | "Okay" | "OK" | "Madam"
        ))
    .then_some(t)
}

/// A cue verb in the third person present ("says", "adds", "tells"), the tense of profiles and
/// features.
pub(crate) fn is_present_cue(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && crate::cues::lookup(w).is_some_and(|c| !c.participle && c.lemma != w)
}

/// "The Kremlin rejected as “absurd” German accusations, and said President Pavel Volgin had
/// ...": the subject of a cue at token `k` coordinated by "and"/"but" is the sentence's (from
/// token `lo`).
fn coordinated_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    if !(k > lo + 1 && matches!(doc.tok_bytes(k - 1), b"and" | b"but")) {
        return None;
    }
    crate::quotes::main_subject(doc, lo, k - 1).or_else(|| {
        // (past an opening participle's clause: "Asked about the film, she smiled and said it
        // was “a gift”")
        // (or a prepositional phrase: "In a video message posted on Tuesday, chief executive
        // Dr. Harold Venn apologized to patients and said staff were “working around the
        // clock”")
        let opener = matches!(
            doc.tok(lo),
            "Asked"
                | "Pressed"
                | "Speaking"
                | "Responding"
                | "Reacting"
                | "Addressing"
                | "Told"
                | "In"
                | "On"
                | "At"
                | "After"
                | "During"
                | "Before"
                | "Later"
                | "Earlier"
        );
        let comma = (lo + 1..k - 1).rev().find(|&t| doc.tok_is(t, b","))?;
        (opener && comma + 1 < k - 1)
            .then(|| crate::quotes::main_subject(doc, comma + 1, k - 1))
            .flatten()
    })
}

/// The inverted subject after the cue at token `k` ("said Park Seo-yeon"), not before `hi`; a
/// name a finite verb follows is the reported clause's subject ("said President Pavel Volgin
/// had discussed ..."), no speaker.
fn inverted_subject(doc: &Doc, k: usize, hi: usize) -> Option<Np> {
    np_after(doc, k, hi).filter(|np| {
        // (nor a day: "and said Wednesday she had no plans")
        let day = np.toks.len() == 1
            && (np::is_weekday(doc.tok_bytes(np.toks.start))
                || matches!(doc.tok(np.toks.start), "Yesterday" | "Today" | "Tonight"));
        !(np.toks.end < hi && crate::quotes::is_finite_aux(doc.tok_bytes(np.toks.end))) && !day
    })
}

/// "“…,” came the reply", "“…” was the answer": a quote whose speaker is the other side of the
/// exchange.
fn is_reply_after(doc: &Doc, sp: &Span) -> bool {
    let t = doc.token_at(sp.outer.end);
    let t = if t < doc.tokens.len() && doc.tok_is(t, b",") {
        t + 1
    } else {
        t
    };
    t + 2 < doc.tokens.len()
        && matches!(doc.tok_bytes(t), b"came" | b"was")
        && doc.tok_is(t + 1, b"the")
        && matches!(
            doc.tok_bytes(t + 2),
            b"reply" | b"response" | b"answer" | b"retort"
        )
        // (not "came the reply from the White House", which names who replies)
        && !(t + 3 < doc.tokens.len() && doc.tok_is(t + 3, b"from"))
}

/// Makes `s`, who spoke in paragraph `para`, the context's last speaker.
fn note_speaker(ctx: &mut Context, s: &Entity, para: usize) {
    // (the one before, when another: the other side of an exchange, if near enough when used)
    if let Some((e, p)) = &ctx.last_speaker {
        if e.name != s.name {
            ctx.other_speaker = (e.kind == EntityKind::Person).then(|| (e.clone(), *p));
        }
    }
    match &mut ctx.last_speaker {
        // (into the previous speaker's strings: no allocation)
        Some((e, p)) => {
            e.clone_from(s);
            *p = para;
        }
        none => *none = Some((s.clone(), para)),
    }
}

/// `names.resolve` of the subject `np` of a quote. The entity of a
/// name of two words or more does not depend on the context (a pronoun's or a role's does, and
/// so may a one-word name opening a sentence, "Officials"), and one name is often the subject of
/// several quotes (an indirect and a direct quote of one sentence, the segments of a
/// multi-paragraph quote): such a name is looked up in `resolved` and resolved only once.
fn resolve_subject(
    doc: &Doc,
    names: &Names,
    np: &Np,
    ctx: &Context,
    resolved: &mut FxMap<(usize, usize), Option<Entity>>,
) -> Option<Entity> {
    if np.kind != NpKind::Name || np.toks.len() < 2 {
        return names.resolve(doc, np, ctx);
    }
    resolved
        .entry((np.toks.start, np.toks.end))
        .or_insert_with(|| names.resolve(doc, np, ctx))
        .clone()
}

/// The speaker of a quotation inside another: the subject of its cue within the outer quote.
/// "I"/"we" is the outer speaker; "she"/"he" is someone other than the outer speaker; an
/// unnamed person ("A girl wrote to me and said") gives no speaker.
fn nested_speaker(
    doc: &Doc,
    names: &Names,
    ctx: &Context,
    outer: &Span,
    cue_tok: usize,
    outer_speaker: Option<&Entity>,
) -> (Option<Entity>, Option<Entity>) {
    let lo = doc.token_at(outer.content.start);
    let mut k = cue_tok;
    // "She used to say"
    if k >= lo + 2 && doc.tok_is(k - 1, b"to") && matches!(doc.tok_bytes(k - 2), b"used" | b"would")
    {
        k -= 2;
    }
    // "I was yelling at Ray, ‘…’"
    if k > lo + 1 && matches!(doc.tok_bytes(k - 1), b"was" | b"were" | b"am" | b"kept") {
        k -= 1;
    }
    let np = np_before(doc, k, lo).or_else(|| {
        // "wrote to me and said": the first verb's subject
        (k > lo && doc.tok_is(k - 1, b"and"))
            .then(|| crate::quotes::main_subject(doc, lo, k - 1))
            .flatten()
    });
    let cue = doc.cue(cue_tok);
    let addressee = cue
        .filter(|c| c.addressee)
        .and_then(|_| np_after(doc, cue_tok, doc.token_at(outer.content.end)))
        .filter(|a| a.kind == NpKind::Name)
        .and_then(|a| names.resolve_addressee(doc, &a));
    let Some(np) = np else {
        return (None, addressee);
    };
    let speaker = match (np.kind, doc.tok(np.toks.start)) {
        (NpKind::Pronoun, "I" | "we" | "We") => outer_speaker.cloned(),
        (NpKind::Pronoun, w @ ("he" | "she" | "He" | "She")) => {
            let e = names.resolve(doc, &np, ctx);
            match (e, outer_speaker) {
                (Some(e), Some(o)) if e.name == o.name => {
                    names.other_person_before(doc, doc.tokens[np.toks.start].start, w, &o.name)
                }
                (e, _) => e,
            }
        }
        _ => names.resolve(doc, &np, ctx),
    };
    (speaker, addressee)
}

enum Item {
    Marked(usize, usize),
    Indirect(usize, usize),
    /// (outer span, index among its nested quotations, position)
    Nested(usize, usize, usize),
}

impl Item {
    fn pos(&self) -> usize {
        match self {
            Item::Marked(_, p) | Item::Indirect(_, p) | Item::Nested(_, _, p) => *p,
        }
    }
}

/// What earlier quotes tell later ones: the last speaker, for continuations and pronouns.
#[derive(Default)]
pub(crate) struct Context {
    pub last_speaker: Option<(Entity, usize)>,
    /// The person quoted last with a cue in the present tense ("she says"), and whether the last
    /// speaker's cue was one: a profile's "she says" is its subject's, though another woman was
    /// quoted since in the past tense ("she told Bloomberg last year").
    pub present_speaker: Option<(Entity, usize)>,
    pub last_cue_present: bool,
    /// Whether the last quote with a speaker was a question ("asked", or ending in "?").
    pub last_question: bool,
    /// The person quoted before the last speaker, and the paragraph they spoke in: the other
    /// side of an exchange ("“…,” came the reply", within two paragraphs).
    pub other_speaker: Option<(Entity, usize)>,
    /// The speech quotes' and titles' spans (marks included), in document order: a pronoun
    /// outside them does not refer to a name said or titled inside them.
    pub quoted: Vec<Range<usize>>,
}

struct Found {
    cue_tok: usize,
    subject: Option<Np>,
    addressee: Option<Np>,
    channel: Option<String>,
    /// The subject speaks only if it is named (a person, a body or a country), not an unnamed
    /// group.
    named_only: bool,
}

/// A quote with no cue after a sentence about a named person in the same paragraph is theirs:
/// `Okafor was blunt. “Cut emissions.”`
fn sentence_subject_before(doc: &Doc, names: &Names, sp: &Span, ctx: &Context) -> Option<Entity> {
    let si = doc.sentence_of(sp.outer.start);
    let prev = si.checked_sub(1).map(|i| &doc.sents[i])?;
    if prev.0.start < doc.paras[sp.para].start {
        return None;
    }
    let toks = prev.1.clone();
    let np = crate::quotes::main_subject(doc, toks.start, toks.end)?;
    // (or after an opening adjunct: "In his acceptance speech at his country home, Aladesanmi
    // dedicated the victory to God. “…,” the governor-elect said.")
    let opener = doc.tok(toks.start);
    let after_adjunct = np.toks.start > toks.start + 1
        && doc.tok_is(np.toks.start - 1, b",")
        && matches!(
            opener,
            "In" | "At" | "On" | "After" | "During" | "Before" | "Later" | "Earlier" | "Outside"
        );
    if !(np.toks.start == toks.start || after_adjunct) || np.kind != np::NpKind::Name {
        return None;
    }
    names
        .resolve(doc, &np, ctx)
        .filter(|e| e.kind == EntityKind::Person && names.is_known_person(&e.name))
}

/// A quote with no cue in its paragraph continues the previous speaker when it opens the paragraph
/// and the previous speaker spoke in one of the two paragraphs before.
fn continuation(doc: &Doc, sp: &Span, ctx: &Context) -> Option<Entity> {
    let (e, p) = ctx.last_speaker.as_ref()?;
    let para_start = doc.paras[sp.para].start;
    if sp.outer.start == para_start && sp.para <= p + 2 {
        return Some(e.clone());
    }
    if sp.para == *p {
        return Some(e.clone());
    }
    None
}

/// True if token `t` lies inside any quote-marked span (so it cannot be a cue).
fn inside_quote(doc: &Doc, marked: &[Span], t: usize) -> bool {
    let b = doc.tokens[t].start;
    let i = marked.partition_point(|m| m.outer.start <= b);
    i > 0 && marked[i - 1].outer.end > b
}

/// Token bounds around quote `i`: its marks, the neighbouring quotes in its paragraph, its sentence.
struct Bounds {
    open_t: usize,
    close_t: usize,
    next_quote_t: usize,
    sent_start: usize,
    para_toks: Range<usize>,
}

fn bounds(doc: &Doc, marked: &[Span], i: usize) -> Bounds {
    let sp = &marked[i];
    let para_toks = doc.para_tokens[sp.para].clone();
    // (the speech quotes around it: a title or term between is part of the text, "defended his
    // decision ... from “The Salt Road” ..., calling the rework “…”")
    let next_quote_t = marked[i + 1..]
        .iter()
        .take_while(|m| m.para == sp.para)
        .find(|m| m.kind.is_ok())
        .map(|m| doc.token_at(m.outer.start))
        .unwrap_or(para_toks.end);
    let prev_quote_t = marked[..i]
        .iter()
        .rev()
        .take_while(|m| m.para == sp.para)
        .find(|m| m.kind.is_ok())
        .map(|m| doc.token_at(m.outer.end))
        .unwrap_or(para_toks.start);
    let sent_start = doc.sents[doc.sentence_of(sp.outer.start)]
        .1
        .start
        .max(prev_quote_t);
    Bounds {
        open_t: doc.token_at(sp.outer.start),
        close_t: doc.token_at(sp.outer.end),
        next_quote_t,
        sent_start,
        para_toks,
    }
}

/// Finds the cue of quote `i`: after it in its sentence, before it, then anywhere in its paragraph.
/// A partial quote sits inside its reporting clause, so its cue is looked for before it first.
fn find_cue(doc: &Doc, marked: &[Span], i: usize) -> Option<Found> {
    let b = bounds(doc, marked, i);
    let partial = marked[i].kind == Ok(QuoteKind::Partial);
    if partial {
        if let Some(f) = cue_before(doc, &b) {
            return Some(f);
        }
        // "said the amendment addressed “a real distortion” but went “further than it needs
        // to,”": with no cue since the quote before it in its sentence, that quote's cue
        if i > 0
            && b.sent_start > doc.sents[doc.sentence_of(marked[i].outer.start)].1.start
            && marked[i - 1].kind.is_ok()
        {
            if let Some(f) = find_cue(doc, marked, i - 1) {
                return Some(f);
            }
        }
    }
    // "The South Africa captain Siya Kolisi said: “This is for the country.” His coach ...
    // added that ...": a cue right before the colon that opens a quote is its cue, whatever the
    // next sentence says
    if !partial && b.open_t > b.sent_start + 1 && doc.tok_is(b.open_t - 1, b":") {
        let colon = b.open_t - 1;
        if let Some(f) = cue_before(doc, &b).filter(|f| {
            f.cue_tok < colon
                && colon - f.cue_tok <= 6
                && (f.cue_tok + 1..colon).all(|t| doc.tokens[t].kind == TokenKind::Word)
        }) {
            return Some(f);
        }
        // ("The striker said: “…”" with a subject the crate cannot read: nobody, rather than
        // whoever the next sentence quotes, if it quotes anyone)
        if doc.cue(colon - 1).is_some_and(|c| !c.participle)
            && cue_after(doc, marked, &b).is_some_and(|f| {
                doc.sentence_of(doc.tokens[f.cue_tok].start)
                    != doc.sentence_of(doc.tokens[colon].start)
            })
        {
            return Some(Found {
                cue_tok: colon - 1,
                subject: None,
                addressee: None,
                channel: None,
                named_only: false,
            });
        }
    }
    // (a partial quote's `cue_before` found nothing above)
    let after = cue_after(doc, marked, &b);
    // "Brandvold said, “We lost the left one,” according to the report": a speaker named before
    // the quote in its sentence speaks; "according to" after it is the channel
    if !partial {
        if let Some(a) = after
            .as_ref()
            .filter(|a| doc.tok(a.cue_tok).eq_ignore_ascii_case("according"))
        {
            // (not a pronoun, nor a subject phrase cut short before its cue: "The minister’s
            // aide said" read as "The minister")
            if let Some(mut f) = cue_before(doc, &b).filter(|f| {
                f.subject.as_ref().is_some_and(|np| {
                    let (e, k) = (np.toks.end, f.cue_tok);
                    // (or a clause set off by commas: "Brandvold, who was at the controls,
                    // said")
                    let set_off = e + 2 < k && doc.tok_is(e, b",") && doc.tok_is(k - 1, b",");
                    // (nor one with an owner: "The minister’s aide" is no minister)
                    let owned = np.toks.clone().any(|t| {
                        let w = doc.tok(t);
                        w.ends_with("’s") || w.ends_with("'s") || matches!(w, "’" | "'")
                    });
                    np.kind != np::NpKind::Pronoun
                        && !owned
                        && (set_off
                            || (e..k).all(|t| {
                                doc.tokens[t].kind == TokenKind::Word
                                    && !doc.cap(t)
                                    && !doc.tok(t).contains(['’', '\''])
                                    && np::is_skip_before_cue(doc.tok(t))
                            }))
                }) && doc.sentence_of(doc.tokens[f.cue_tok].start)
                    == doc.sentence_of(doc.tokens[a.cue_tok].start)
            }) {
                f.channel = a.subject.as_ref().map(|np| {
                    doc.text[doc.tokens[np.toks.start].start..doc.tokens[np.toks.end - 1].end]
                        .to_string()
                });
                return Some(f);
            }
        }
    }
    after
        .or_else(|| (!partial).then(|| cue_before(doc, &b)).flatten())
        .or_else(|| {
            partial
                .then(|| subject_of_sentence(doc, marked, &b))
                .flatten()
        })
        .or_else(|| (!partial).then(|| colon_subject(doc, &b)).flatten())
        .or_else(|| cue_in_paragraph(doc, marked, &b))
}

/// "Asked whether Parliament would toughen the text, Fontanet was brief: “…”": a quote after a
/// colon that closes a clause with no cue, whose subject is a name or a pronoun followed by its
/// verb ("was", "sounded", "had ...").
fn colon_subject(doc: &Doc, b: &Bounds) -> Option<Found> {
    let colon = b.open_t.checked_sub(1)?;
    if colon <= b.sent_start || !doc.tok_is(colon, b":") {
        return None;
    }
    // the clause before the colon: after the sentence's last comma
    let start = (b.sent_start..colon)
        .rev()
        .find(|&t| doc.tok_is(t, b","))
        .map_or(b.sent_start, |c| c + 1);
    if (start..colon).any(|t| doc.cue(t).is_some()) || colon - start > 16 {
        return None;
    }
    let pronoun = matches!(
        doc.tok(start),
        "he" | "she" | "He" | "She" | "they" | "They"
    );
    let mut e = start;
    if pronoun {
        e = start + 1;
    } else {
        while e < colon && doc.tokens[e].kind == crate::text::TokenKind::Word && doc.cap(e) {
            e += 1;
        }
    }
    // one to four capitalised words (not an article or a sentence word: "The rules were clear")
    if e == start || e - start > 4 || e >= colon || np::is_sentence_opener(doc.tok(start)) {
        return None;
    }
    // then a linking verb ("was brief:", "was in no mood to talk:", "sounded defiant:"; not
    // "was buzzing:"), "put it bluntly:", "kept it short:", or "had one word for ...:", "has a
    // message for ...:" (not "had a text from his mother:")
    let v = doc.tok_bytes(e);
    let next = doc.tok_bytes(e + 1);
    // (a capital or a body is judged by one word: "Beijing was unmoved:", not "Kyiv was under
    // attack:"; a person also by a longer or "-ing" predicate: "Sean Dyche was fuming:",
    // "Ancelotti was in a reflective mood after the match on Saturday night:"; "He" by at most
    // six words)
    let capital = e == start + 1 && names::is_capital(doc.tok(start));
    let personal =
        pronoun || crate::actors::is_given_name(doc.tok(start)) || names::is_title(doc.tok(start));
    // (not the words someone heard or saw: "Mr Alvarez was walking to his car when he heard it:")
    if (e + 1..colon).any(|t| {
        matches!(
            doc.tok_bytes(t),
            b"when" | b"as" | b"while" | b"heard" | b"saw" | b"read" | b"noticed"
        )
    }) {
        return None;
    }
    let ok = match v {
        b"was" | b"is" | b"sounded" | b"seemed" | b"remained" => {
            if capital {
                colon == e + 2 && !next.ends_with(b"ing")
            } else if pronoun {
                colon - e <= 7
            } else {
                // (an "-ing" mood of one word: "was fuming:", not "was walking to his car ...:")
                colon - e <= 13 && !(next.ends_with(b"ing") && (!personal || colon != e + 2))
            }
        }
        b"put" | b"kept" => next == b"it",
        b"had" | b"has" => {
            matches!(
                next,
                b"a" | b"one"
                    | b"some"
                    | b"few"
                    | b"this"
                    | b"blunt"
                    | b"harsh"
                    | b"little"
                    | b"no"
            ) && (e + 2..colon).any(|t| {
                matches!(
                    doc.tok_bytes(t),
                    b"word"
                        | b"words"
                        | b"message"
                        | b"warning"
                        | b"reply"
                        | b"answer"
                        | b"response"
                        | b"nickname"
                        | b"verdict"
                        | b"advice"
                        | b"patience"
                        | b"regrets"
                        | b"doubt"
                        | b"doubts"
                )
            })
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    // (a quote that goes on as a noun of the clause after it is no one's speech: "Kyiv was dark:
    // “No power until Friday” notices went up")
    if b.close_t < b.para_toks.end
        && doc.tokens[b.close_t].kind == crate::text::TokenKind::Word
        && !doc.cap(b.close_t)
    {
        return None;
    }
    Some(Found {
        cue_tok: e,
        subject: Some(Np {
            toks: start..e,
            kind: if pronoun {
                NpKind::Pronoun
            } else {
                NpKind::Name
            },
        }),
        addressee: None,
        channel: None,
        named_only: true,
    })
}

/// A partial quote in a sentence without any cue: the name that opens the sentence is its source
/// ("The Sudanese Armed Forces rejected the Geneva meeting as “interference dressed up as
/// concern”.").
fn subject_of_sentence(doc: &Doc, marked: &[Span], b: &Bounds) -> Option<Found> {
    let (_, toks, _) = &doc.sents[doc.sentence_of(doc.tokens[b.open_t].start)];
    // an ordinary sentence only (a very long one would be scanned once per quote)
    if toks.len() > 120 {
        return None;
    }
    let any_cue = toks
        .clone()
        .any(|t| (doc.cue(t).is_some() || is_according(doc, t)) && !inside_quote(doc, marked, t));
    if any_cue || toks.start >= b.open_t {
        return None;
    }
    let mut np = crate::quotes::main_subject(doc, toks.start, b.open_t)?;
    // "He characterized the conflict as “…”"
    if np.toks.len() == 1 && np::PRONOUNS.contains(&doc.tok(np.toks.start)) {
        np.kind = NpKind::Pronoun;
    }
    let verb = np.toks.end;
    // (in a headline, a verb's form: "Taoiseach rejects ‘…’ jibe", not "Sudan ceasefire
    // ‘roadmap’ agreed" nor "Charity boss quits over ‘hidden’ funds")
    // (or a plural subject's bare verb: "Ministers defend ‘fair’ budget")
    let headline_verb = || {
        let w = doc.tok_bytes(verb);
        let plural = crate::text::is_plural_form(doc.tok_bytes(np.toks.end - 1));
        crate::text::is_plural_form(w)
            || w.len() > 3 && w.ends_with(b"ed")
            || plural && w.len() > 2 && w.iter().all(u8::is_ascii_lowercase)
    };
    if doc.para_of(doc.tokens[b.open_t].start) == 0 && doc.headline_end() > 0 && !headline_verb() {
        return None;
    }
    let opens =
        (toks.start..np.toks.start).all(|t| matches!(doc.tok_bytes(t), b"The" | b"A" | b"An"));
    (matches!(np.kind, NpKind::Name | NpKind::Pronoun)
        && opens
        && verb < b.open_t
        && doc.tokens[verb].kind == crate::text::TokenKind::Word
        && doc.tok(verb).chars().all(char::is_lowercase))
    .then_some(Found {
        cue_tok: verb,
        subject: Some(np),
        addressee: None,
        channel: None,
        named_only: false,
    })
}

/// After the quote: “…,” X said / “…,” said X / “…,” X told Y.
fn cue_after(doc: &Doc, marked: &[Span], b: &Bounds) -> Option<Found> {
    let (open_t, close_t, next_quote_t) = (b.open_t, b.close_t, b.next_quote_t);
    let sentence_end = |from: usize, to: usize| {
        (from..to)
            .find(|&t| matches!(doc.tok_bytes(t), b"." | b"!" | b"?") && t > from)
            .map(|t| t + 1)
            .unwrap_or(to)
    };
    // (searched no further than the cap: the same bound)
    let after_hi = sentence_end(close_t, next_quote_t.min(close_t + 14)).min(close_t + 14);
    // the quote's last word is followed by a full stop, "!" or "?" inside its marks
    let ends_sentence = close_t >= 2
        && matches!(doc.tok_bytes(close_t - 2), b"." | b"!" | b"?")
        && doc.tokens[close_t - 1].kind != crate::text::TokenKind::Word;
    // `inside_quote` for the increasing tokens of the loop: the quote spans starting at or before
    // the token, followed with one index
    let mut qi = if close_t < after_hi {
        let b = doc.tokens[close_t].start;
        marked.partition_point(|m| m.outer.start <= b)
    } else {
        0
    };
    for k in close_t..after_hi {
        let b = doc.tokens[k].start;
        while qi < marked.len() && marked[qi].outer.start <= b {
            qi += 1;
        }
        if qi > 0 && marked[qi - 1].outer.end > b {
            break;
        }
        if let Some(cue) = doc.cue(k) {
            if cue.participle && k > close_t {
                continue;
            }
            // "He said, “… early.” After the match, Tunisia's coach Nabil Maaloul said, “…”": after
            // a quote that ends its sentence, a cue that opens the next quote is that quote's
            if ends_sentence
                && k + 1 < next_quote_t
                && (k + 1..next_quote_t).all(|t| matches!(doc.tok_bytes(t), b"," | b":"))
            {
                return None;
            }
            // "“…,” TASS quoted Grushin as saying": the person quoted speaks, the agency is
            // the channel
            // (or a pronoun or a role: "the agency quoted him as saying", "the statement
            // quoted the governor as saying")
            let quoted = matches!(doc.tok_bytes(k), b"quoted" | b"quotes" | b"cited")
                .then(|| np::quoted_pronoun(doc, k).or_else(|| np_after(doc, k, next_quote_t)))
                .flatten()
                .filter(|np| {
                    np.toks.end + 1 < next_quote_t
                        && doc.tok_is(np.toks.end, b"as")
                        && doc.cue(np.toks.end + 1).is_some_and(|c| c.participle)
                });
            if let Some(np) = quoted {
                let channel = np_before(doc, k, close_t).map(|c| {
                    doc.text[doc.tokens[c.toks.start].start..doc.tokens[c.toks.end - 1].end]
                        .to_string()
                });
                return Some(Found {
                    cue_tok: np.toks.end + 1,
                    subject: Some(np),
                    addressee: None,
                    channel,
                    named_only: false,
                });
            }
            let subject = if k == close_t || (k == close_t + 1 && doc.tok_is(close_t, b",")) {
                np_after(doc, k, next_quote_t).map(|np| np::owner_role_name(doc, np, next_quote_t))
            } else {
                np_before(doc, k, close_t)
            };
            // "“…,” said the 24-year-old": an age for the person named before
            let subject = subject.or_else(|| {
                (k + 2 < doc.tokens.len()
                    && matches!(doc.tok(k + 1), "the" | "The")
                    && doc.tok(k + 2).ends_with("-year-old"))
                .then(|| Np {
                    toks: k + 1..k + 3,
                    kind: NpKind::Role,
                })
            });
            // (in the quote's own sentence: not "… exercise". People were encouraged to ... and
            // suggest")
            let subject = subject.or_else(|| {
                let lo = doc.sents[doc.sentence_of(doc.tokens[k].start)].1.start;
                (k > close_t + 1 && lo < open_t)
                    .then(|| coordinated_subject(doc, lo, k))
                    .flatten()
            });
            // "urged Washington to", "accused Democrats of": the phrase after is the object
            let subject = subject.or_else(|| {
                (!cue.addressee || k <= close_t + 1)
                    .then(|| inverted_subject(doc, k, next_quote_t))
                    .flatten()
            });
            if subject.is_none() && k > close_t + 1 {
                // "“…,” his father said", "“…,” a neighbour said", "“…,” one negotiator from a
                // developing country said": an unnamed speaker is still the speaker (nobody), not
                // whoever the sentence before was about
                let from = close_t + usize::from(doc.tok_is(close_t, b","));
                let unnamed = k > from + 1
                    && (k <= from + 4
                        || (k <= from + 8
                            && (from + 2..k).any(|t| matches!(doc.tok_bytes(t), b"from" | b"of"))))
                    && matches!(
                        doc.tok_bytes(from),
                        b"a" | b"an" | b"his" | b"her" | b"their" | b"one" | b"another"
                    )
                    && (from..k).all(|t| doc.tokens[t].kind == TokenKind::Word && !doc.cap(t));
                if !unnamed {
                    continue;
                }
            }
            let addressee = addressee_after(doc, k, cue.addressee, &subject, next_quote_t);
            let channel = channel_in(doc, k, next_quote_t, &subject);
            return Some(Found {
                cue_tok: k,
                subject,
                addressee,
                channel,
                named_only: false,
            });
        }
        if is_according(doc, k) {
            let np = np_after(doc, k + 1, next_quote_t)
                .map(|np| np::relayed_source(doc, np, next_quote_t));
            return Some(Found {
                cue_tok: k,
                subject: np,
                addressee: None,
                channel: None,
                named_only: false,
            });
        }
    }
    None
}

/// True if token `t` makes the word after it a noun: a determiner or a possessive ("the
/// remarks", "his claims", "the Chief Minister's remarks").
fn is_noun_marker(doc: &Doc, t: usize) -> bool {
    let w = doc.tok(t);
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "’" | "'"
    ) || w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))
}

/// Before the quote in its sentence: X said: “…” / X told Y: “…” / ..., saying “…”. A pronoun
/// subject of an inner cue ("The RSF said it welcomed “…”") gives way to the outer cue's subject.
fn cue_before(doc: &Doc, b: &Bounds) -> Option<Found> {
    let sent_start = b.sent_start;
    let mut pronoun: Option<Found> = None;
    for k in (sent_start..b.open_t).rev() {
        if let Some(cue) = doc.cue(k) {
            // a noun, not a verb: "Asked about the Chief Minister's remarks, he said: “…”"
            if k > sent_start && is_noun_marker(doc, k - 1) {
                continue;
            }
            let real_start = doc.sents[doc.sentence_of(doc.tokens[k].start)].1.start;
            // "with Boswell stating: “…”": an absolute phrase names its own speaker
            let own = (cue.participle && k >= sent_start + 2)
                .then(|| np_before(doc, k, sent_start))
                .flatten()
                .filter(|np| {
                    // (after a title: "with Demons coach Adam Kerrigan admitting his side “…”")
                    let titled = (np.toks.start.saturating_sub(4).max(sent_start)..np.toks.start)
                        .rev()
                        .take_while(|&t| doc.tokens[t].kind == TokenKind::Word)
                        .find(|&t| doc.tok_is(t, b"with"))
                        .is_some_and(|w| {
                            (w + 1..np.toks.start)
                                .all(|t| doc.cap(t) || np::ROLE_NOUN_SET.contains(doc.tok(t)))
                        });
                    np.kind == NpKind::Name
                        && np.toks.end == k
                        && np.toks.start > sent_start
                        && (doc.tok_is(np.toks.start - 1, b"with") || titled)
                });
            // "The release quoted State general secretary Om Prakash Mishra as saying, “…”": the
            // person quoted
            let quoted_as = cue
                .participle
                .then(|| np::quoted_as_subject(doc, k, sent_start))
                .flatten();
            // "The toll ... was described by Benítez Ocampo as “a tax on our geography”": a
            // passive cue's agent after "by" speaks
            let agent = (!cue.participle
                && k > sent_start
                && matches!(
                    doc.tok_bytes(k - 1),
                    b"was" | b"were" | b"is" | b"are" | b"been" | b"being"
                )
                && k + 2 < b.open_t
                && doc.tok_is(k + 1, b"by"))
            .then(|| np_after(doc, k + 1, b.open_t))
            .flatten()
            .filter(|np| np.kind == NpKind::Name);
            // "prompting Japan’s top currency official, Hiroshi Kanemoto, to tell reporters that
            // ... “…”", "Dotan also used the meeting to warn Hezbollah that ...": an infinitive
            // cue's subject is the name before "to" that a causing verb makes speak, else, with
            // no name there, the clause's subject (a name asked or urged to speak, or a
            // preposition's or verb's object, is no speaker: "urged Mayor Karen Bass to say",
            // "wrote to its auditor, Deloitte, to say", "switching to English to say")
            let infinitive = (!cue.participle && k > sent_start + 1 && doc.tok_is(k - 1, b"to"))
                .then(|| match np_before(doc, k - 1, sent_start) {
                    // (a preposition's object: "an interview with Le Parisien to warn" is the
                    // clause subject's)
                    Some(np)
                        if np.kind == NpKind::Name
                            && np.toks.start > sent_start
                            && matches!(
                                doc.tok_bytes(np.toks.start - 1),
                                b"with" | b"on" | b"in" | b"at" | b"from" | b"for"
                            ) =>
                    {
                        crate::quotes::main_subject(doc, sent_start, np.toks.start - 1)
                    }
                    Some(np) if np.kind == NpKind::Name => {
                        let lo = np.toks.start.saturating_sub(8).max(sent_start);
                        (lo..np.toks.start)
                            .any(|t| {
                                matches!(
                                    doc.tok_bytes(t),
                                    b"prompting"
                                        | b"prompted"
                                        | b"forcing"
                                        | b"forced"
                                        | b"leading"
                                        | b"led"
                                        | b"pushed"
                                        | b"pushing"
                                )
                            })
                            .then_some(np)
                    }
                    _ => crate::quotes::main_subject(doc, sent_start, k - 1),
                })
                .flatten();
            let subject = if let Some(np) = own.or(quoted_as).or(agent).or(infinitive) {
                Some(np)
            } else if cue.participle {
                // (from the sentence's own start past a quote inside it: "Jefferies took a
                // harsher view, downgrading the stock to 'hold' and warning that “…”")
                crate::quotes::main_subject(doc, sent_start, k)
                    .or_else(|| {
                        (real_start < sent_start)
                            .then(|| crate::quotes::main_subject(doc, real_start, k))
                            .flatten()
                    })
                    .map(|np| crate::quotes::analysts_at(doc, np, b.open_t))
            } else {
                np_before(doc, k, sent_start)
                    // ("X, a deputy chairman of Y, the country’s largest ..., urged": X; "The
                    // union, in a statement signed by its General Secretary, X, said": the union)
                    .map(|np| {
                        crate::quotes::signatory(doc, sent_start, &np)
                            .or_else(|| crate::quotes::stacked_appositives(doc, sent_start, k, &np))
                            .unwrap_or(np)
                    })
                    // "..., Siobhán O’Dowd, who said the strategy was “…”": the relative
                    // pronoun's antecedent, when this cue is the quote's (no nearer main verb
                    // after a comma: not "who asked not to be named, said “…”"; nor "which calls
                    // itself “…”")
                    .or_else(|| {
                        (k + 1 < b.open_t
                            && !matches!(
                                doc.tok_bytes(k + 1),
                                b"itself" | b"himself" | b"herself" | b"themselves"
                            )
                            && (k + 1..b.open_t)
                                .all(|t| doc.cue(t).is_none() || !doc.tok_is(t - 1, b",")))
                        .then(|| crate::quotes::relative_subject(doc, sent_start, k, None))
                        .flatten()
                    })
                    // "The Internet security firm Secunia.com, has said that ... “highly critical”"
                    .or_else(|| crate::quotes::comma_subject(doc, sent_start, k))
                    // "The senator, a former governor who chairs the ... committee, said"
                    // (not a document: "The study, by the Ocean Plastics Consortium, found")
                    .or_else(|| {
                        crate::quotes::appositive_subject(doc, sent_start, k).filter(|a| {
                            let w = crate::quotes::lower(doc.tok(a.toks.end - 1));
                            !np::is_document_noun(&w) && !crate::quotes::is_study_noun(w.as_bytes())
                        })
                    })
                    .or_else(|| {
                        // "X said it “deeply regretted” the decision and urged Washington to “act”",
                        // "Pellow refused to discuss the fee ..., but said the midfielder would
                        // ‘fit like a glove’": a coordinated verb shares the subject of the sentence
                        // (or, in a headline, a comma: "CBN raises MPR to 28.25%, says inflation
                        // fight 'far from over'")
                        // (not before an inverted speaker: "Pound falls, says trader 'panic'
                        // setting in", "Stocks fall, say analysts 'nervous'")
                        let conj = k > real_start + 1
                            && (matches!(doc.tok_bytes(k - 1), b"and" | b"but")
                                || doc.tok_is(k - 1, b",")
                                    && doc.para_of(doc.tokens[k].start) == 0
                                    && doc.headline_end() > 0
                                    && !(names::is_role_like(doc, k + 1)
                                        || np::ROLE_NOUN_SET
                                            .contains(&crate::quotes::lower(doc.tok(k + 1)))));
                        conj.then(|| {
                            let end = if doc.tok_is(k - 2, b",") {
                                k - 2
                            } else {
                                k - 1
                            };
                            // (in a relative clause, its antecedent: "Siobhán O’Dowd, who said
                            // ... and accused him of presiding over “…”")
                            let relative = (real_start + 1..end)
                                .rev()
                                .find(|&t| matches!(doc.tok_bytes(t), b"who" | b"which"))
                                .filter(|&w| doc.cue(w + 1).is_some())
                                .and_then(|w| {
                                    crate::quotes::relative_subject(doc, real_start, w + 1, None)
                                });
                            // (the body, not its statement's signatory: "The NLC, in a
                            // statement signed by its President, X, described ... and said")
                            relative
                                .or_else(|| crate::quotes::main_subject(doc, real_start, end))
                                .map(|np| {
                                    crate::quotes::signatory(doc, real_start, &np).unwrap_or(np)
                                })
                        })
                        .flatten()
                    })
            };
            let Some(np) = subject else { continue };
            // "She said Islamabad welcomed the steps but that “…”": the quote stands in a second
            // reported clause, so the verb of the first is not its speaker's; the cue before that
            // verb's subject is. (Not "Police said Hale told officers: “…”": Hale's words.)
            let reported = !cue.participle
                && np.toks.start > sent_start
                && doc
                    .cue(np.toks.start - 1)
                    .is_some_and(|c| c.reports && !c.participle)
                && (sent_start..np.toks.start - 1).any(|t| doc.tokens[t].kind == TokenKind::Word)
                && (k + 1..b.open_t.saturating_sub(1)).any(|t| crate::quotes::and_that(doc, t));
            if reported {
                continue;
            }
            // "Okonjo said ..., and that Halcyon would respond “fully and quickly.”": a cue
            // under a modal inside a reported clause is something yet to be said, not a report;
            // the reporting cue before it speaks
            let modal = |t: usize| {
                matches!(
                    doc.tok_bytes(t),
                    b"would" | b"will" | b"could" | b"should" | b"might" | b"must" | b"may"
                )
            };
            let future = !cue.participle
                && k > sent_start + 1
                && (modal(k - 1)
                    || k > sent_start + 2 && doc.tok_is(k - 1, b"not") && modal(k - 2))
                && np.toks.start > sent_start
                && (sent_start..np.toks.start - 1)
                    .any(|t| doc.cue(t).is_some_and(|c| c.reports && !c.participle));
            if future {
                continue;
            }
            let addressee = addressee_after(doc, k, cue.addressee, &None, b.open_t);
            let found = Found {
                cue_tok: k,
                subject: Some(np.clone()),
                addressee,
                channel: None,
                named_only: false,
            };
            if np.kind == np::NpKind::Pronoun && np.toks.start > sent_start {
                pronoun.get_or_insert(found);
                continue;
            }
            return Some(found);
        }
        if is_according(doc, k) {
            // ("According to Wam, she told the ambassador that ... “…”": the speaker of the
            // cue after it, whom the source relays)
            if pronoun.is_some() {
                return pronoun;
            }
            let np = np_after(doc, k + 1, b.open_t)
                .map(|np| np::relayed_source(doc, np, b.open_t))
                .map(|np| np::document_source(doc, np, b.open_t));
            return Some(Found {
                cue_tok: k,
                subject: np,
                addressee: None,
                channel: None,
                named_only: false,
            });
        }
    }
    pronoun
}

/// How far (in tokens) from a quote `cue_in_paragraph` looks for a cue. Bounding the window keeps
/// the search linear in a paragraph of many quotes.
const PARAGRAPH_CUE_WINDOW: usize = 120;

/// Anywhere in the paragraph, nearest first, outside quotes (within `PARAGRAPH_CUE_WINDOW` tokens).
fn cue_in_paragraph(doc: &Doc, marked: &[Span], b: &Bounds) -> Option<Found> {
    let (open_t, close_t, para_toks) = (b.open_t, b.close_t, b.para_toks.clone());
    // (the cheap cue test first: most tokens are no cue, and then need no search of the quotes)
    let is_cue =
        |k: usize| doc.cue(k).is_some_and(|c| !c.participle) && !inside_quote(doc, marked, k);
    let lo = para_toks
        .start
        .max(open_t.saturating_sub(PARAGRAPH_CUE_WINDOW));
    let hi = para_toks
        .end
        .min(close_t.saturating_add(PARAGRAPH_CUE_WINDOW));
    let before = (lo..open_t.min(para_toks.end)).rev().find(|&k| is_cue(k));
    let after = (close_t.max(para_toks.start)..hi).find(|&k| is_cue(k));
    let best: Option<(usize, usize)> = match (before, after) {
        (Some(a), Some(c)) => {
            let (da, dc) = (open_t - a, c - close_t);
            Some(if dc < da { (dc, c) } else { (da, a) })
        }
        (Some(a), None) => Some((open_t - a, a)),
        (None, Some(c)) => Some((c - close_t, c)),
        (None, None) => None,
    };
    if let Some((_, k)) = best {
        let lo = doc.sents[doc.sentence_of(doc.tokens[k].start)].1.start;
        let lo = if k > close_t { lo.max(close_t) } else { lo };
        let cue = doc.cue(k).expect("cue");
        let subject = np_before(doc, k, lo)
            .or_else(|| coordinated_subject(doc, lo, k))
            .or_else(|| {
                (!cue.addressee)
                    .then(|| inverted_subject(doc, k, para_toks.end))
                    .flatten()
                    .map(|np| np::owner_role_name(doc, np, para_toks.end))
            });
        if subject.is_some() {
            let addressee = addressee_after(doc, k, cue.addressee, &subject, para_toks.end);
            return Some(Found {
                cue_tok: k,
                subject,
                addressee,
                channel: None,
                named_only: false,
            });
        }
    }
    None
}

fn is_according(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    // (the length first: most tokens fail it)
    t.end - t.start == 9
        && doc.tok_bytes(k).eq_ignore_ascii_case(b"according")
        && k + 1 < doc.tokens.len()
        && doc.tok_is(k + 1, b"to")
}

fn addressee_after(
    doc: &Doc,
    k: usize,
    takes: bool,
    subject: &Option<Np>,
    hi: usize,
) -> Option<Np> {
    if !takes {
        return None;
    }
    let np = np_after(doc, k, hi)?;
    // inverted subject, not an addressee
    if subject
        .as_ref()
        .is_some_and(|s| s.toks.start == np.toks.start)
    {
        return None;
    }
    // "warned the Manager of Opposition Business, Tim Fairweather, that ...": the name set off
    // after an office or role is whom it names
    let c = np.toks.end;
    if c + 3 < hi
        && doc.tok_is(c, b",")
        && crate::actors::is_given_name(doc.tok(c + 1))
        && doc.cap(c + 2)
    {
        let mut e = c + 2;
        while e < hi && doc.cap(e) && doc.tokens[e].kind == crate::text::TokenKind::Word {
            e += 1;
        }
        if e < hi && doc.tok_is(e, b",") {
            return Some(Np {
                toks: c + 1..e,
                kind: np::NpKind::Name,
            });
        }
    }
    Some(np)
}

/// "according to Iranian state television" after a cue that already has a subject: a channel.
fn channel_in(doc: &Doc, k: usize, hi: usize, subject: &Option<Np>) -> Option<String> {
    subject.as_ref()?;
    let hi = hi.min(k + 16);
    for t in k..hi.saturating_sub(1) {
        if is_according(doc, t) {
            let end = (t + 2..hi)
                .find(|&x| matches!(doc.tok_bytes(x), b"." | b"," | b";"))
                .unwrap_or(hi);
            if end > t + 2 {
                return Some(
                    doc.text[doc.tokens[t + 2].start..doc.tokens[end - 1].end].to_string(),
                );
            }
        }
    }
    None
}
