//! Indirect speech without quote marks: "X said (that) ...", "X told Y (that) ...", "..., X said.",
//! "according to X, ...", and the participle form "..., saying ...".

use super::Span;
use crate::attribution::np::{np_after, np_before, Np, NpKind};
use crate::cues;
use crate::text::{is_plural_form, Doc, TokenKind};
use std::ops::Range;

/// A reported clause and where its cue is.
#[derive(Debug, Clone)]
pub(crate) struct Indirect {
    pub content: Range<usize>,
    /// Token index of the cue verb (or of "according").
    pub cue_tok: usize,
    pub subject: Option<Np>,
    /// Token index where the addressee phrase starts, if any (after "told").
    pub addressee: Option<Np>,
    pub according: bool,
    /// False for a cue whose bare object is no reported speech ("Markus Landgraf has estimated
    /// the number of interstellar dust particles that ..."): not a quote, but its subject stays
    /// the speaker that a following pronoun or cue-less quote continues ("He estimated that ...").
    pub speech: bool,
}

const ADJUNCT_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "late",
    "early",
    "last",
    "this",
    "a",
    "an",
    "the",
    "statement",
    "briefing",
    "interview",
    "with",
    "news",
    "conference",
    "press",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "earlier",
    "also",
    "later",
    "afterwards",
    "afterward",
    // "said in an exchange filing", "said in a research note", "said in a blog post"
    "filing",
    "exchange",
    "regulatory",
    "memo",
    "blog",
    "podcast",
    "during",
    "speech",
    "televised",
    "written",
    "joint",
    "told",
    "reporters",
    "journalists",
    "parliament",
    "lawmakers",
    "tuesday's",
    "radio",
    "television",
    "tv",
    "today",
    "yesterday",
    "again",
    "before",
    "after",
    "meeting",
    "talks",
    "call",
    "phone",
    "social",
    "media",
    "post",
    "posted",
    "website",
    "by",
    "telephone",
    "via",
    "video",
    "link",
    "report",
    "note",
    "filing",
    "letter",
    "notice",
    "email",
    "remarks",
    "comments",
    "bulletin",
    "advisory",
    "release",
    "text",
    "message",
    "messages",
    "messaging",
    "app",
    "sent",
    "to",
    "its",
    "his",
    "her",
    "their",
    "channel",
    "account",
    "online",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "update",
    "issued",
    "released",
    "published",
];

/// "according" in any case (its length first: the test runs on every token of a sentence).
#[inline(always)]
fn is_according(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.end - t.start == 9 && doc.tok_bytes(k).eq_ignore_ascii_case(b"according")
}

/// The words of [`ADJUNCT_WORDS`], looked up without hashing a string.
static ADJUNCT_SET: crate::text::WordSet = crate::text::WordSet::new(ADJUNCT_WORDS);

/// `ADJUNCT_WORDS.contains(&w.to_lowercase())`: an ASCII word is lower-cased into a stack buffer
/// (no allocation) and looked up in [`ADJUNCT_SET`].
fn is_adjunct_word(w: &str) -> bool {
    let b = w.as_bytes();
    if !b.is_ascii() {
        return ADJUNCT_SET.contains(&super::lower(w));
    }
    let mut buf = [0u8; 12];
    let Some(l) = buf.get_mut(..b.len()) else {
        return false; // longer than any adjunct word
    };
    for (d, s) in l.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // (ASCII lower-cased stays UTF-8)
    std::str::from_utf8(l).is_ok_and(|l| ADJUNCT_SET.contains(l))
}

fn trim_content(doc: &Doc, mut r: Range<usize>) -> Range<usize> {
    let s = &doc.text[r.clone()];
    let t =
        s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!'));
    r.end = r.start + t.len();
    let lead = t.len()
        - t.trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    r.start += lead;
    r
}

/// At least `n` words among the tokens `toks` (`n` >= 1); stops counting at `n`.
fn has_words(doc: &Doc, toks: Range<usize>, n: usize) -> bool {
    let mut left = n;
    for t in toks {
        if doc.tokens[t].kind == TokenKind::Word {
            left -= 1;
            if left == 0 {
                return true;
            }
        }
    }
    false
}

fn is_passive(doc: &Doc, k: usize, lo: usize) -> bool {
    k > lo
        && matches!(
            doc.tok_bytes(k - 1),
            b"was" | b"is" | b"be" | b"been" | b"are" | b"were" | b"being"
        )
}

/// "reports" / "reported", which the cue lexicon leaves out (a newspaper "reports" losses), as a
/// cue where the caller allows it; with `object_sense`, what follows bare must be a clause.
fn report_cue(object_sense: bool) -> cues::CueInfo {
    cues::CueInfo {
        lemma: "report",
        reports: true,
        addressee: false,
        participle: false,
        object_sense,
    }
}

/// Indirect speech in sentences that hold no direct quote.
pub(crate) fn detect_indirect(doc: &Doc, marked: &[Span]) -> Vec<Indirect> {
    let mut out = Vec::new();
    // `sentence_indirect` acts only on trigger tokens: `Doc::new` finds them all (in order), and
    // each sentence takes its slice of them
    let triggers = &doc.triggers;
    let mut ti = 0;
    // (reused for each sentence's quote spans)
    let mut avoid: Vec<Range<usize>> = Vec::new();
    let mut mi = 0;
    for (srange, toks, _) in &doc.sents {
        while ti < triggers.len() && triggers[ti] < toks.start {
            ti += 1;
        }
        let mut tj = ti;
        while tj < triggers.len() && triggers[tj] < toks.end {
            tj += 1;
        }
        let trig = &triggers[ti..tj];
        // skip sentences that overlap a direct quote
        while mi < marked.len() && marked[mi].outer.end <= srange.start {
            mi += 1;
        }
        // a sentence holding a direct or partial quote is reported through that quote
        // (a crowd's chant is no one's speech in the report around it: "The crowd chanted
        // “Free Palestine” outside the embassy, police said")
        let overlaps_direct = marked[mi..]
            .iter()
            .take_while(|m| m.outer.start < srange.end)
            .any(|m| m.kind.is_ok() && !super::is_chant(doc, m));
        if overlaps_direct {
            let last_end = marked[mi..]
                .iter()
                .take_while(|m| m.outer.start < srange.end)
                .map(|m| m.outer.end)
                .max();
            // (it reports through a finite cue of the sentence: without one, nothing to scan)
            // (or a reporting participle: "X called it “…,” adding that ...")
            let finite_cue = trig.iter().any(|&k| doc.cue(k).is_some_and(|c| c.reports));
            let co = last_end
                .filter(|_| finite_cue)
                .and_then(|e| coordinated_after_quote(doc, srange.clone(), toks.clone(), e));
            // a reported clause of the sentence that holds no quote: "Silver Thread said the case
            // showed ..., and warned that ... ‘far more common ...’"
            let own = (toks.len() >= 5 && !trig.is_empty())
                .then(|| {
                    avoid.clear();
                    avoid.extend(
                        marked[mi..]
                            .iter()
                            .take_while(|m| m.outer.start < srange.end)
                            .map(|m| m.outer.clone()),
                    );
                    sentence_indirect(doc, srange.clone(), toks.clone(), &avoid, trig)
                })
                .flatten()
                .filter(|s| {
                    co.as_ref().is_none_or(|c| {
                        c.content.end <= s.content.start || s.content.end <= c.content.start
                    })
                });
            out.extend(own);
            out.extend(co);
            continue;
        }
        if toks.len() < 5 {
            continue;
        }
        // "CONTENT, the inquest at St Pancras Coroner's Court heard.", "The hearing was told
        // that ...": evidence reported with no speaker (only where no cue of the sentence reports)
        let whole = (!trig.is_empty())
            .then(|| sentence_indirect(doc, srange.clone(), toks.clone(), &[], trig))
            .flatten();
        let Some(ind) = whole else {
            out.extend(court_heard(doc, srange.clone(), toks.clone()));
            continue;
        };
        // "CONTENT, Ukrainian officials said on Tuesday, while Moscow said ...", "The ministry
        // said prices rose, while the bank said they fell": each side of ", while" reports on its
        // own
        if let Some(comma) = while_split(doc, toks.clone(), trig) {
            let n = trig.partition_point(|&k| k < comma);
            let cut = doc.tokens[comma].start;
            let after = doc.tokens[comma + 2].start;
            let first =
                sentence_indirect(doc, srange.start..cut, toks.start..comma, &[], &trig[..n]);
            let second =
                sentence_indirect(doc, after..srange.end, comma + 2..toks.end, &[], &trig[n..]);
            if first.as_ref().is_some_and(|f| f.speech) && second.as_ref().is_some_and(|s| s.speech)
            {
                out.extend(first);
                out.extend(second);
                continue;
            }
        }
        let second = (!ind.according && ind.speech)
            .then(|| {
                second_clause(doc, srange.clone(), toks.clone(), &ind)
                    .or_else(|| participle_after(doc, srange.clone(), toks.clone(), &ind))
                    .or_else(|| other_speaker_after(doc, srange.clone(), toks.clone(), &ind))
            })
            .flatten();
        // "X said A, adding that B, and that C": the participle's report has its own second
        let third = second
            .as_ref()
            .filter(|s| doc.cue(s.cue_tok).is_some_and(|c| c.participle))
            .and_then(|s| second_clause(doc, srange.clone(), toks.clone(), s));
        out.push(ind);
        out.extend(second);
        out.extend(third);
    }
    out
}

/// A court, an inquest, a jury, a hearing or a tribunal that heard or was told: the body of the
/// report (kept without a speaker).
fn is_hearing_noun(w: &[u8]) -> bool {
    matches!(
        w,
        b"court"
            | b"Court"
            | b"inquest"
            | b"Inquest"
            | b"jury"
            | b"hearing"
            | b"tribunal"
            | b"Tribunal"
    )
}

/// "CONTENT, Northampton Crown Court heard." / "CONTENT, the hearing was told." and "The hearing
/// was told (that) CONTENT": evidence a court heard, reported with no speaker.
fn court_heard(doc: &Doc, srange: Range<usize>, toks: Range<usize>) -> Option<Indirect> {
    let (lo, hi) = (dateline_end(doc, toks.start, toks.end), toks.end);
    // the verb: "heard", or "told" after "was"
    let verb = |t: usize| {
        doc.tok_is(t, b"heard") || (doc.tok_is(t, b"told") && t > lo && doc.tok_is(t - 1, b"was"))
    };
    let noun_before = |v: usize| {
        let n = if doc.tok_is(v, b"told") { v - 1 } else { v };
        n > lo && is_hearing_noun(doc.tok_bytes(n - 1))
    };
    // inverted: the sentence ends at the verb
    let mut end = hi;
    while end > lo && doc.tokens[end - 1].kind != TokenKind::Word {
        end -= 1;
    }
    if end > lo + 4 && verb(end - 1) && noun_before(end - 1) {
        let comma = (lo..end - 1)
            .rev()
            .take(10)
            .find(|&t| doc.tok_is(t, b","))?;
        if !has_words(doc, lo..comma, 4) {
            return None;
        }
        let content = trim_content(doc, doc.tokens[lo].start..doc.tokens[comma].start);
        return Some(Indirect {
            content,
            cue_tok: end - 1,
            subject: None,
            addressee: None,
            according: false,
            speech: true,
        });
    }
    // opening: "The hearing was told that ...", "The inquest heard that ..."
    let v = (lo + 1..(lo + 6).min(hi)).find(|&t| verb(t) && noun_before(t))?;
    if !(lo..v).all(|t| doc.tokens[t].kind == TokenKind::Word) {
        return None;
    }
    // (a clause, not an object: "The court heard the case over three days")
    let c = if doc.tok_is(v + 1, b"that") {
        v + 2
    } else if v + 1 < hi && is_clause(doc, v + 1, hi) {
        v + 1
    } else {
        return None;
    };
    if c >= hi || !has_words(doc, c..hi, 4) {
        return None;
    }
    let content = clause_without_marks(doc, srange, c, hi)?;
    Some(Indirect {
        content,
        cue_tok: v,
        subject: None,
        addressee: None,
        according: false,
        speech: true,
    })
}

/// The comma of ", while" (or ", whereas") in a sentence whose both sides may report: a cue
/// before it and one within five tokens after it.
fn while_split(doc: &Doc, toks: Range<usize>, trig: &[usize]) -> Option<usize> {
    (toks.start + 5..toks.end.saturating_sub(4)).find(|&t| {
        doc.tok_is(t, b",")
            && matches!(doc.tok_bytes(t + 1), b"while" | b"whereas")
            && trig.first().is_some_and(|&k| k < t)
            && (t + 2..(t + 7).min(toks.end)).any(|k| doc.cue(k).is_some_and(|c| c.reports))
    })
}

/// The second reported clause of a sentence whose first one is `first`: "X said A and insisted
/// that B", "X said A, and that B".
fn second_clause(
    doc: &Doc,
    srange: Range<usize>,
    toks: Range<usize>,
    first: &Indirect,
) -> Option<Indirect> {
    let hi = toks.end;
    let from = doc.token_at(first.content.end);
    if from <= first.cue_tok || from >= hi {
        return None;
    }
    let (t, c) = (from..hi).find_map(|t| second_report(doc, t, hi, true).map(|c| (t, c)))?;
    if t > from + 2 {
        return None;
    }
    let cue_tok = (t..c)
        .find(|&j| doc.cue(j).is_some())
        .unwrap_or(first.cue_tok);
    let content = clause_without_marks(doc, srange, c, hi)?;
    Some(Indirect {
        content,
        cue_tok,
        subject: first.subject.clone(),
        addressee: None,
        according: false,
        speech: true,
    })
}

/// The reported clause from token `c` to its end (before `hi`, in the sentence of bytes
/// `srange`), trimmed; none if empty or if it holds a quote mark (its quote is found as such).
fn clause_without_marks(
    doc: &Doc,
    srange: Range<usize>,
    c: usize,
    hi: usize,
) -> Option<Range<usize>> {
    let end = clause_end(doc, c, hi).map_or(srange.end, |e| doc.tokens[e].start);
    let content = trim_content(doc, doc.tokens[c].start..end);
    (content.start < content.end
        && !doc.text[content.clone()].contains(['“', '"', '«', '‘', '”', '»']))
    .then_some(content)
}

/// ", and a spokesperson confirmed ...": the cue token of a second speaker, a role phrase of up
/// to three words after ", and" at the comma `t`.
fn second_speaker_cue(doc: &Doc, t: usize, hi: usize) -> Option<usize> {
    if t + 4 >= hi || !matches!(doc.tok_bytes(t + 1), b"and" | b"but") {
        return None;
    }
    // ", and Japan said it would send an emergency response team": a name of up to three words
    if !matches!(doc.tok_bytes(t + 2), b"a" | b"an" | b"the") {
        let name_end = (t + 2..(t + 5).min(hi))
            .find(|&j| !(doc.cap(j) && doc.tokens[j].kind == TokenKind::Word))?;
        let opener = crate::attribution::np::is_sentence_opener(doc.tok(t + 2));
        return (name_end > t + 2
            && !opener
            && doc
                .cue(name_end)
                .is_some_and(|c| c.reports && !c.participle))
        .then_some(name_end);
    }
    (t + 3..(t + 6).min(hi))
        .find(|&k| {
            crate::attribution::np::ROLE_NOUN_SET.contains(doc.tok(k))
                && doc.cue(k + 1).is_some_and(|c| c.reports && !c.participle)
        })
        .map(|k| k + 1)
}

/// "X said A, and a spokesperson confirmed B": the report of a second speaker, a role phrase, in
/// a clause coordinated after the first report `first`.
fn other_speaker_after(
    doc: &Doc,
    srange: Range<usize>,
    toks: Range<usize>,
    first: &Indirect,
) -> Option<Indirect> {
    let hi = toks.end;
    let t = doc.token_at(first.content.end);
    if t <= first.cue_tok || t >= hi || !doc.tok_is(t, b",") {
        return None;
    }
    let k = second_speaker_cue(doc, t, hi)?;
    let mut c = k + 1;
    if c < hi && doc.tok_is(c, b"that") {
        c += 1;
    }
    let cue = doc.cue(k)?;
    // (a short clause too: "a hospital spokesperson confirmed 30 were injured")
    if c >= hi
        || !has_words(doc, c..hi, 3)
        || !(doc.tok_is(c - 1, b"that") || reports_clause(doc, cue, c, hi))
    {
        return None;
    }
    let content = clause_without_marks(doc, srange, c, hi)?;
    // (the spokesperson of the body that spoke first: "The Football Association said A, and a
    // spokesperson confirmed B")
    // (a bare one: "a hospital spokesperson" is the hospital's)
    let spokes = doc.tok(k - 1).starts_with("spokes") && k - 1 == t + 3;
    // (not a medium's: "Reuters reported that A, and a spokesperson confirmed B")
    let body_first = first.subject.as_ref().filter(|np| {
        np.kind == NpKind::Name
            && !crate::actors::is_given_name(doc.tok(np.toks.start))
            && doc.cue(first.cue_tok).is_some()
    });
    let named = doc.cap(t + 2);
    let subject = match body_first {
        Some(np) if spokes => np.clone(),
        _ => Np {
            toks: t + 2..k,
            kind: if named { NpKind::Name } else { NpKind::Role },
        },
    };
    Some(Indirect {
        content,
        cue_tok: k,
        subject: Some(subject),
        addressee: None,
        according: false,
        speech: true,
    })
}

/// Content that stays clear of the quote-marked spans `avoid`: as is, or cut before a trailing
/// ", which she described as “…”" / ", with the i reporting … “…”".
fn fit(doc: &Doc, content: Range<usize>, avoid: &[Range<usize>]) -> Option<Range<usize>> {
    // `avoid` is in document order and its spans do not overlap: binary search
    let clash = |c: &Range<usize>| {
        let i = avoid.partition_point(|r| r.end <= c.start);
        avoid.get(i).filter(|r| r.start < c.end)
    };
    let Some(first) = clash(&content) else {
        return Some(content);
    };
    if first.start <= content.start {
        return None;
    }
    let lo = doc.token_at(content.start);
    let hi = doc.token_at(first.start);
    // "said Islamabad welcomed the steps but that “words at a podium” would ...": a coordinated
    // report of its own holds the quote; the first is whole before it
    if let Some(t) = (lo + 2..hi.saturating_sub(1)).find(|&t| and_that(doc, t)) {
        let c = trim_content(doc, content.start..doc.tokens[t].start);
        return (has_words(doc, lo..t, 3) && clash(&c).is_none()).then_some(c);
    }
    // (or before "; 39 percent of these are rated “highly critical”": a semicolon ends a clause;
    // or at the comma right before the quote: "... for schools and communities,\" For example")
    let cut = (lo + 1..hi).rev().find(|&t| {
        doc.tok_is(t, b";")
            // (not after a subordinate clause: "said although ... crop yields, “nobody has
            // looked at these together”" reports the quote)
            || (t + 1 == hi
                && doc.tok_is(t, b",")
                && !matches!(
                    doc.tok_bytes(lo),
                    b"although"
                        | b"though"
                        | b"while"
                        | b"if"
                        | b"when"
                        | b"because"
                        | b"as"
                        | b"since"
                        | b"after"
                        | b"before"
                        | b"unless"
                        | b"whereas"
                ))
            || doc.tok_is(t, b",")
                && t + 1 < hi
                && (matches!(
                    doc.tok_bytes(t + 1),
                    b"which" | b"who" | b"with" | b"where" | b"when" | b"what"
                )
                    // "said it planned to ask ..., calling the results “…”"
                    || doc.cue(t + 1).is_some_and(|c| c.participle)
                    // "said that it had expelled two diplomats, in what it called “…”"
                    || t + 2 < hi
                        && doc.tok_is(t + 1, b"in")
                        && doc.tok_is(t + 2, b"what"))
            // (or with no comma: "... two diplomats in what it called “…”")
            || t + 1 < hi && doc.tok_is(t, b"in") && doc.tok_is(t + 1, b"what")
    })?;
    let c = trim_content(doc, content.start..doc.tokens[cut].start);
    // the part kept must be a clause, not a subject cut off before its relative clause
    // ("Kestrel's gasoline truck business, which still accounts for ...")
    // (a participle's comma follows a whole clause: its verb need not be an auxiliary)
    let finite = (lo..cut).any(|t| is_finite_aux(doc.tok_bytes(t)))
        || doc.cue(cut + 1).is_some_and(|c| c.participle);
    (finite && has_words(doc, lo..cut, 5) && clash(&c).is_none()).then_some(c)
}

/// A number or quantity opening a phrase, in either case: "Two officers who responded ...",
/// "and that eight aircraft were back".
pub(crate) fn is_number_word(w: &str) -> bool {
    const NUMBER_WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "many",
        "some",
        "dozens",
        "hundreds",
        "thousands",
    ];
    // (most words fail on their length or first letter, before any comparison)
    (3..=9).contains(&w.len())
        && matches!(
            w.as_bytes()[0] | 0x20,
            b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'm' | b'd' | b'h'
        )
        && NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// An audience told something, no addressee: "told reporters", "told journalists".
fn is_audience(w: &[u8]) -> bool {
    matches!(
        w,
        b"reporters"
            | b"journalists"
            | b"lawmakers"
            | b"MPs"
            | b"senators"
            | b"supporters"
            // ("Dotan told ministers it would end the argument", "told investors the margin
            // would recover")
            | b"ministers"
            | b"delegates"
            | b"investors"
            | b"analysts"
            | b"shareholders"
            | b"students"
            | b"employees"
            | b"workers"
            | b"voters"
            | b"fans"
            | b"jurors"
            | b"legislators"
            | b"councillors"
            | b"diplomats"
            | b"donors"
            | b"troops"
    )
}

/// A finite auxiliary or form of "be", "have", "do": the mark of a clause.
pub(crate) fn is_finite_aux(w: &[u8]) -> bool {
    matches!(
        w,
        b"is"
            | b"was"
            | b"are"
            | b"were"
            | b"will"
            | b"would"
            | b"could"
            | b"can"
            | b"did"
            | b"does"
            | b"do"
            | b"had"
            | b"has"
            | b"have"
            | b"may"
            | b"might"
            | b"must"
            | b"should"
            | b"shall"
    )
}

/// Irregular past tense forms common in news ("claimed Montalvo allegedly left ...",
/// "explained Warhol's obsession with celebrities began ..."): with "-ed" words and auxiliaries,
/// the verbs `reports_clause` recognises.
fn is_irregular_past(w: &[u8]) -> bool {
    matches!(
        w,
        b"began"
            | b"became"
            | b"brought"
            | b"bought"
            | b"built"
            | b"came"
            | b"caught"
            | b"chose"
            | b"drew"
            | b"drove"
            | b"fell"
            | b"felt"
            | b"fled"
            | b"fought"
            | b"found"
            | b"gave"
            | b"got"
            | b"grew"
            | b"held"
            | b"kept"
            | b"knew"
            | b"led"
            | b"left"
            | b"lost"
            | b"made"
            | b"meant"
            | b"met"
            | b"paid"
            | b"ran"
            | b"rose"
            | b"said"
            | b"saw"
            | b"sent"
            | b"sold"
            | b"spent"
            | b"spoke"
            | b"stood"
            | b"struck"
            | b"took"
            | b"thought"
            | b"told"
            | b"went"
            | b"won"
            | b"wrote"
    )
}

/// Determiners and quantifiers: "the", "its", "these", "some", "every" ...
/// "he", "she", "they", "it", "we": a pronoun that opens a clause as its subject.
fn is_subject_pronoun(w: &[u8]) -> bool {
    matches!(w, b"he" | b"she" | b"they" | b"it" | b"we")
}

/// True if tokens `t` and `t + 1` are "and that" or "but that": a second reported clause may
/// start there ("said A but that “…”").
pub(crate) fn and_that(doc: &Doc, t: usize) -> bool {
    matches!(doc.tok_bytes(t), b"and" | b"but") && doc.tok_is(t + 1, b"that")
}

fn is_determiner(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"a"
            | b"an"
            | b"its"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"these"
            | b"those"
            | b"more"
            | b"most"
            | b"some"
            | b"many"
            | b"all"
            | b"each"
            | b"every"
    )
}

/// Words after which a word is no verb: determiners, prepositions, conjunctions ("the damaged
/// cars", "for consultations").
fn no_verb_after(w: &[u8]) -> bool {
    is_determiner(w) || is_preposition(w) || w.first().is_some_and(u8::is_ascii_digit)
}

/// Coordinators and relative words: they end a noun phrase ("cars that ...") and the clause a
/// verb is looked for in.
fn is_joiner(w: &[u8]) -> bool {
    matches!(
        w,
        b"and"
            | b"but"
            | b"or"
            | b"that"
            | b"which"
            | b"who"
            | b"whom"
            | b"whose"
            | b"where"
            | b"when"
            | b"while"
    )
}

/// The prepositions that [`no_verb_after`] and [`follows_noun`] share ("of", "for", "since", "than").
fn is_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"from"
            | b"with"
            | b"by"
            | b"as"
            | b"about"
            | b"into"
            | b"over"
            | b"since"
            | b"than"
    )
}

/// Words that follow a plural noun rather than a verb: prepositions, conjunctions, relative
/// words, time adjuncts ("cars on Monday", "particles that ...", "cars last week").
fn follows_noun(w: &[u8]) -> bool {
    is_preposition(w)
        || is_joiner(w)
        || matches!(
            w,
            b"during"
                | b"after"
                | b"before"
                | b"against"
                | b"under"
                | b"between"
                | b"per"
                | b"last"
                | b"this"
                | b"next"
                | b"ago"
        )
}

/// Whether the bare complement of `cue` starting at token `c` (no "that" before it) can be
/// reported speech. A cue with a non-speech object sense (`CueInfo::object_sense`: "Tesla
/// recalled 2,000 cars on Monday", "have claimed more than 100 attacks on shipping since November
/// 2023, saying ...", "who adds the visual aspect to it") reports only a clause: one opened by a
/// wh-word or a subject pronoun, or with a finite verb after its first word and before any comma,
/// coordinator or relative word (the verbs of "..., saying they are" or "the studio where he
/// worked" are not the object's).
fn reports_clause(doc: &Doc, cue: cues::CueInfo, c: usize, hi: usize) -> bool {
    // "found" takes an object with a participle ("Rescuers found survivors trapped under the
    // rubble"): its "-ed" verb must not be followed by a preposition
    !cue.object_sense || clause_from(doc, c, hi, cue.lemma == "find")
}

/// The words from token `c` (up to `hi`) open a clause: a wh-word or subject pronoun first, or a
/// finite verb after the first word and before any comma, coordinator or relative word.
fn is_clause(doc: &Doc, c: usize, hi: usize) -> bool {
    clause_from(doc, c, hi, false)
}

/// `is_clause`; with `strict`, an "-ed" word before a preposition is read as a participle.
fn clause_from(doc: &Doc, c: usize, hi: usize, strict: bool) -> bool {
    if matches!(
        doc.tok_bytes(c),
        b"how"
            | b"what"
            | b"why"
            | b"where"
            | b"when"
            | b"whether"
            | b"who"
            | b"which"
            | b"if"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"I"
    ) {
        return true;
    }
    for t in c + 1..hi {
        let w = doc.tok_bytes(t);
        // "when he found his brother he had resolution": a subject pronoun opens a new clause
        if strict && matches!(w, b"he" | b"she" | b"they" | b"we" | b"I" | b"it") {
            return false;
        }
        if doc.tokens[t].kind != TokenKind::Word {
            // "Warhol's", "al-Assad", "U.S." are words; other marks end the subject
            if matches!(w, b"-" | b"'" | b"\xE2\x80\x99") {
                continue;
            }
            return false;
        }
        if is_joiner(w) || matches!(w, b"because" | b"if" | b"as" | b"although" | b"though") {
            return false;
        }
        if is_finite_aux(w)
            || is_irregular_past(w)
                && !(t + 1 < hi && matches!(doc.tok_bytes(t + 1), b"by" | b"against" | b"in"))
            || matches!(
                w,
                b"hit" | b"put" | b"cut" | b"set" | b"hid" | b"shot" | b"broke" | b"stole"
            ) && !no_verb_after(doc.tok_bytes(t - 1))
        {
            return true;
        }
        // "Smith attacked him", not "the damaged cars" or "cars built by"
        let prev = doc.tok_bytes(t - 1);
        // "reduction of crop yields by 2050 exceeded 10% ...": a year closing an adjunct is no
        // number before a noun
        let year_adjunct = prev.len() == 4
            && prev.iter().all(u8::is_ascii_digit)
            && t >= c + 2
            && matches!(doc.tok_bytes(t - 2), b"by" | b"in" | b"since" | b"until");
        if w.len() > 3
            && w.ends_with(b"ed")
            && !doc.cap(t)
            && (!no_verb_after(prev) || year_adjunct)
            && !(t + 1 < hi && doc.tok_is(t + 1, b"by"))
            && !(strict && t + 1 < hi && follows_noun(doc.tok_bytes(t + 1)))
        {
            return true;
        }
        // "the project costs $5 billion", "the plan costs more": an "-s" verb between a noun and
        // what follows it, not a plural noun before a preposition, a clause, a time adjunct or the
        // end ("2,000 cars on Monday", "dust particles that should ...", "cars last week")
        if w.len() > 3
            && w.ends_with(b"s")
            && !w.ends_with(b"ss")
            && !w.ends_with(b"us")
            && !doc.cap(t)
            && !no_verb_after(prev)
            && doc.tokens[t - 1].kind == TokenKind::Word
            && t + 1 < hi
            && if doc.tokens[t + 1].kind == TokenKind::Word {
                !follows_noun(doc.tok_bytes(t + 1))
            } else {
                matches!(doc.tok_bytes(t + 1), b"$" | b"\xE2\x82\xAC" | b"\xC2\xA3")
            }
        {
            return true;
        }
    }
    false
}

/// For a cue with a non-speech object sense, whether the words from `c` up to its "that" at `t`
/// are an adjunct or addressee ("stated to LA Weekly that", "conceded, however, that", "said on
/// Sunday that"), not an object that "that" relativises ("recalled the cars that had ...").
fn that_after_adjunct(doc: &Doc, cue: cues::CueInfo, c: usize, t: usize) -> bool {
    if !cue.object_sense || c == t {
        return true;
    }
    let w = doc.tok(c);
    w == ","
        || (is_adjunct_word(w) && !matches!(w, "the" | "a" | "an" | "The" | "A" | "An"))
        || matches!(
            w,
            "to" | "for"
                | "from"
                | "without"
                | "under"
                | "via"
                | "by"
                | "through"
                | "during"
                | "after"
                | "before"
                | "overnight"
                | "yesterday"
                | "today"
                | "again"
        )
        || (w.len() > 4 && w.ends_with("ly"))
}

/// True if a cue word is in a form that can be a noun ("call", "statement", "interview"), not
/// a past tense, participle or third person ("called", "said", "says", "telling").
fn is_noun_form(w: &str) -> bool {
    !(w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with('s')
        || matches!(w, "said" | "told" | "wrote" | "spoke" | "put"))
}

/// "according to two of the people", "according to one of them": a number of sources named
/// before, from token `t` (before `hi`).
fn some_of_them(doc: &Doc, t: usize, hi: usize) -> Option<Np> {
    if t + 2 >= hi
        || !(is_number_word(doc.tok(t)) || matches!(doc.tok(t), "some" | "several" | "both"))
        || !doc.tok_is(t + 1, b"of")
    {
        return None;
    }
    let end = if doc.tok_is(t + 2, b"them") {
        t + 3
    } else if doc.tok_is(t + 2, b"the")
        && t + 3 < hi
        && crate::attribution::np::ROLE_NOUN_SET.contains(doc.tok(t + 3))
    {
        t + 4
    } else {
        return None;
    };
    Some(Np {
        toks: t..end,
        kind: NpKind::Role,
    })
}

/// `trig`: the sentence's trigger tokens ([`Doc::triggers`]), in order; the loops below act only on
/// them.
fn sentence_indirect(
    doc: &Doc,
    srange: Range<usize>,
    toks: Range<usize>,
    avoid: &[Range<usize>],
    trig: &[usize],
) -> Option<Indirect> {
    let lo = toks.start;
    let hi = toks.end;
    // "Did the president say he was leaving?": a yes/no question reports nothing; "Whoever said
    // it was wrong." has no reporter
    if lo < hi
        && (matches!(doc.tok_bytes(lo), b"Whoever" | b"Whatever")
            || (lo..hi).rev().take(3).any(|t| doc.tok_is(t, b"?"))
                && doc.cap(lo)
                && is_finite_aux(crate::quotes::lower(doc.tok(lo)).as_bytes()))
    {
        return None;
    }
    // "according to X, CONTENT" / "CONTENT, according to X."
    for &k in trig.iter().take_while(|&&k| k < hi.saturating_sub(2)) {
        if is_according(doc, k) && doc.tok_is(k + 1, b"to") {
            // "CONTENT, X told Y on Sunday, according to state television": the source relays X
            if k > lo + 2 && inverted_cue_before(doc, lo, k) {
                break;
            }
            // ("According to him, capacity utilisation fell ...": a pronoun source)
            let object_pronoun = || {
                (k + 3 < hi
                    && matches!(doc.tok_bytes(k + 2), b"him" | b"her" | b"them")
                    && doc.tok_is(k + 3, b","))
                .then(|| Np {
                    toks: k + 2..k + 3,
                    kind: NpKind::Pronoun,
                })
            };
            let Some(np) = np_after(doc, k + 1, hi)
                .or_else(|| document_at_end(doc, k + 2, hi))
                .or_else(|| some_of_them(doc, k + 2, hi))
                .or_else(object_pronoun)
            else {
                break;
            };
            let np_end = np.toks.end;
            let np = crate::attribution::np::relayed_source(doc, np, hi);
            let np = crate::attribution::np::document_source(doc, np, hi);
            if k == lo {
                // "According to Rathbun the Scientology property ...": no comma after the name
                if np.kind == NpKind::Name {
                    if let Some(d) = (np.toks.start + 1..np.toks.end).find(|&t| {
                        matches!(doc.tok_bytes(t), b"the" | b"a" | b"an") && doc.cap(t - 1)
                    }) {
                        if !has_words(doc, d..hi, 4) {
                            return None;
                        }
                        let content = fit(
                            doc,
                            trim_content(doc, doc.tokens[d].start..srange.end),
                            avoid,
                        )?;
                        return Some(Indirect {
                            content,
                            cue_tok: k,
                            subject: Some(Np {
                                toks: np.toks.start..d,
                                kind: NpKind::Name,
                            }),
                            addressee: None,
                            according: true,
                            speech: true,
                        });
                    }
                }
                // "According to the Saudi Interior Ministry over 345 Muslim pilgrims have been
                // killed ...": no comma, the clause starts right after the source's phrase
                if np.toks.end == np_end
                    && np_end < hi
                    && doc.tokens[np_end].kind == TokenKind::Word
                    && has_words(doc, np_end..hi, 4)
                    && is_clause(doc, np_end, hi)
                {
                    let content = trim_content(doc, doc.tokens[np_end].start..srange.end);
                    let content = fit(doc, content, avoid)?;
                    return Some(Indirect {
                        content,
                        cue_tok: k,
                        subject: Some(np),
                        addressee: None,
                        according: true,
                        speech: true,
                    });
                }
                // content after the comma closing the phrase (and past a relative clause set off
                // by commas: "According to a source at the Forum, who pleaded anonymity because
                // ..., several governors ...")
                let comma = (np.toks.end..hi).find(|&t| doc.tok_is(t, b","))?;
                let comma =
                    if comma + 1 < hi && matches!(doc.tok_bytes(comma + 1), b"who" | b"which") {
                        (comma + 2..hi).find(|&t| doc.tok_is(t, b","))?
                    } else {
                        comma
                    };
                if comma + 1 >= hi || !has_words(doc, comma + 1..hi, 4) {
                    return None;
                }
                // "According to the New Zealand Herald, Emeritus Professor John Burrows, the
                // chairman of ..., said ...": the outlet relays a speaker whose own cue follows
                if trig.iter().any(|&t| {
                    t > comma
                        && doc
                            .cue(t)
                            .is_some_and(|c| c.reports && !c.participle && !c.object_sense)
                        && !is_passive(doc, t, lo)
                        // (or a second verb of the subject after the comma: "According to a
                        // readout ..., Farahani also invited ... and said ...")
                        && (np_before(doc, t, comma + 1).is_some()
                            || coordinated(doc, comma + 1, t)
                                && doc.cap(comma + 1)
                                && doc.tokens[comma + 1].kind == TokenKind::Word
                                // (a clause after it: not "was paid $2 million and said nothing")
                                && t + 1 < hi
                                && (doc.tok_is(t + 1, b"that")
                                    || (is_determiner(doc.tok_bytes(t + 1))
                                        || is_subject_pronoun(doc.tok_bytes(t + 1)))
                                        && doc.cue(t).is_some_and(|c| {
                                            reports_clause(doc, c, t + 1, hi)
                                        })))
                }) {
                    break;
                }
                let content = trim_content(doc, doc.tokens[comma + 1].start..srange.end);
                let content = fit(doc, content, avoid)?;
                return Some(Indirect {
                    content,
                    cue_tok: k,
                    subject: Some(np),
                    addressee: None,
                    according: true,
                    speech: true,
                });
            }
            // "... this year the city expects about 6 million visitors according to the event
            // website.": no comma, but the source's phrase ends the sentence and a clause precedes
            let closes =
                |t: usize| t >= hi || (t + 1 == hi && doc.tokens[t].kind != TokenKind::Word);
            let bare_end = !doc.tok_is(k - 1, b",")
                && closes(np_end)
                && closes(np.toks.end)
                && is_clause(doc, lo, k);
            if k > lo && (doc.tok_is(k - 1, b",") || bare_end) && has_words(doc, lo..k, 4) {
                let content = trim_content(doc, srange.start..doc.tokens[k].start);
                let content = fit(doc, content, avoid)?;
                return Some(Indirect {
                    content,
                    cue_tok: k,
                    subject: Some(np),
                    addressee: None,
                    according: true,
                    speech: true,
                });
            }
            return None;
        }
    }
    // "CONTENT, X said [to Y] [on Monday]." and "CONTENT, said X."
    for &k in trig.iter().rev().take_while(|&&k| k > lo) {
        // "..., Reuters reports.": a news outlet's verb of reporting, with a named subject only
        let outlet = matches!(doc.tok_bytes(k), b"reports" | b"reported");
        let cue = match doc.cue(k) {
            Some(c) => c,
            // (only the inverted form, whose content comes before it)
            None if outlet => report_cue(false),
            None => continue,
        };
        if !cue.reports || cue.participle || is_passive(doc, k, lo) {
            continue;
        }
        // "After the match, Hernan Dario Gomez, Panama coach, said, “…”": a cue that introduces
        // a quote after it does not report the text before its subject
        // (not a quote that a later cue introduces: "..., X told reporters afterwards, adding
        // that talks “remain open.”")
        let k_start = doc.tokens[k].start;
        // (nor one a "what X called" phrase introduces: "..., the agency said on Tuesday, in
        // what it called “…”", whose cue leaves the one before it to report)
        let what_called = |t: usize| {
            t >= lo + 2 && doc.cue(t).is_some() && doc.tok(t - 2).eq_ignore_ascii_case("what")
        };
        if what_called(k) {
            continue;
        }
        if avoid.iter().any(|r| {
            r.start > k_start
                && !(k + 1..doc.token_at(r.start)).any(|t| {
                    doc.tok_is(t - 1, b",") && doc.cue(t).is_some_and(|c| c.participle)
                        || what_called(t)
                })
        }) {
            break;
        }
        // a noun or an infinitive, not a finite cue: "according to state television"
        if matches!(
            doc.tok_bytes(k - 1),
            b"to" | b"the" | b"a" | b"an" | b"of" | b"its" | b"their"
        ) {
            continue;
        }
        // what follows the cue up to the next comma: a trailing ", according to ..." or ", a day
        // after ..." is a separate phrase
        let tail_hi = (k + 1..hi).find(|&t| doc.tok_is(t, b",")).unwrap_or(hi);
        if has_words(doc, k + 1..tail_hi, 15) {
            break;
        }
        let addressee = if cue.addressee {
            np_after(doc, k, hi)
        } else {
            None
        };
        let tail_from = addressee.as_ref().map_or(k + 1, |a| a.toks.end);
        let tail_hi = if tail_from < hi && doc.tok_is(tail_from, b",") {
            tail_from
        } else {
            (tail_from..hi).find(|&t| doc.tok_is(t, b",")).unwrap_or(hi)
        };
        // (only needed past the inverted form below)
        let tail_ok = || {
            (tail_from..tail_hi).all(|t| {
                is_tail_token(doc, t)
                    // ("..., X told reporters afterwards,")
                    || cue.addressee && is_audience(doc.tok_bytes(t))
            })
        };
        // the subject ends before this token
        let mut np_end = k;
        // "..., their union, the Nordic Cockpit Association, said on Monday": the comma closes an
        // appositive subject
        if doc.tok_is(k - 1, b",") && k - 1 > lo && np_after(doc, k, hi).is_none() {
            np_end = k - 1;
        } else if doc.tok_is(k - 1, b",") && k - 1 > lo {
            // inverted: ", said Park Seo-yeon, a spokeswoman for ..."
            let Some(np) = np_after(doc, k, hi) else {
                break;
            };
            if np.kind == NpKind::Pronoun || opens_with_relative_clause(doc, lo, k - 1) {
                break;
            }
            // ", said Washington had not ...": a clause follows, so the name is its subject
            let rest_ok = np.toks.end >= hi
                || matches!(doc.tok_bytes(np.toks.end), b"," | b"." | b";" | b"(")
                || doc.tokens[np.toks.end].kind != TokenKind::Word;
            if !rest_ok {
                break;
            }
            if outlet {
                continue;
            }
            // "Institutional recipients, said Mauer, are required to exhibit ...": the cue splits
            // its content, a subject before it (no comma, no verb) and the finite verb right after
            // the name's comma (not a participle: ", said the team, made up of ..."); the content
            // is the sentence
            let e = np.toks.end;
            let end = if np.kind == NpKind::Name
                && e + 2 < hi
                && doc.tok_is(e, b",")
                && is_finite_aux(doc.tok_bytes(e + 1))
                && has_words(doc, e + 1..hi, 3)
                && (lo..k - 1).all(|t| {
                    doc.tokens[t].kind == TokenKind::Word && !is_finite_aux(doc.tok_bytes(t))
                }) {
                srange.end
            } else if has_words(doc, lo..k - 1, 4) {
                // otherwise the content is what comes before the cue's comma
                doc.tokens[k - 1].start
            } else {
                return None;
            };
            let from = doc.tokens[dateline_end(doc, lo, k - 1)].start;
            let Some(content) = fit(doc, trim_content(doc, from..end), avoid) else {
                break;
            };
            return Some(Indirect {
                content,
                cue_tok: k,
                subject: Some(np),
                addressee: None,
                according: false,
                speech: true,
            });
        }
        if !tail_ok() {
            break;
        }
        let Some(np) = np_before(doc, np_end, lo) else {
            break;
        };
        if outlet && np.kind != NpKind::Name {
            continue;
        }
        // "..., Sydbank analyst Mikkel Dahl estimated", "..., the French Ministry of the Armed
        // Forces said": a title or role phrase before the name
        // "..., the U.N. Human Rights Monitoring Mission in Ukraine said": a place after a body's
        // name is part of its phrase; the body speaks
        let np = match np_before(doc, np.toks.start.saturating_sub(1), lo) {
            Some(outer)
                if np.kind == NpKind::Name
                    && np.toks.start > lo + 2
                    && matches!(doc.tok_bytes(np.toks.start - 1), b"in" | b"for")
                    && outer.kind == NpKind::Name
                    && outer.toks.end + 1 == np.toks.start
                    && crate::attribution::names::is_org_head(doc.tok(outer.toks.end - 1)) =>
            {
                outer
            }
            _ => np,
        };
        let s = (np.kind == NpKind::Name)
            .then(|| phrase_start(doc, np.toks.start, lo))
            .flatten()
            .unwrap_or(np.toks.start);
        if s > lo + 1 && doc.tok_is(s - 1, b",") && has_words(doc, lo..s - 1, 4) {
            // "CONTENT, X told Y on Monday, the Russian foreign ministry said": the ministry relays
            // the inner cue's speaker
            if inverted_cue_before(doc, lo, s - 1) {
                continue;
            }
            // "Nassar told Whitcomb that CONTENT, the statement said": the statement relays a
            // report of its own, which the cue before its "that" gives
            // (its "that" right after the cue or its addressee: not "submitted plans that would
            // see ...")
            let inner = (lo + 1..(s - 1).min(lo + 8))
                .find(|&t| doc.cue(t).is_some_and(|cu| cu.reports && !cu.participle))
                .is_some_and(|t| {
                    let mut that_at = match doc.cue(t).filter(|cu| cu.addressee) {
                        Some(_) => np_after(doc, t, s - 1).map_or(t + 1, |a| a.toks.end),
                        None => t + 1,
                    };
                    // (past a relative clause on the addressee: "told U.S. envoy Daniel
                    // Whitcomb, who arrived in Beirut on Wednesday, that")
                    if that_at + 2 < s - 1
                        && doc.tok_is(that_at, b",")
                        && matches!(doc.tok_bytes(that_at + 1), b"who" | b"which")
                    {
                        if let Some(e) =
                            (that_at + 2..(s - 1).min(that_at + 20)).find(|&x| doc.tok_is(x, b","))
                        {
                            that_at = e + 1;
                        }
                    }
                    np_before(doc, t, lo).is_some_and(|n| n.toks.start == lo)
                        && that_at < s - 1
                        && doc.tok_is(that_at, b"that")
                });
            if inner {
                break;
            }
            let mut c = s - 1;
            // "CONTENT, their union, the Nordic Cockpit Association, said": a short appositive
            // before the name is not content
            if let Some(c2) = (c.saturating_sub(4).max(lo + 1)..c)
                .rev()
                .find(|&t| doc.tok_is(t, b","))
            {
                if matches!(
                    doc.tok_bytes(c2 + 1),
                    b"their" | b"its" | b"his" | b"her" | b"the" | b"a" | b"an"
                ) && (c2 + 1..c).all(|t| doc.tokens[t].kind == TokenKind::Word)
                    && has_words(doc, lo..c2, 4)
                {
                    c = c2;
                }
            }
            let from = doc.tokens[dateline_end(doc, lo, c)].start;
            let content = trim_content(doc, from..doc.tokens[c].start);
            let Some(content) = fit(doc, content, avoid) else {
                break;
            };
            return Some(Indirect {
                content,
                cue_tok: k,
                subject: Some(np),
                addressee,
                according: false,
                speech: true,
            });
        }
        break;
    }
    // "X said (that) CONTENT" and "..., saying (that) CONTENT"
    // (the first cue whose object is no reported speech, returned if no later cue reports)
    let mut object_only = None;
    for &k in trig.iter().skip_while(|&&k| k <= lo) {
        // "Local media reported on Sunday that ...": "report" with a "that" clause (no cue verb
        // otherwise: "reported a profit")
        let (cue, report) = match doc.cue(k) {
            Some(c) => (c, false),
            None if matches!(doc.tok_bytes(k), b"reports" | b"reported") => {
                (report_cue(true), true)
            }
            None => continue,
        };
        if !cue.reports || is_passive(doc, k, lo) {
            continue;
        }
        // "IRNA quoted Ali Bagheri as saying ...": the person quoted speaks
        let quoted_as = cue
            .participle
            .then(|| crate::attribution::np::quoted_as_subject(doc, k, lo))
            .flatten();
        if cue.participle && !doc.tok_is(k - 1, b",") && quoted_as.is_none() {
            continue;
        }
        // "Browsing the catalog, I find that the quality ... varies": the speaker's own opinion
        // ("I think"), not a finding reported
        if cue.lemma == "find" && doc.tok_is(k - 1, b"I") {
            continue;
        }
        // ("responded that ...", not "responded angrily to the report")
        if cue.lemma == "respond" && !doc.tok_is(k + 1, b"that") {
            continue;
        }
        let mut c = k + 1;
        let addressee = if cue.addressee {
            np_after(doc, k, hi)
        } else {
            None
        };
        if let Some(a) = &addressee {
            c = a.toks.end;
        } else if cue.addressee
            && c + 1 < hi
            && is_audience(doc.tok_bytes(c))
            && doc.tokens[c + 1].kind == TokenKind::Word
            && !is_preposition(doc.tok_bytes(c + 1))
        {
            // "told reporters inflation was falling": an audience, then the report
            c += 1;
        } else if cue.addressee
            && c + 2 < hi
            && doc.tok_is(c, b"the")
            && crate::attribution::np::is_hearing_body(doc.tok(c + 1))
            && doc.tokens[c + 2].kind == TokenKind::Word
            && !is_preposition(doc.tok_bytes(c + 2))
            && !doc.tok_is(c + 2, b"that")
        {
            // "told the jury Mr Hughes had lied": the body told, then the report
            c += 2;
        }
        c = skip_time_adjunct(doc, c, hi);
        // "claimed, in a 14-page analysis published by the Conservatives, that ...": an adjunct
        // set off by commas before "that"; or "told U.S. envoy Daniel Whitcomb, who arrived in
        // Beirut on Wednesday, that ...": a relative clause after the addressee (whose own verb
        // is no cue: "who said", "which warned" report themselves)
        if c + 2 < hi && doc.tok_is(c, b",") {
            if let Some(e) = (c + 1..hi.min(c + 18)).find(|&t| doc.tok_is(t, b",")) {
                let adjunct = doc.cue(c + 1).is_none()
                    && matches!(
                        doc.tok_bytes(c + 1),
                        b"in" | b"on" | b"at" | b"during" | b"after" | b"before" | b"through"
                    );
                let relative = addressee.is_some()
                    && matches!(doc.tok_bytes(c + 1), b"who" | b"which")
                    && (c + 2..e).all(|t| doc.cue(t).is_none());
                if e + 2 < hi && doc.tok_is(e + 1, b"that") && (adjunct || relative) {
                    c = e + 1;
                }
            }
        }
        // "that" within a few adjunct words
        let that = (c..hi.min(c + 10)).find(|&t| doc.tok_is(t, b"that"));
        let mut moved = false;
        if let Some(t) = that {
            // (a cue word as a noun inside the adjunct is no verb: "said on a call with analysts
            // that", "told Doucette in a telephone call that")
            let in_pp = matches!(
                doc.tok_bytes(c),
                b"on" | b"in" | b"during" | b"at" | b"after"
            );
            let plain = (c..t).all(|x| {
                (doc.tokens[x].kind == TokenKind::Word || doc.tok_is(x, b","))
                    && !matches!(doc.tok_bytes(x), b"and" | b"but")
                    && (doc.cue(x).is_none() || in_pp && x > c && is_noun_form(doc.tok(x)))
            });
            // (not a relative "that" after an infinitive: "vowed to raise the issue at contract
            // talks that begin next year")
            // (a bare verb after "to", then an object before "that": not "promised to voters
            // that", "pledged to make sure that")
            let infinitive = doc.tok_is(c, b"to")
                && matches!(
                    cue.lemma,
                    "vow" | "pledge" | "promise" | "threaten" | "agree" | "refuse" | "offer"
                )
                && c + 1 < t
                && {
                    let v = doc.tok(c + 1);
                    v.chars().all(|ch| ch.is_ascii_lowercase())
                        && !is_determiner(v.as_bytes())
                        && !(v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"))
                }
                && (c + 2..t).any(|x| {
                    is_determiner(doc.tok_bytes(x))
                        || matches!(doc.tok_bytes(x), b"at" | b"in" | b"on" | b"for" | b"with")
                });
            // (nor a relative "that" after a clause of its own: "say they have developed a
            // battery that can be charged ...")
            // (but "said it is crucial that ...": an extraposed "it")
            let clause_before = (c..t).any(|x| is_finite_aux(doc.tok_bytes(x)))
                && !(doc.tok_is(c, b"it") && t <= c + 4);
            if plain && !infinitive && !clause_before && that_after_adjunct(doc, cue, c, t) {
                c = t + 1;
                moved = true;
            }
        }
        if report && !moved {
            continue;
        }
        // "They estimated by 2050, increasing population and changing diet would increase ...":
        // a year adjunct opens the content when a clause with a finite verb follows its comma
        let dated = !moved
            && c + 3 < hi
            && matches!(doc.tok_bytes(c), b"by" | b"in" | b"since" | b"until")
            && doc.tok_bytes(c + 1).len() == 4
            && doc.tok_bytes(c + 1).iter().all(u8::is_ascii_digit)
            && doc.tok_is(c + 2, b",")
            && (c + 3..hi)
                .take_while(|&t| !doc.tok_is(t, b","))
                .any(|t| is_finite_aux(doc.tok_bytes(t)));
        // "As Heald told The Huffington Post, US surface ozone has dropped ...": a cue clause
        // opened by "As" reports the main clause after its comma
        if !moved && c < hi && doc.tok_is(c, b",") && k > lo + 1 && doc.tok_is(lo, b"As") {
            let np = np_before(doc, k, lo + 1).filter(|np| np.toks.start == lo + 1);
            if let Some(np) = np
                .filter(|_| c + 1 < hi && has_words(doc, c + 1..hi, 4) && is_clause(doc, c + 1, hi))
            {
                let end = clause_end(doc, c + 1, hi).map_or(srange.end, |t| doc.tokens[t].start);
                let content = trim_content(doc, doc.tokens[c + 1].start..end);
                if let Some(content) = fit(doc, content, avoid).filter(|c| c.start < c.end) {
                    return Some(Indirect {
                        content,
                        cue_tok: k,
                        subject: Some(np),
                        addressee,
                        according: false,
                        speech: true,
                    });
                }
            }
        }
        // ("said about 300 employees had signed ...": "about" before a number is a quantity)
        // (or "said at least four other nations had joined")
        let quantity = c + 1 < hi
            && (matches!(doc.tok_bytes(c), b"about" | b"over")
                && doc.tok_bytes(c + 1).first().is_some_and(u8::is_ascii_digit)
                || doc.tok_is(c, b"at") && doc.tok_is(c + 1, b"least"));
        // "said in a statement, adding that ...": the participle's clause is found on its own
        if !moved
            && !dated
            && !quantity
            && c < hi
            && (doc.tok_is(c, b",")
                || doc.tok_is(c, b":")
                || matches!(
                    doc.tok_bytes(c),
                    b"to"
                        | b"on"
                        | b"in"
                        | b"at"
                        | b"of"
                        | b"about"
                        | b"for"
                        | b"with"
                        | b"by"
                        | b"over"
                        | b"against"
                        | b"after"
                        | b"amid"
                        | b"from"
                        | b"during"
                        | b"into"
                        | b"as"
                ))
        {
            continue;
        }
        // (after "that", three words are a clause: "He added that Pyongyang would respond.";
        // in "She said that would be wrong", "that" is the subject, so the report starts at it)
        if moved
            && c < hi
            && !has_words(doc, c..hi, 4)
            && (is_finite_aux(doc.tok_bytes(c))
                || matches!(
                    doc.tok_bytes(c),
                    b"day" | b"night" | b"week" | b"year" | b"time" | b"morning" | b"one"
                ))
        {
            c -= 1;
        }
        // (without "that", three words when the second is a finite verb: "said members would
        // strike", "said talks will resume")
        // (a name too, "said Silva was injured", but no day: "said Monday was ...")
        let short_clause = c + 1 < hi
            && doc.tokens[c].kind == TokenKind::Word
            && !crate::attribution::np::is_weekday(doc.tok_bytes(c))
            && !matches!(doc.tok_bytes(c), b"Today" | b"Yesterday")
            && is_finite_aux(doc.tok_bytes(c + 1));
        if c >= hi || !has_words(doc, c..hi, if moved || short_clause { 3 } else { 4 }) {
            continue;
        }
        // "had warned the lock twice before reaching for his pocket": a person warned, with no
        // clause after, is no report
        if !moved && cue.lemma == "warn" && !is_clause(doc, c, hi) {
            continue;
        }
        // "announces where four orbiters will be displayed", "explained how ...": an embedded
        // question is no reported statement
        if !moved
            && c < hi
            && matches!(
                doc.tok_bytes(c),
                b"how" | b"where" | b"whether" | b"why" | b"what" | b"which" | b"whom" | b"if"
            )
        {
            continue;
        }
        // "who said little during the first hour": an amount said, no report (but "said little
        // was known" reports)
        // (nor "said nothing as he left court": a subordinate clause after the amount)
        if !moved
            && matches!(
                doc.tok_bytes(c),
                b"little" | b"nothing" | b"much" | b"something" | b"anything" | b"more" | b"less"
            )
            && (!is_clause(doc, c + 1, hi)
                || c + 1 < hi
                    && matches!(
                        doc.tok_bytes(c + 1),
                        b"as" | b"when" | b"while" | b"after" | b"before" | b"about" | b"to"
                    )
                || c + 2 < hi
                    && doc.tok_is(c + 1, b"than")
                    // ("said more than they had expected to find", "said more than she
                    // intended to": a comparison, not a quantity opening the clause)
                    && matches!(
                        doc.tok_bytes(c + 2),
                        b"they" | b"she" | b"he" | b"we" | b"I" | b"you" | b"it" | b"the"
                    ))
        {
            continue;
        }
        let speech = moved || dated || reports_clause(doc, cue, c, hi);
        if !speech && object_only.is_some() {
            continue;
        }
        let end = clause_end(doc, c, hi).map_or(srange.end, |t| doc.tokens[t].start);
        let content = trim_content(doc, doc.tokens[c].start..end);
        if content.start >= content.end {
            continue;
        }
        let Some(content) = fit(doc, content, avoid) else {
            continue;
        };
        // the subject last: its search costs more than the checks of the clause after the cue
        let subject = if quoted_as.is_some() {
            quoted_as
        } else if cue.participle {
            main_subject(doc, lo, k - 1).map(|np| analysts_at(doc, np, k))
        } else {
            // ("Ma’ruf Hasyim, a deputy chairman of Nahdlatul Ulama, the country’s largest Muslim
            // organisation, urged": the name the appositives follow)
            let np_k =
                np_before(doc, k, lo).map(|np| stacked_appositives(doc, lo, k, &np).unwrap_or(np));
            let signed = np_k.as_ref().and_then(|np| signatory(doc, lo, np));
            match np_k {
                // "Scientology officials went to the station where they claimed ...": the
                // pronoun of a subordinate clause is the sentence's subject
                Some(np)
                    if np.kind == NpKind::Pronoun
                        && np.toks.start > lo + 2
                        && matches!(doc.tok_bytes(np.toks.start - 1), b"where" | b"when") =>
                {
                    let main = main_subject(doc, lo, np.toks.start)
                        .filter(|m| m.kind != NpKind::Pronoun && m.toks.end < np.toks.start);
                    main.or(Some(np))
                }
                // "The union, in a statement signed by its General Secretary, Comrade Ngozi
                // Obi-Anyanwu, ..., said": the body that opens the sentence, not the signatory
                Some(_) if signed.is_some() => signed,
                Some(np) if subject_position(doc, lo, &np) => Some(np),
                // "In its annual report, “State Of The Nation's Health,” the agency said": after
                // a title closed on its comma (in a sentence with no speech quote: `avoid` empty)
                Some(np)
                    if avoid.is_empty()
                        && np.toks.start >= lo + 2
                        && matches!(doc.tok(np.toks.start - 1), "”" | "\"")
                        && doc.tok_is(np.toks.start - 2, b",") =>
                {
                    Some(np)
                }
                None if coordinated(doc, lo, k) => main_subject(doc, lo, k),
                // "Tesla recalls 2,000 cars, says brakes may fail": a second verb after a comma
                // shares the subject of the cue whose object was no speech
                None if !cue.participle && doc.tok_is(k - 1, b",") && object_only.is_some() => {
                    object_only
                        .as_ref()
                        .and_then(|o: &Indirect| o.subject.clone())
                }
                np_k => match relative_subject(doc, lo, k, np_k)
                    .or_else(|| spokesperson_for_subject(doc, lo, k))
                    .or_else(|| appositive_subject(doc, lo, k))
                    .or_else(|| modified_subject(doc, lo, k))
                    .or_else(|| familiar_subject(doc, lo, k))
                    .or_else(|| placed_subject(doc, lo, k))
                    .or_else(|| study_subject(doc, lo, k))
                    .or_else(|| comma_subject(doc, lo, k))
                    .or_else(|| common_noun_subject(doc, lo, k))
                {
                    Some(np) => Some(np),
                    None => continue,
                },
            }
        };
        let ind = Indirect {
            content,
            cue_tok: k,
            subject,
            addressee,
            according: false,
            speech,
        };
        if !speech {
            object_only = Some(ind);
            continue;
        }
        return Some(ind);
    }
    object_only
}

/// "CONTENT, Sydbank analyst Mikkel Dahl estimated, adding that CONTENT2" or "X said CONTENT,
/// adding that CONTENT2": the participle clause after a report, with the same speaker.
fn participle_after(
    doc: &Doc,
    srange: Range<usize>,
    toks: Range<usize>,
    first: &Indirect,
) -> Option<Indirect> {
    let hi = toks.end;
    let k = first.cue_tok;
    // after the cue of an inverted report, or right after the report ("X said A, adding that B":
    // the report ends before its participle)
    let from = if first.content.end > doc.tokens[k].start {
        let e = doc.token_at(first.content.end);
        if !(e + 1 < hi && doc.tok_is(e, b",")) {
            return None;
        }
        e + 1
    } else {
        k + 1
    };
    let p = (from..hi.min(from + 12)).find(|&t| {
        doc.tok_is(t - 1, b",") && doc.cue(t).is_some_and(|c| c.participle && c.reports)
    })?;
    let mut c = p + 1;
    let that = c < hi && doc.tok_is(c, b"that");
    if that {
        c += 1;
    }
    // (not "saying nothing to officers")
    if c >= hi
        || !has_words(doc, c..hi, if that { 3 } else { 4 })
        || doc.tok_is(c, b"to")
        || matches!(doc.tok_bytes(c), b"nothing" | b"little" | b"much")
        || (!that
            && !doc
                .cue(p)
                .is_some_and(|cue| reports_clause(doc, cue, c, hi)))
    {
        return None;
    }
    let end = clause_end(doc, c, hi).map_or(srange.end, |e| doc.tokens[e].start);
    let content = trim_content(doc, doc.tokens[c].start..end);
    if content.start >= content.end {
        return None;
    }
    Some(Indirect {
        content,
        cue_tok: p,
        subject: first.subject.clone(),
        addressee: None,
        according: false,
        speech: true,
    })
}

/// A coordinated reporting clause after the sentence's last quote, with its own complementiser:
/// `X said he was “disappointed” and predicted that a narrower version would pass`.
fn coordinated_after_quote(
    doc: &Doc,
    srange: Range<usize>,
    toks: Range<usize>,
    quote_end: usize,
) -> Option<Indirect> {
    let from = doc.token_at(quote_end).max(toks.start);
    let hi = toks.end;
    // "X said it would 'work with ...' and that anyone found guilty would ..."
    if let Some((t, c)) = (from..hi)
        .find_map(|t| second_report(doc, t, hi, true).map(|c| (t, c)))
        .filter(|&(t, c)| doc.tok_is(c - 1, b"that") && (t..c).all(|j| doc.cue(j).is_none()))
    {
        let k =
            (toks.start..t).find(|&j| doc.cue(j).is_some_and(|c| c.reports && !c.participle))?;
        let end = clause_end(doc, c, hi).map_or(srange.end, |e| doc.tokens[e].start);
        let content = trim_content(doc, doc.tokens[c].start..end);
        if content.start >= content.end
            || doc.text[content.clone()].contains(['“', '"', '«', '‘', '”', '»'])
        {
            return None;
        }
        let subject = np_before(doc, k, toks.start)
            .filter(|np| subject_position(doc, toks.start, np))
            .or_else(|| main_subject(doc, toks.start, k))
            // "A spokesperson for the Danish pilots' section of the union said ..."
            .or_else(|| np_before(doc, k, toks.start));
        return Some(Indirect {
            content,
            cue_tok: k,
            subject,
            addressee: None,
            according: false,
            speech: true,
        });
    }
    // "X called the result “…,” adding that CONTENT": a participle right after the quote (only
    // a comma and closing marks between) reports for the sentence's subject
    let participle = (from..hi.min(from + 4))
        .take_while(|&t| doc.tokens[t].kind != TokenKind::Word || doc.cue(t).is_some())
        .find(|&t| doc.cue(t).is_some_and(|c| c.reports && c.participle))
        .filter(|&k| k + 2 < hi && doc.tok_is(k + 1, b"that"));
    let k = match participle {
        Some(k) => k,
        None => {
            let k = (from..hi).find(|&k| doc.cue(k).is_some_and(|c| c.reports && !c.participle))?;
            if !coordinated(doc, from.saturating_sub(1), k) {
                return None;
            }
            k
        }
    };
    let mut c = k + 1;
    let that = c < hi && doc.tok_is(c, b"that");
    if that {
        c += 1;
    }
    // "and vowed to force a vote": a directive, not a reported clause
    if c < hi && doc.tok_is(c, b"to") {
        return None;
    }
    // ("and warned against declaring victory too early", "but warned his players against
    // getting carried away": a warning with no clause is no report)
    if !that
        && c < hi
        && !doc.cue(k).is_some_and(|cue| {
            reports_clause(doc, cue, c, hi) && (cue.lemma != "warn" || is_clause(doc, c, hi))
        })
    {
        return None;
    }
    if c >= hi
        || !has_words(doc, c..hi, 4)
        || doc.text[doc.tokens[c].start..srange.end].contains(['“', '"', '«', '‘'])
    {
        return None;
    }
    let subject = match participle {
        // the subject of the sentence's first finite cue ("Progressive Conservative party
        // president Gordon MacLeod called ..."), else its first name
        Some(_) => (toks.start..from)
            .find(|&j| doc.cue(j).is_some_and(|c| !c.participle))
            .and_then(|j| np_before(doc, j, toks.start))
            .or_else(|| main_subject(doc, toks.start, k)),
        // (the subject of the sentence's first reporting cue, as the quote before took it:
        // "A spokesman for the premier said ... ‘…’, and that ...", "In his rebuttal, the
        // solicitor general told the justices that ... “…,” and warned that ...")
        None => (toks.start..from)
            .find(|&j| doc.cue(j).is_some_and(|c| c.reports && !c.participle))
            .and_then(|j| {
                np_before(doc, j, toks.start)
                    .filter(|np| subject_position(doc, toks.start, np))
                    .or_else(|| spokesperson_for_subject(doc, toks.start, j))
                    .or_else(|| common_noun_subject(doc, toks.start, j))
            })
            .or_else(|| main_subject(doc, toks.start, k)),
    };
    let end = clause_end(doc, c, hi).map_or(srange.end, |t| doc.tokens[t].start);
    let content = trim_content(doc, doc.tokens[c].start..end);
    Some(Indirect {
        content,
        cue_tok: k,
        subject,
        addressee: None,
        according: false,
        speech: true,
    })
}

/// "X, who ... , said": the text before the cue is a subject with a relative clause, not content.
fn opens_with_relative_clause(doc: &Doc, lo: usize, comma: usize) -> bool {
    (lo + 1..comma)
        .any(|t| doc.tok_is(t - 1, b",") && matches!(doc.tok_bytes(t), b"who" | b"which"))
}

/// The cue is the second verb of its subject: "Kestrel cut its forecast and said ...",
/// "... but conceded that ...".
fn coordinated(doc: &Doc, lo: usize, k: usize) -> bool {
    let mut j = k;
    while j > lo && doc.tok_bytes(j - 1).ends_with(b"ly") {
        j -= 1;
    }
    j > lo + 1 && matches!(doc.tok_bytes(j - 1), b"and" | b"but")
}

/// The most tokens a reported clause runs to (`clause_end`). News sentences are far shorter; text
/// without full stops (a transcript, a table, garbage) can make one "sentence" of a whole
/// file, and a scan to its end from every cue in it was quadratic (1.35 MB of unclosed quotes
/// with a cue each: 5.7 s).
const MAX_CLAUSE_TOKENS: usize = 400;

/// Where a reported clause starting at token `c` stops before a new clause with its own subject:
/// "Cairo shared the urgency, but he cautioned against ..."; or after `MAX_CLAUSE_TOKENS`.
/// True if tokens `c..t` hold a verb of contact or sending ("had called her", "had sent a note",
/// "had left a note"), whose doer a ", saying" after them may be.
fn contact_before(doc: &Doc, c: usize, t: usize) -> bool {
    (c..t).any(|k| {
        matches!(
            doc.tok_bytes(k),
            b"called"
                | b"phoned"
                | b"rang"
                | b"sent"
                | b"left"
                | b"wrote"
                | b"emailed"
                | b"texted"
                | b"messaged"
                | b"approached"
                | b"threatened"
                | b"shouted"
                | b"contacted"
                | b"posted"
                | b"issued"
                | b"handed"
        )
    })
}

fn clause_end(doc: &Doc, c: usize, hi: usize) -> Option<usize> {
    let cap = c + MAX_CLAUSE_TOKENS;
    if hi > cap + 1 {
        return Some(clause_end(doc, c, cap + 1).unwrap_or(cap));
    }
    // "The goalkeeper, who said he was 6ft 5in at 16, has kept 12 clean sheets": a report in a
    // relative clause ends at the clause's closing comma
    let relative = {
        let v = c.saturating_sub(1 + usize::from(c >= 2 && doc.tok_is(c - 1, b"that")));
        v >= 2
            && doc.cue(v).is_some()
            && matches!(doc.tok_bytes(v - 1), b"who" | b"which")
            && doc.tok_is(v - 2, b",")
    };
    // (at a comma the main clause's verb follows: "..., has kept", "..., held rates"; not a list,
    // an adverb or a nested clause inside the report: "inflation, wages and energy costs",
    // "would, however, review", "the fire, which started in the kitchen, spread")
    let main_verb = |t: usize| {
        let w = doc.tok_bytes(t);
        is_finite_aux(w)
            || is_irregular_past(w)
            || matches!(
                w,
                b"cut"
                // (the present: "Jamie Carragher, who said ..., believes the title race is
                // over")
                | b"believes"
                | b"thinks"
                | b"remains"
                | b"says"
                | b"insists"
                | b"wants"
                | b"hopes"
                | b"plans"
                | b"faces"
                | b"expects"
                | b"argues"
                | b"maintains"
                | b"feels"
                | b"knows"
            )
            || w.ends_with(b"ed") && w.iter().all(u8::is_ascii_lowercase)
            || doc.cue(t).is_some_and(|c| !c.participle)
    };
    (c + 1..hi.saturating_sub(1)).find(|&t| match doc.tok_bytes(t) {
        b"," => {
            relative && main_verb(t + 1)
                || (t + 2 < hi
                && matches!(
                    doc.tok_bytes(t + 1),
                    b"but" | b"and" | b"while" | b"although" | b"though"
                )
                && is_subject_pronoun(doc.tok_bytes(t + 2)))
                // "..., as a price war squeezed margins": the narrator's circumstance
                || matches!(doc.tok_bytes(t + 1), b"as" | b"amid" | b"despite")
                // "..., noting that ...", "..., pointing to the long queues": the speaker's own
                // participle after the report (a reporting one is a report of its own)
                || matches!(doc.tok_bytes(t + 1), b"citing" | b"pointing" | b"referring")
                // (", saying CONTENT" is a report of its own, as tests/golden/README.md has it;
                // not "telling": its object comes first; nor ", saying" after an act of
                // contact in the report, whose doer it is: "said the manager had called her,
                // saying she was no longer needed")
                || doc.cue(t + 1).is_some_and(|cue| {
                    let that = t + 2 < hi && doc.tok_is(t + 2, b"that");
                    cue.participle
                        && cue.reports
                        && cue.lemma != "tell"
                        && (cue.lemma != "say" || that || !contact_before(doc, c, t))
                        && (!cue.object_sense || that)
                })
                || second_report(doc, t, hi, true).is_some()
                // "... had been killed and three wounded, and accused the Kyrgyz side of ...": a
                // second verb of the speaker's, past the report
                // (only a verb of the speaker's own act: "and demanded money" may be the
                // reported person's)
                || t + 2 < hi
                    && matches!(doc.tok_bytes(t + 1), b"and" | b"but")
                    && doc.cue(t + 2).is_some_and(|c| {
                        !c.participle
                            && matches!(
                                c.lemma,
                                "accuse"
                                    | "urge"
                                    | "call"
                                    | "vow"
                                    | "insist"
                                    | "deny"
                                    | "add"
                                    | "appeal"
                                    | "condemn"
                                    | "criticise"
                                    | "criticize"
                                    | "praise"
                                    | "thank"
                                    | "welcome"
                                    | "reject"
                                    | "dismiss"
                            )
                    })
                // "..., and a spokesperson confirmed the governing body would ...": another
                // speaker's report
                || second_speaker_cue(doc, t, hi).is_some()
                // "Nassar told Whitcomb that CONTENT, the statement said.": an inverted cue that
                // closes the sentence is no part of the report
                || inverted_tail(doc, t, hi)
        }
        // "... enough iodine - which can lead to ..." (a hyphen, an em or an en dash; no second
        // report starts at a dash)
        b"-" | b"\xE2\x80\x94" | b"\xE2\x80\x93" => {
            matches!(doc.tok_bytes(t + 1), b"which" | b"who")
        }
        // ("X said A and that B": the coordinated "that" clause is a report of its own)
        b"and" | b"but" => second_report(doc, t, hi, true).is_some(),
        // (no other token opens a second report)
        _ => false,
    })
}

/// True if the tokens after the comma at `t` (up to `hi`) are only an inverted attribution: a
/// subject that opens them, its finite reporting verb, and at most four adjunct words ("..., the
/// statement said.", "..., the army said on Tuesday.").
fn inverted_tail(doc: &Doc, t: usize, hi: usize) -> bool {
    let Some(k) =
        (t + 2..hi.min(t + 8)).find(|&k| doc.cue(k).is_some_and(|c| c.reports && !c.participle))
    else {
        return false;
    };
    // (counted up to a fifth word only)
    let words_after = (k + 1..hi).filter(|&x| doc.tokens[x].kind == TokenKind::Word);
    words_after.clone().nth(4).is_none()
        && (k + 1..hi).all(|x| is_tail_token(doc, x))
        && np_before(doc, k, t + 1).is_some_and(|np| np.toks.start == t + 1)
}

/// A token that may follow an inverted cue and its subject: punctuation, an adjunct word ("on
/// Tuesday", "in a statement"), a capitalised word or a number.
fn is_tail_token(doc: &Doc, t: usize) -> bool {
    doc.tokens[t].kind != TokenKind::Word
        || is_adjunct_word(doc.tok(t))
        // (`cap` is `np::is_cap` of a word)
        || doc.cap(t)
        || doc.tok_bytes(t).iter().all(u8::is_ascii_digit)
}

/// True if the clause from token `c` after a coordinating "and that" opens with a subject, so that
/// "that" is a complementiser: a subject pronoun ("and that it made sense"), a determiner or
/// quantifier ("and that the", "and that neither government"), a name or a number. Not "and that
/// was it" (the pronoun) nor "and that report showed" (the determiner).
fn complementiser_that(doc: &Doc, c: usize, hi: usize) -> bool {
    let w = doc.tok_bytes(c);
    if matches!(
        w,
        b"he" | b"she" | b"it" | b"they" | b"we" | b"I" | b"you" | b"there"
    ) {
        return has_words(doc, c..hi, 3);
    }
    // (a plural noun cannot follow the determiner "that": "and that pilots in Norway would ...")
    let plural = is_plural_form(w);
    // ("and that additional surveyors had been hired": an adjective before a plural)
    let adjective_plural =
        c + 1 < hi && w.iter().all(u8::is_ascii_lowercase) && is_plural_form(doc.tok_bytes(c + 1));
    let opens_subject = doc.cap(c)
        || plural
        || adjective_plural
        || w.first().is_some_and(u8::is_ascii_digit)
        || matches!(w, b"$" | b"\xC2\xA3" | b"\xE2\x82\xAC")
        || is_determiner(w)
        || is_number_word(doc.tok(c))
        || matches!(
            w,
            b"no"
                | b"neither"
                | b"either"
                | b"both"
                | b"few"
                | b"any"
                | b"anyone"
                | b"everyone"
                | b"nobody"
                | b"someone"
                | b"nothing"
                | b"such"
        );
    opens_subject && has_words(doc, c..hi, 4)
}

/// "... and insisted that ...", ", and that ..." (the bare form only when `bare`): token `t` ("and"/"but", or the comma before it)
/// opens a second reported clause of the same subject; returns the token where its content starts.
fn second_report(doc: &Doc, t: usize, hi: usize, bare: bool) -> Option<usize> {
    let mut j = t;
    if j >= hi {
        return None;
    }
    if doc.tok_is(j, b",") {
        j += 1;
    }
    // "Threshold, which warned that A, said B": after a comma, the main clause's finite
    // reporting verb (not "said to", a passive)
    if j > t
        && j + 1 < hi
        && !doc.cap(j)
        && !doc.tok_is(j + 1, b"to")
        && doc.cue(j).is_some_and(|c| c.reports && !c.participle)
    {
        let cue = doc.cue(j)?;
        if doc.tok_is(j + 1, b"that") {
            return Some(j + 2).filter(|&c| c < hi && has_words(doc, c..hi, 3));
        }
        return (has_words(doc, j + 1..hi, 4) && reports_clause(doc, cue, j + 1, hi))
            .then_some(j + 1);
    }
    if j >= hi || !matches!(doc.tok_bytes(j), b"and" | b"but") || (t > 0 && doc.tok_is(t - 1, b","))
    {
        return None;
    }
    j += 1;
    while j < hi && doc.tok_bytes(j).ends_with(b"ly") && doc.tok_bytes(j).len() > 3 {
        j += 1;
    }
    if j < hi && doc.tok_is(j, b"that") {
        // (a complementiser, not the pronoun of "and that was the end of it" or the determiner
        // of "and that report showed ...")
        return Some(j + 1)
            .filter(|_| bare)
            .filter(|&c| c < hi && complementiser_that(doc, c, hi));
    }
    if j >= hi {
        return None; // regression: fuzz input tests/fuzz_corpus/analyze-crash-text-token-at
    }
    let cue = doc.cue(j).filter(|c| c.reports && !c.participle)?;
    if j + 1 < hi && doc.tok_is(j + 1, b"that") {
        return Some(j + 2).filter(|&c| c < hi && has_words(doc, c..hi, 4));
    }
    // "claimed Paris was a volunteer and claim she has a vested interest ...": a bare clause
    // opened by a subject pronoun
    // ("cautioned that A, and said the real test would come ...": or by a determiner)
    (j + 1 < hi
        && (is_subject_pronoun(doc.tok_bytes(j + 1)) || is_determiner(doc.tok_bytes(j + 1)))
        && has_words(doc, j + 1..hi, 4)
        && reports_clause(doc, cue, j + 1, hi))
    .then_some(j + 1)
}

/// "according to the event website.": a short lower-case phrase from token `s` to the end of the
/// sentence whose head is a role or document noun (`np_after` reads no lower-case modifier before
/// a role noun). Not "according to the plan drawn up by ...", "according to the number of hours".
fn document_at_end(doc: &Doc, s: usize, hi: usize) -> Option<Np> {
    let mut e = s;
    while e < hi && doc.tokens[e].kind == TokenKind::Word && !doc.cap(e) && e < s + 4 {
        e += 1;
    }
    let ends = e + 1 == hi && doc.tokens[e].kind != TokenKind::Word;
    (ends
        && e > s + 1
        && matches!(doc.tok_bytes(s), b"the" | b"a" | b"an" | b"its" | b"their")
        && crate::attribution::np::ROLE_NOUN_SET.contains(doc.tok(e - 1)))
    .then_some(Np {
        toks: s..e,
        kind: NpKind::Role,
    })
}

/// "CONTENT, Iraqi Foreign Minister X told Y ...": an inverted cue clause ends before token `k`.
fn inverted_cue_before(doc: &Doc, lo: usize, k: usize) -> bool {
    // within 60 tokens, so a long run of inverted cues stays linear
    ((lo + 4).max(k.saturating_sub(60))..k).any(|t| {
        doc.cue(t).is_some_and(|c| c.reports && !c.participle)
            && !is_passive(doc, t, lo)
            && np_before(doc, t, lo)
                .is_some_and(|np| np.toks.start > lo + 1 && doc.tok_is(np.toks.start - 1, b","))
    })
}

/// "FEMA, which warned last month that ...", "a commander who gave his name as X said ...",
/// "Devocht, who had told Montalvo ...": the subject of a cue in a relative clause, or of a cue
/// after a relative clause that names the speaker. `np_k` is `np_before(doc, k, lo)` (the caller
/// has it already).
pub(crate) fn relative_subject(doc: &Doc, lo: usize, k: usize, np_k: Option<Np>) -> Option<Np> {
    let mut j = k;
    while j > lo
        && matches!(
            doc.tok_bytes(j - 1),
            b"had" | b"has" | b"have" | b"also" | b"later" | b"then"
        )
    {
        j -= 1;
    }
    if j > lo + 1 && matches!(doc.tok_bytes(j - 1), b"who" | b"which") {
        let mut e = j - 1;
        if doc.tok_is(e - 1, b",") {
            e -= 1;
        }
        let np = np_before(doc, e, lo);
        // "the Committee for Fair Pipe Trade, a coalition of five U.S. producers, which alleges":
        // the relative clause follows an appositive of the name
        // (or a name inside the appositive: "Kim Yo-jong, vice department director of the
        // ruling Workers' Party's Central Committee, who said")
        let inside = doc.tok_is(j - 1, b"who")
            && np.as_ref().is_some_and(|n| {
                let s = n.toks.start;
                s >= lo + 2
                    && (matches!(doc.tok_bytes(s - 1), b"of" | b"at" | b"for")
                        || s >= lo + 3
                            && matches!(doc.tok_bytes(s - 1), b"the" | b"ruling")
                            && matches!(doc.tok_bytes(s - 2), b"of" | b"at" | b"for" | b"the"))
            });
        if inside {
            // (the appositive a role phrase: no cue and no "according to" in it)
            if let Some(c2) = (e.saturating_sub(16).max(lo + 1)..e)
                .rev()
                .find(|&t| doc.tok_is(t, b","))
                .filter(|&c2| {
                    (c2 + 1..e).all(|t| doc.cue(t).is_none() && !is_according(doc, t))
                        && !doc.cap(c2 + 1)
                })
            {
                if let Some(n) = np_before(doc, c2, lo).filter(|n| n.kind == NpKind::Name) {
                    return Some(n);
                }
            }
        }
        if np.as_ref().is_none_or(|n| n.kind != NpKind::Name) {
            if let Some(c2) = (e.saturating_sub(10).max(lo + 1)..e)
                .rev()
                .find(|&t| doc.tok_is(t, b","))
            {
                if matches!(doc.tok_bytes(c2 + 1), b"a" | b"an" | b"the") {
                    if let Some(n) = np_before(doc, c2, lo).filter(|n| n.kind == NpKind::Name) {
                        return Some(n);
                    }
                }
            }
        }
        return np;
    }
    // "A nurse who lived across the hall from a woman killed in a 2023 apartment fire told
    // jurors": a restrictive relative clause (no comma, no cue of its own) between the subject
    // that opens the sentence and its cue
    let start = dateline_end(doc, lo, k);
    if let Some(w) = (start + 1..k)
        .take(6)
        .find(|&t| matches!(doc.tok_bytes(t), b"who" | b"which"))
    {
        let plain = (w + 1..k).all(|t| {
            doc.tokens[t].kind == TokenKind::Word && doc.cue(t).is_none() || doc.tok_is(t, b"-")
        }) && k - w <= 25;
        // (a counted group, "Three doctors who signed the letter", is nobody, but still reports)
        if let Some(np) = np_before(doc, w, start)
            .filter(|np| plain && np.toks.start == start && np.kind != NpKind::Pronoun)
        {
            return Some(np);
        }
    }
    // "a PMF commander who gave his name as Abu Zainab al-Khafaji said"
    let np = np_k?;
    let s = np.toks.start;
    (np.kind == NpKind::Name
        && s > lo + 1
        && doc.tok_is(s - 1, b"as")
        && (s.saturating_sub(8).max(lo)..s).any(|t| doc.tok_is(t, b"who")))
    .then_some(np)
}

/// "The world champion said", "One MP said", "At a news conference, the veteran skipper said": a
/// determiner and at most four lower-case words (or an acronym) right before the cue, opening the sentence or its clause after a comma; a subject no
/// list of role nouns names, but a subject all the same (it had been no report at all).
fn common_noun_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let start = dateline_end(doc, lo, k);
    let mut j = k;
    // (past auxiliaries and time adverbs: "An inquiry later found")
    while j > start + 1
        && matches!(
            doc.tok_bytes(j - 1),
            b"has"
                | b"have"
                | b"had"
                | b"also"
                | b"later"
                | b"then"
                | b"now"
                | b"earlier"
                | b"previously"
                | b"again"
                | b"still"
                | b"today"
                | b"yesterday"
        )
    {
        j -= 1;
    }
    let person_noun = |w: &str| {
        [
            "er", "or", "ist", "ant", "ent", "ian", "man", "woman", "ain",
        ]
        .iter()
        .any(|x| w.ends_with(x))
    };
    let word = |t: usize| {
        let w = doc.tok(t);
        doc.tokens[t].kind == TokenKind::Word
            && doc.cue(t).is_none()
            && (w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                // (an acronym as the head, "One MP said", or before a person's noun, "An FBI
                // forensic accountant told the jury"; not "The IPL franchise said")
                || (t + 1 == j || person_noun(doc.tok(j - 1)))
                    && (2..=4).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_uppercase()))
            && !matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "and"
                    | "or"
                    | "but"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "not"
                    | "never"
                    | "to"
            )
            // (no verb group: "The spokesperson did not say whether ...")
            && !is_finite_aux(w.as_bytes())
    };
    // (or a bare plural opening the sentence with its "of"/"with" phrase: "Allies of the
    // chancellor said", "Deputies with the Ventura County Sheriff’s Office said"; the body
    // after "with" speaks)
    if j > start + 2 {
        let w = crate::quotes::lower(doc.tok(start));
        let plural = is_plural_form(w.as_bytes())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && doc.cue(start).is_none();
        if plural && matches!(doc.tok_bytes(start + 1), b"of" | b"with") {
            let rest = start + 2..j;
            let clean = rest.clone().all(|t| {
                doc.tokens[t].kind == TokenKind::Word
                    && doc.cue(t).is_none()
                    && !is_finite_aux(doc.tok_bytes(t))
                    && !matches!(doc.tok_bytes(t), b"who" | b"which" | b"that")
            }) && rest.len() <= 6;
            // ("Friends of the Earth said", "Members of the Senate Finance Committee said": a
            // name, or a body's members by its name; the whole phrase)
            let named_after = {
                let n = start + 2 + usize::from(doc.tok_is(start + 2, b"the"));
                n < j && doc.cap(n)
            };
            if clean && matches!(&*w, "friends" | "members") && named_after {
                return Some(Np {
                    toks: start..j,
                    kind: NpKind::Name,
                });
            }
            if clean {
                let from = if doc.tok_is(start + 1, b"with") {
                    start + 2 + usize::from(doc.tok_is(start + 2, b"the"))
                } else {
                    start
                };
                // (the plural alone for "of": a sentence-opening plural speaks as it would in
                // lower case, a role or nobody)
                return Some(if from > start {
                    Np {
                        toks: from..j,
                        kind: NpKind::Name,
                    }
                } else {
                    Np {
                        toks: start..start + 1,
                        kind: NpKind::Name,
                    }
                });
            }
        }
    }
    // (or a bare plural after a coordinating conjunction: "..., and traders said the
    // uncertainty was weighing on bonds")
    if j > start + 1 && matches!(doc.tok_bytes(j - 2), b"and" | b"but") {
        let w = doc.tok_bytes(j - 1);
        if is_plural_form(w)
            && w.iter().all(u8::is_ascii_lowercase)
            && doc.cue(j - 1).is_none()
            && !matches!(w, b"others" | b"things" | b"this" | b"is" | b"has" | b"was")
        {
            return Some(Np {
                toks: j - 1..j,
                kind: NpKind::Role,
            });
        }
    }
    let d = (start..j.saturating_sub(1))
        .rev()
        .take(5)
        .take_while(|&t| doc.tokens[t].kind == TokenKind::Word)
        .find(|&t| {
            matches!(
                &*crate::quotes::lower(doc.tok(t)),
                "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their" | "its" | "our"
            )
        })?;
    let opens = d == start || d > start + 2 && doc.tok_is(d - 1, b",");
    let head = doc.tok(j - 1);
    if !opens
        || !(d + 1..j).all(word)
        || matches!(
            head,
            "day"
                | "week"
                | "year"
                | "month"
                | "morning"
                | "night"
                | "time"
                | "way"
                | "thing"
                // (things that "say" without speaking: "The sign said no entry", "The law says
                // employers must ...", "the result said more than the polls had")
                | "sign"
                | "signs"
                | "law"
                | "laws"
                | "rule"
                | "rules"
                | "result"
                | "results"
                | "data"
                | "figures"
                | "numbers"
                | "constitution"
                | "regulations"
                | "guidelines"
                | "contract"
                | "map"
                | "scoreboard"
                | "clock"
        )
    {
        return None;
    }
    Some(Np {
        toks: d..j,
        kind: NpKind::Role,
    })
}

/// "The Palestinian Civil Defence in Gaza said", "Police in Manchester said": the subject before
/// the place it is in.
fn placed_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let place = np_before(doc, k, lo)?;
    let p = place.toks.start;
    if place.kind != NpKind::Name || p < lo + 2 || !matches!(doc.tok_bytes(p - 1), b"in" | b"at") {
        return None;
    }
    let head = np_before(doc, p - 1, lo)?;
    // (a body or a named subject, not a generic group: "Villagers in Limpopo say")
    let generic = head.toks.len() == 1 && head.toks.start == lo && {
        let w = doc.tok_bytes(head.toks.start);
        is_plural_form(w)
            && w[1..].iter().all(u8::is_ascii_lowercase)
            && !matches!(
                w,
                b"Officials"
                    | b"Authorities"
                    | b"Prosecutors"
                    | b"Investigators"
                    | b"Researchers"
                    | b"Scientists"
            )
    };
    // "Analysts at Jefferies said", "Economists at Goldman Sachs expect": the firm they work at
    // speaks (as "A State Department spokesperson" is the State Department)
    if generic && doc.tok_bytes(p - 1) == b"at" && is_firm_staff(doc.tok_bytes(head.toks.start)) {
        return Some(place);
    }
    // "Officials at Adolfo Camarillo High School said": officials at a named institution speak
    // for it (as officials in a capital speak for the country)
    if doc.tok_bytes(p - 1) == b"at"
        && head.toks.len() == 1
        && head.toks.start == lo
        && doc
            .tok_bytes(head.toks.start)
            .eq_ignore_ascii_case(b"officials")
        && crate::attribution::names::is_org_head(doc.tok(place.toks.end - 1))
    {
        return Some(place);
    }
    (head.kind != NpKind::Pronoun
        && !generic
        && head.toks.end == p - 1
        && subject_position(doc, lo, &head))
    .then_some(head)
}

/// Analysts, economists or strategists (in either case): who speak as the firm they work at.
fn is_firm_staff(w: &[u8]) -> bool {
    [&b"analysts"[..], b"economists", b"strategists"]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
}

/// "Analysts at Jefferies were more cautious, writing that ...": analysts, economists or
/// strategists at a firm speak as the firm (as "Analysts at Jefferies said" does).
pub(crate) fn analysts_at(doc: &Doc, np: Np, hi: usize) -> Np {
    let t = np.toks.start;
    if np.toks.len() == 1
        && is_firm_staff(doc.tok_bytes(t))
        && t + 2 < hi
        && doc.tok_is(t + 1, b"at")
    {
        if let Some(firm) = np_after(doc, t + 1, hi).filter(|n| n.kind == NpKind::Name) {
            return firm;
        }
    }
    np
}

/// "A senior official familiar with the negotiations said", "Two people briefed on the talks,
/// who asked not to be named, said": an unnamed source described by what it knows, opening the
/// sentence; the phrase before the description is the subject.
fn familiar_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let start = dateline_end(doc, lo, k);
    let m = (start + 1..k.min(start + 7)).find(|&t| {
        t + 1 < k
            && crate::attribution::np::is_knowledge_marker(doc.tok_bytes(t), doc.tok_bytes(t + 1))
    })?;
    // the phrase: words without a verb, a cue or a preposition ("A Western diplomat", "Two
    // people"; not "Officials at the Ministry of Defence")
    let phrase = (start..m).all(|t| {
        doc.tokens[t].kind == TokenKind::Word
            && doc.cue(t).is_none()
            && modifier_word(doc.tok(t))
            && !matches!(
                doc.tok_bytes(t),
                b"at" | b"of" | b"from" | b"in" | b"for" | b"with"
            )
    });
    // (past an article or a number: "Two Pentagon officials" is the Pentagon's)
    let start = (start..m)
        .find(|&t| {
            !matches!(
                doc.tok_bytes(t),
                b"A" | b"An"
                    | b"The"
                    | b"One"
                    | b"Two"
                    | b"Three"
                    | b"Four"
                    | b"Several"
                    | b"Some"
                    | b"a"
                    | b"an"
                    | b"the"
                    | b"one"
                    | b"two"
                    | b"three"
                    | b"four"
                    | b"several"
                    | b"some"
            )
        })
        .unwrap_or(m);
    if start == m {
        return None;
    }
    // the description up to the cue: no verb of its own but in a relative clause set off by
    // commas ("who asked not to be named"), at most 20 tokens
    let described = k - m <= 20
        && (m..k).all(|t| {
            doc.cue(t).is_none_or(|c| !c.reports || c.participle)
                && (!is_finite_aux(doc.tok_bytes(t))
                    || (m..t).any(|r| matches!(doc.tok_bytes(r), b"who" | b"which")))
        });
    (phrase && described).then_some(Np {
        toks: start..m,
        kind: NpKind::Role,
    })
}

/// "A new study documenting iodine nutritional status in Australian school children has
/// revealed ...", "The results of the Australian National Iodine Nutrition Study published in ...,
/// revealed ...": a sentence-opening role or study noun with a participle or prepositional
/// modifier and no verb of its own before the cue. For "the results/findings of X", X speaks.
fn modified_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let start = dateline_end(doc, lo, k);
    let is_head = |w: &[u8]| {
        matches!(
            w,
            b"study"
                | b"report"
                | b"survey"
                | b"poll"
                | b"analysis"
                | b"researchers"
                | b"scientists"
                | b"authors"
                | b"statement"
                | b"letter"
                | b"notice"
                | b"readout"
                | b"results"
                | b"findings"
        )
    };
    let h = (start..k.min(start + 5)).find(|&t| is_head(doc.tok_bytes(t)))?;
    if !(start..h).all(|t| {
        doc.tokens[t].kind == TokenKind::Word && doc.cue(t).is_none() && modifier_word(doc.tok(t))
    }) {
        return None;
    }
    // the verb group before the cue: "has revealed", ", revealed"
    let mut e = k;
    while e > h + 1 && matches!(doc.tok_bytes(e - 1), b"has" | b"have" | b"had" | b",") {
        e -= 1;
    }
    if e <= h + 1 || e - h > 25 {
        return None;
    }
    let first = doc.tok(h + 1);
    let modifier = first == "of"
        || (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")))
        || matches!(first, "from" | "at" | "by" | "for");
    let clean = (h + 1..e).all(|t| {
        let w = doc.tok(t);
        (doc.tokens[t].kind == TokenKind::Word || matches!(w, "-" | "’" | "'"))
            && doc.cue(t).is_none()
            && !matches!(
                w,
                "is" | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "that"
                    | "which"
                    | "who"
                    | "and"
                    | "but"
            )
    });
    if !modifier || !clean {
        return None;
    }
    if matches!(doc.tok_bytes(h), b"results" | b"findings") {
        let mut a = h + 2;
        if a < e && doc.tok_is(a, b"the") {
            a += 1;
        }
        let mut b = a;
        while b < e && doc.cap(b) {
            b += 1;
        }
        return (first == "of" && b > a).then_some(Np {
            toks: a..b,
            kind: NpKind::Name,
        });
    }
    Some(Np {
        toks: start..h + 1,
        kind: NpKind::Role,
    })
}

/// "The Internet security firm Secunia.com, has said that ...": a source slip puts a comma
/// between the subject that opens the sentence and its (auxiliary and) cue at `k`.
pub(crate) fn comma_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let mut j = k;
    if j > lo && matches!(doc.tok_bytes(j - 1), b"has" | b"have" | b"had") {
        j -= 1;
    }
    if j < lo + 2 || !doc.tok_is(j - 1, b",") {
        return None;
    }
    let np = np_before(doc, j - 1, lo)?;
    // (the phrase opens the sentence, after a title or role: "The Internet security firm")
    (np.kind != NpKind::Pronoun
        && subject_position(doc, lo, &np)
        && (np.toks.start == lo || !doc.tok_is(np.toks.start - 1, b",")))
    .then_some(np)
}

/// A study noun ("study", "survey", "poll", "analysis", "report"): a document that finds.
pub(crate) fn is_study_noun(w: &[u8]) -> bool {
    matches!(w, b"study" | b"survey" | b"poll" | b"analysis" | b"report")
}

/// "although a recent poll found ...", "A new survey shows ...": a determiner, lower-case
/// modifiers and a study noun right before the cue, as the subject of its clause (`np_before`
/// reads people and bodies, not documents).
fn study_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let h = k.checked_sub(1).filter(|&h| h > lo)?;
    if !is_study_noun(doc.tok_bytes(h)) {
        return None;
    }
    let mut s = h;
    while s > lo && h - s < 4 && doc.tokens[s - 1].kind == TokenKind::Word {
        s -= 1;
        if matches!(
            doc.tok_bytes(s),
            b"a" | b"an" | b"the" | b"this" | b"its" | b"A" | b"An" | b"The" | b"This"
        ) {
            let np = Np {
                toks: s..h + 1,
                kind: NpKind::Role,
            };
            return starts_clause(doc, lo, s, NpKind::Role).then_some(np);
        }
        if doc.cap(s) {
            return None;
        }
    }
    None
}

/// "The Popular Mobilisation Forces (PMF), an umbrella grouping of ..., said ...",
/// "The Italian defence ministry, which has a destroyer ..., said ...": the sentence opens with a
/// noun phrase, then an appositive or relative clause between commas, then the cue.
pub(crate) fn appositive_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    // (the apposition's comma may sit inside a title's closing mark: "Jonah Pratt, a nominee
    // for “The Long Division,” wrote")
    let closed = k >= lo + 5 && matches!(doc.tok(k - 1), "”" | "\"") && doc.tok_is(k - 2, b",");
    if k < lo + 4 || !doc.tok_is(k - 1, b",") && !closed {
        return None;
    }
    let start = dateline_end(doc, lo, k);
    let comma = (start + 1..k - 1).find(|&t| doc.tok_is(t, b","))?;
    // drop an acronym in parentheses: "(PMF)"
    let e = before_acronym(doc, start, comma);
    let mut np = np_before(doc, e, start)?;
    // ("A Western diplomat in Moscow, who asked not to be named, said": the person before the
    // place)
    // (the whole phrase, whose place may say whom the person speaks for: "A government official
    // in Seoul")
    // (an official or a source only: "A police officer in Lagos, who declined to give his
    // name," speaks for nobody)
    let p = np.toks.start;
    if np.kind == NpKind::Name && p >= start + 2 && doc.tok_is(p - 1, b"in") {
        if let Some(head) = np_before(doc, p - 1, start)
            .filter(|h| h.kind == NpKind::Role && h.toks.end == p - 1 && h.toks.start == start)
        {
            let official = matches!(
                doc.tok_bytes(head.toks.end - 1),
                b"official" | b"officials" | b"source" | b"sources"
            );
            np = if official {
                Np {
                    toks: head.toks.start..np.toks.end,
                    kind: NpKind::Role,
                }
            } else {
                head
            };
        }
    }
    let mut opens =
        (start..np.toks.start).all(|t| matches!(doc.tok_bytes(t), b"The" | b"A" | b"An"));
    // ("A senior official of the Road Construction Department, who did not wish to be named,
    // said", "A PDP chieftain in Ekiti South Senatorial District, who spoke on condition of
    // anonymity, said": a role no list names, of or in a named body or place, opening the
    // sentence; the whole phrase)
    // (only before a relative clause: not "The head of Athletics India, Adille Sumariwalla,
    // said", nor "A resident of Boise, Idaho, testified")
    if !opens && np.kind == NpKind::Name && doc.tok_is(comma + 1, b"who") {
        let p = np.toks.start;
        let mut q = p;
        if q > start + 1 && doc.tok_is(q - 1, b"the") {
            q -= 1;
        }
        if q > start + 2 && matches!(doc.tok_bytes(q - 1), b"of" | b"in" | b"at" | b"from") {
            if let Some(head) = common_noun_subject(doc, start, q - 1)
                .filter(|h| h.toks.start == start && h.toks.end == q - 1)
            {
                np = Np {
                    toks: head.toks.start..np.toks.end,
                    kind: NpKind::Role,
                };
                opens = true;
            }
        }
    }
    // the middle must not hold a cue verb of its own
    let middle_cue =
        (comma + 1..k - 1).any(|t| doc.cue(t).is_some_and(|c| c.reports && !c.participle));
    (opens && np.kind != NpKind::Pronoun && !middle_cue).then_some(np)
}

/// The NP is the subject of its clause: it starts the sentence, or follows an opening adjunct
/// ("On Tuesday, X said") or a conjunction.
fn subject_position(doc: &Doc, lo: usize, np: &Np) -> bool {
    starts_clause(doc, lo, np.toks.start, np.kind)
        // "Iraqi government spokesman Saad Hashim said", "In Brussels, a spokesman for the
        // European Union's naval mission Aspides said": a title or role phrase opens the clause
        || (np.kind == NpKind::Name
            && phrase_start(doc, np.toks.start, lo)
                .is_some_and(|p| p < np.toks.start && starts_clause(doc, lo, p, NpKind::Role)))
}

/// Words that can stand in a title or role phrase before a name: no verbs, clause words or
/// pronouns.
fn modifier_word(w: &str) -> bool {
    crate::attribution::np::is_cap(w)
        || !matches!(
            w,
            "is" | "was"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "did"
                | "does"
                | "do"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "where"
                | "when"
                | "and"
                | "but"
                | "or"
                | "nor"
                | "not"
                | "to"
                | "in"
                | "on"
                | "if"
                | "as"
                | "than"
                | "because"
                | "while"
                | "after"
                | "before"
                | "since"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
                | "this"
                | "these"
                | "those"
                | "by"
        ) && (!w.ends_with("ed")
            || w.contains('-')
            // (adjectives: "armed forces spokesman", "retired civil engineer")
            || matches!(w, "armed" | "retired" | "united" | "elected" | "appointed"))
            // (no number, but an age: "24-year-old engineer Liao Po-wei said")
            && (!w.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with("-year-old"))
}

/// The start of the phrase that ends with the name starting at token `s`, taken back over a title
/// or role phrase ("Sydbank analyst", "scientists from the") to a comma or the start of the
/// sentence; `None` if a verb or clause word comes first.
fn phrase_start(doc: &Doc, s: usize, lo: usize) -> Option<usize> {
    let start = dateline_end(doc, lo, s);
    let mut j = s;
    while j > start {
        let w = doc.tok(j - 1);
        // (or a subordinate clause's opener: "when shadow chancellor Richard Hale claimed")
        // (or a coordinated clause's: ", and coalition whip Ofir Mizrahi said")
        if matches!(
            w,
            "," | "when"
                | "while"
                | "after"
                | "before"
                | "because"
                | "since"
                | "although"
                | "that"
                | "and"
                | "but"
        ) {
            break;
        }
        // ("state" in "The state news agency Kabar" is no cue: `Doc::cue` knows)
        // (nor "forces" in "armed forces spokesman": a role noun)
        let cue = doc.cue(j - 1).is_some()
            && !crate::attribution::np::ROLE_NOUN_SET.contains(&crate::quotes::lower(w));
        if doc.tokens[j - 1].kind != TokenKind::Word || cue || !modifier_word(w) || s - j >= 10 {
            return None;
        }
        j -= 1;
    }
    // the phrase names a role or title ("analyst", "spokesman", "scientists"), not a generic group
    // ("many people Wikinews observed")
    let role = (j..s).any(|t| {
        let w = doc.tok(t);
        // (or a singular role noun by its ending: "Former Tottenham midfielder Danny Roe")
        (crate::attribution::np::ROLE_NOUN_SET.contains(w)
            || t + 1 == s
                && (crate::attribution::is_role_like(doc, t)
                    || crate::attribution::np::is_trade(w)))
            && !matches!(
                w,
                "people"
                    | "members"
                    | "member"
                    | "players"
                    | "player"
                    | "workers"
                    | "residents"
                    | "witnesses"
                    | "critics"
                    | "supporters"
                    | "opponents"
                    | "protesters"
                    | "media"
                    | "reports"
            )
    }) || (j..s).any(|t| matches!(doc.tok_bytes(t), b"the" | b"The"))
        // (or an owner: "the country’s Ministry of Environment")
        && (j..s).all(|t| {
            let w = doc.tok(t);
            doc.cap(t)
                || matches!(w, "the" | "The")
                || crate::text::strip_possessive(w).len() < w.len()
        });
    (role && j < s).then_some(j)
}

fn starts_clause(doc: &Doc, lo: usize, s: usize, kind: NpKind) -> bool {
    // only an article before it: "The Royal Spanish Football Federation said"
    if (dateline_end(doc, lo, s)..s).all(|t| matches!(doc.tok_bytes(t), b"The" | b"A" | b"An")) {
        return true;
    }
    let p = doc.tok(s - 1);
    matches!(
        p,
        "," | "and"
            | "but"
            | "But"
            | "And"
            | ";"
            | "—"
            | "–"
            | "that"
            | "However"
            | "Meanwhile"
            // "where they claimed ...": a subordinate clause's subject
            | "where"
            | "when"
            | "because"
            | "since"
            | "although"
            | "though"
            | "whereas"
            // "a week after Arclight Devices warned that ..."
            | "after"
            | "before"
            | "while"
            | "until"
            | "once"
    ) || (kind == NpKind::Role && s <= lo + 2)
}

/// "Ma’ruf Hasyim, a deputy chairman of Nahdlatul Ulama, the country’s largest Muslim
/// organisation, urged": when the phrase `np` found before the cue at `k` stands inside
/// appositives after the name that opens the sentence (", a/an/the ..."), that name.
/// "A spokesman for the premier said", "The spokeswoman for the minister told reporters": a
/// spokesperson for a person or office, opening the sentence (tokens from `lo`) right before the
/// cue at `k`, as one phrase.
fn spokesperson_for_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let start = dateline_end(doc, lo, k);
    let ok = k >= start + 4
        && k <= start + 8
        && matches!(doc.tok_bytes(start), b"A" | b"An" | b"The")
        && matches!(
            doc.tok_bytes(start + 1),
            b"spokesman" | b"spokeswoman" | b"spokesperson"
        )
        && doc.tok_is(start + 2, b"for")
        && (start + 3..k).all(|t| doc.tokens[t].kind == TokenKind::Word && doc.cue(t).is_none());
    ok.then_some(Np {
        toks: start..k,
        kind: NpKind::Role,
    })
}

/// The subject that opens the sentence (tokens from `lo`), when `np`, the phrase before its cue,
/// names the signatory of its document: "The union, in a statement signed by its General
/// Secretary, Comrade Ngozi Obi-Anyanwu, and made available to journalists, said" gives "The
/// union".
pub(crate) fn signatory(doc: &Doc, lo: usize, np: &Np) -> Option<Np> {
    let from = np.toks.start.saturating_sub(10).max(lo + 1);
    let signed = (from..np.toks.start).any(|t| {
        doc.tok_is(t, b"by")
            && matches!(
                doc.tok_bytes(t - 1),
                b"signed" | b"issued" | b"released" | b"written" | b"posted" | b"sent"
            )
    });
    if !signed {
        return None;
    }
    let comma = (lo + 1..np.toks.start).find(|&t| doc.tok_is(t, b","))?;
    opening_subject(doc, lo, comma).or_else(|| {
        // "Reacting to the incident on Friday, the Ekiti State Governor, Mr Adebayo Olanrewaju,
        // in a statement signed by his Chief Press Secretary, Mr Yinka Oladapo, described ...":
        // the name before ", in a statement signed by", past an opening phrase
        let i = (from.saturating_sub(4).max(lo + 1)..np.toks.start)
            .find(|&t| doc.tok_is(t, b"in") && doc.tok_is(t - 1, b","))?;
        np_before(doc, i - 1, lo).filter(|s| s.kind == NpKind::Name)
    })
}

/// The phrase that opens the sentence (tokens from `lo`, past "The", "A" or "An") and ends at
/// the comma at token `comma`, past an acronym in parentheses: "The Nigeria Labour Congress
/// (NLC), in a statement ..." gives "Nigeria Labour Congress".
pub(crate) fn opening_subject(doc: &Doc, lo: usize, comma: usize) -> Option<Np> {
    np_before(doc, before_acronym(doc, lo, comma), lo).filter(|s| {
        s.kind != NpKind::Pronoun
            && (lo..s.toks.start).all(|t| matches!(doc.tok_bytes(t), b"The" | b"A" | b"An"))
    })
}

/// Token `e`, or the "(" of an acronym in parentheses right before it ("(NLC)" before a comma),
/// not before token `lo + 4`.
fn before_acronym(doc: &Doc, lo: usize, e: usize) -> usize {
    if e >= lo + 4 && doc.tok_is(e - 1, b")") && doc.tok_is(e - 3, b"(") {
        e - 3
    } else {
        e
    }
}

pub(crate) fn stacked_appositives(doc: &Doc, lo: usize, k: usize, np: &Np) -> Option<Np> {
    if np.toks.start <= lo + 3
        || !matches!(np.kind, NpKind::Role | NpKind::Name)
        || !doc.tok_is(k - 1, b",")
    {
        return None;
    }
    appositive_subject(doc, lo, k).filter(|a| {
        let e = a.toks.end;
        // (", a/an/the ...", or a role without its article: ", economy minister of
        // Saxony-Anhalt, the state where ...")
        a.kind == NpKind::Name
            && e + 2 < np.toks.start
            && doc.tok_is(e, b",")
            && (matches!(doc.tok_bytes(e + 1), b"a" | b"an" | b"the")
                || !doc.cap(e + 1)
                    && (e + 1..(e + 4).min(np.toks.start)).any(|t| {
                        crate::attribution::np::ROLE_NOUN_SET
                            .contains(&crate::quotes::lower(doc.tok(t)))
                    }))
    })
}

/// The subject of the main clause before a participle cue: the subject of a finite cue verb in the
/// clause, or the name that opens the sentence.
pub(crate) fn main_subject(doc: &Doc, lo: usize, before: usize) -> Option<Np> {
    // ("Lestari told Reuters the PDI-P would ask ..., and said": the subject that opens the
    // sentence, of its first cue, not of a cue inside the reported clause)
    // (after a comma only: "The report states Kimbrough had called her 14 times and
    // threatened to “…”" coordinates inside the reported clause)
    let opens = dateline_end(doc, lo, before);
    let comma = before < doc.tokens.len() && doc.tok_is(before, b",")
        || before > lo && doc.tok_is(before - 1, b",");
    let first = (lo + 1..if comma { before } else { lo + 1 })
        .filter(|&k| doc.cue(k).is_some_and(|c| !c.participle))
        .find_map(|k| np_before(doc, k, lo).filter(|np| np.toks.start == opens));
    if first.is_some() {
        return first;
    }
    for k in (lo + 1..before).rev() {
        if doc.cue(k).is_some_and(|c| !c.participle) {
            if let Some(np) = np_before(doc, k, lo) {
                return stacked_appositives(doc, lo, k, &np).or(Some(np));
            }
        }
    }
    // the first capitalised run of the sentence, after a dateline ("DETROIT (AP) —")
    let mut s = dateline_end(doc, lo, before);
    // an opening adjunct ("During Prime Minister's Questions Wednesday, Sunak defended ...") is
    // not the subject: skip to its comma
    if s < before
        && matches!(
            doc.tok_bytes(s),
            b"During"
                | b"According"
                | b"In"
                | b"At"
                | b"After"
                | b"Before"
                | b"Since"
                | b"From"
                | b"Under"
                | b"With"
                | b"Without"
                | b"Despite"
                | b"On"
                | b"Following"
                | b"Amid"
                // ("As Mokoena returned to her seat, EFF MP Mzwandile Sithole rose ... and
                // shouted")
                | b"As"
                | b"While"
                | b"When"
                | b"Although"
                | b"Though"
                | b"Once"
        )
    {
        if let Some(c) = (s + 1..before.min(s + 16)).find(|&t| doc.tok_is(t, b",")) {
            s = c + 1;
        }
    }
    // (and a lower-case article after an opening adjunct: "In Tehran, the Iranian foreign
    // ministry’s spokesman, Reza Golshiri, defended ...")
    while s < before
        && (crate::attribution::np::is_sentence_opener(doc.tok(s)) || doc.tok_is(s, b"the"))
    {
        s += 1;
    }
    // a word of a role or office ("manager", "chief", "former")
    let role_word = |t: usize| {
        let w = crate::quotes::lower(doc.tok(t));
        crate::attribution::np::ROLE_NOUN_SET.contains(&w)
            || matches!(
                &*w,
                "press" | "deputy" | "assistant" | "interim" | "acting" | "former" | "head"
            )
    };
    // (past a lower-case office before the name: "In a video message on Tuesday, chief
    // executive Dr. Harold Venn apologized to patients and said")
    let mut r = s;
    while r < before.min(s + 3)
        && doc.tokens[r].kind == TokenKind::Word
        && !doc.cap(r)
        && role_word(r)
    {
        r += 1;
    }
    if r > s && r < before && doc.cap(r) {
        s = r;
    }
    let mut e = s;
    let cap_word = |t: usize| t < before && doc.cap(t) && doc.tokens[t].kind == TokenKind::Word;
    let mut joined = false;
    while cap_word(e) {
        e += 1;
        // "The International Council for the Exploration of the Sea": "of", "for" (and "the"
        // after them) inside a name of two words or more before them (not "Critics of X"), "for"
        // after one ("The Centers for Disease Control"); then "and" ("Control and Prevention")
        let joiner = e + 1 < before
            && match doc.tok_bytes(e) {
                b"of" => e >= s + 2,
                b"for" => e > s,
                b"and" => joined,
                _ => false,
            };
        if joiner {
            let k = if doc.tok_is(e + 1, b"the") {
                e + 2
            } else {
                e + 1
            };
            if cap_word(k) {
                e = k;
                joined = true;
            }
        }
    }
    // "Kingsford manager Graham Pellow refused ...": a role noun between two names makes the
    // first a modifier of the role and the second the subject
    if e > s {
        // (only role words between: not a verb and its object, "Biden met army General Mark
        // Milley and said", "Putin sacked defence minister Sergei Shoigu, saying")
        let mut t = e;
        while t < before.min(e + 3)
            && doc.tokens[t].kind == TokenKind::Word
            && !doc.cap(t)
            && role_word(t)
        {
            t += 1;
        }
        if t > e
            && cap_word(t)
            && crate::attribution::np::ROLE_NOUN_SET.contains(&crate::quotes::lower(doc.tok(t - 1)))
        {
            let mut f = t;
            while cap_word(f) {
                f += 1;
            }
            return Some(Np {
                toks: t..f,
                kind: NpKind::Name,
            });
        }
        // "Sable's chief executive, Jonah Whitcombe, went further, posting": the name set
        // after the owner's role between commas (past lower-case words before the role too:
        // "The Iranian foreign ministry’s spokesman, Reza Golshiri, defended ..., saying")
        if t == e {
            let mut u = e;
            while u < before.min(e + 4)
                && doc.tokens[u].kind == TokenKind::Word
                && !doc.cap(u)
                && doc.cue(u).is_none()
                && !matches!(
                    doc.tok_bytes(u),
                    b"and" | b"or" | b"who" | b"which" | b"that"
                )
            {
                u += 1;
            }
            if u > e && u < before && doc.tok_is(u, b",") {
                t = u;
            }
        }
        if t > e
            && t + 1 < before
            && doc.tok_is(t, b",")
            && cap_word(t + 1)
            && crate::attribution::np::ROLE_NOUN_SET.contains(&crate::quotes::lower(doc.tok(t - 1)))
        {
            let mut f = t + 1;
            while cap_word(f) {
                f += 1;
            }
            if f > t + 2 && f < before && doc.tok_is(f, b",") {
                return Some(Np {
                    toks: t + 1..f,
                    kind: NpKind::Name,
                });
            }
        }
        // "The Collingwood coach was less forgiving ..., saying": a name qualifying a role is
        // no subject; the role is
        if t == e + 1
            && e == s + 1
            && s > lo
            && doc.tok_is(s - 1, b"The")
            && !cap_word(t)
            && crate::attribution::np::ROLE_NOUN_SET.contains(doc.tok(e))
        {
            return Some(Np {
                toks: s - 1..t,
                kind: NpKind::Role,
            });
        }
    }
    // ("She took a long sip of coffee before answering": a capitalised pronoun is no name)
    if e > s && !(e == s + 1 && matches!(doc.tok(s), "She" | "He" | "They")) {
        Some(Np {
            toks: s..e,
            kind: NpKind::Name,
        })
    } else if s < before && crate::attribution::np::PRONOUNS.contains(&doc.tok(s)) {
        Some(Np {
            toks: s..s + 1,
            kind: NpKind::Pronoun,
        })
    } else {
        None
    }
}

/// The first token after a dateline that opens the sentence ("DETROIT (AP) — ", "GENEVA, Feb 5
/// (Reuters) - "),
/// or `lo` when there is none.
fn dateline_end(doc: &Doc, lo: usize, before: usize) -> usize {
    let upper = |w: &str| w.len() >= 2 && w.chars().all(|c| !c.is_lowercase());
    // "Brasília (AFP) – ", "Geneva (Reuters) - ": a place in any case, an agency in brackets and
    // a dash
    // (the bracket within the first three tokens: most sentences have none, and pay two tests)
    let bracketed = lo + 3 < before
        && (doc.tok_is(lo + 1, b"(") || doc.tok_is(lo + 2, b"(") || doc.tok_is(lo + 3, b"("));
    if let Some(close) = bracketed
        .then(|| (lo + 2..before.min(lo + 8)).find(|&t| doc.tok_is(t, b")")))
        .flatten()
    {
        if doc.tok_is(close - 2, b"(")
            && crate::attribution::is_news_outlet(doc.tok(close - 1))
            && close + 1 < before
            && matches!(doc.tok(close + 1), "—" | "–" | "-")
        {
            // (a dash typed as two hyphens: "DALLAS (WFAA) -- ")
            let double =
                close + 2 < before && doc.tok_is(close + 1, b"-") && doc.tok_is(close + 2, b"-");
            return close + 2 + usize::from(double);
        }
    }
    if lo >= before || !upper(doc.tok(lo)) {
        return lo;
    }
    // "NEW DELHI: ", "CHENNAI: " (Indian style): capitals and a colon
    if let Some(c) = (lo + 1..before.min(lo + 4)).find(|&t| doc.tok_is(t, b":")) {
        if (lo..c).all(|t| upper(doc.tok(t))) {
            return c + 1;
        }
    }
    // (room for a state and a date: "SAN JOSE, California, Feb 5 (Reuters) - "; a dash typed as
    // two hyphens: "DEL VALLE, Texas (KXAN) -- ")
    (lo + 1..before.min(lo + 16))
        .find(|&t| matches!(doc.tok(t), "—" | "–" | "-"))
        .map_or(lo, |t| {
            if t + 1 < before && doc.tok(t) == "-" && doc.tok(t + 1) == "-" {
                t + 2
            } else {
                t + 1
            }
        })
}

/// Skips a day adjunct right after a cue: "said (late) on Thursday it had ...", "said Monday".
fn skip_time_adjunct(doc: &Doc, c: usize, hi: usize) -> usize {
    let is_day = |t: usize| t < hi && crate::attribution::np::is_weekday(doc.tok_bytes(t));
    let mut t = c;
    if t < hi && matches!(doc.tok_bytes(t), b"late" | b"early") {
        t += 1;
    }
    if t < hi && doc.tok_is(t, b"on") {
        t += 1;
    }
    let t = if is_day(t) { t + 1 } else { c };
    // "said in a statement $11.2 million had been set aside", "said in an emailed statement the
    // company ...": the medium of the report
    let medium = |t: usize| {
        t < hi
            && matches!(
                doc.tok_bytes(t),
                b"statement" | b"interview" | b"email" | b"letter" | b"speech" | b"post"
            )
    };
    if t + 2 < hi && doc.tok_is(t, b"in") && matches!(doc.tok_bytes(t + 1), b"a" | b"an") {
        let after = if medium(t + 2) {
            t + 3
        } else if medium(t + 3) && doc.tok_bytes(t + 2).iter().all(u8::is_ascii_lowercase) {
            t + 4
        } else {
            return t;
        };
        // ("said in a statement Monday it would ...": the day too; not "in a statement released
        // late on Friday": the medium's own modifier)
        if is_day(after) {
            return after + 1;
        }
        if after < hi
            && matches!(
                doc.tok_bytes(after),
                b"released" | b"issued" | b"published" | b"posted" | b"sent" | b"carried"
            )
        {
            // ("in a statement posted on X that he would ...": on to its "that")
            return (after + 1..hi.min(after + 8))
                .find(|&x| doc.tok_is(x, b"that"))
                .unwrap_or(t);
        }
        return after;
    }
    t
}
