//! Stage 2, quote detection: quote marks paired into direct and partial quotes (curly, straight,
//! single, «»), multi-paragraph quotes, nested quotes, indirect speech without marks, and the
//! labelled turns of interview transcripts.
//!
//! Apostrophes (rebels’, Shi‘ite, Ireland's, ’90s), titles of works and scare quotes are told apart
//! from speech here; attribution (the next stage) finds who spoke.

mod indirect;
mod marks;
mod turns;

use crate::cues;
use crate::text::{Doc, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

pub(crate) use indirect::{
    analysts_at, and_that, appositive_subject, comma_subject, detect_indirect, is_finite_aux,
    is_number_word, is_study_noun, main_subject, opening_subject, relative_subject, signatory,
    stacked_appositives, Indirect,
};
pub(crate) use turns::{detect_turns, label_key, Turn, HOSTS};

/// How a quote is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quote marks that form the speaker's own sentence(s).
    Direct,
    /// A quoted fragment embedded in reported speech: accused China of “deliberate provocation”.
    Partial,
    /// Reported speech without quote marks: X said (that) ..., according to X, ...
    Indirect,
    /// A speaker's turn in an interview transcript or Q&A, after its label: "Noam Chomsky: It's
    /// really hard to tell."
    ///
    /// ```
    /// let a = quotestance::Analyzer::default();
    /// let text = "Wikinews interviews Nick Bos\n\nWikinews: What drew you to ants?\n\n\
    ///             Nick Bos: Their medicine.\n\nWikinews: And next?\n\nNick Bos: Bees.";
    /// let q = &a.analyze(text).quotes[1];
    /// assert_eq!(q.kind, quotestance::QuoteKind::Turn);
    /// assert_eq!(q.text, "Their medicine.");
    /// assert_eq!(q.speaker.as_ref().unwrap().name, "Nick Bos");
    /// assert_eq!(q.addressee.as_ref().unwrap().name, "Wikinews");
    /// ```
    Turn,
}

/// Why a quoted span is not speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotSpeech {
    Title,
    Scare,
    Term,
}

/// A quoted span found by the mark pairing, before attribution.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    /// The content (without marks), trimmed of white space.
    pub content: Range<usize>,
    /// From the opening mark to just after the closing mark (or the paragraph end).
    pub outer: Range<usize>,
    pub para: usize,
    /// Segments of one multi-paragraph quote share a group number.
    pub group: usize,
    pub kind: Result<QuoteKind, NotSpeech>,
    /// Quotations nested inside this one (“When Captain Julien Marchetti told me “two for two”
    /// …”); after classification only those that report an utterance are kept.
    pub nested: Vec<Nested>,
    /// For a headline's quoted fragment, the body quote it echoes (index into the spans).
    pub echo: Option<usize>,
}

/// A quotation inside another one.
#[derive(Debug, Clone)]
pub(crate) struct Nested {
    pub content: Range<usize>,
    pub outer: Range<usize>,
    /// The cue verb right before it inside the outer quote ("told me", "I told her,").
    pub cue_tok: Option<usize>,
}

/// Finds every quote-marked span and classifies it as direct, partial or not speech.
pub(crate) fn detect_marked(doc: &Doc) -> Vec<Span> {
    let mut spans = marks::pair(doc);
    for i in 0..spans.len() {
        let kind = classify(doc, &spans, i);
        spans[i].kind = kind;
    }
    for sp in &mut spans {
        if sp.kind.is_err() {
            sp.nested.clear();
            continue;
        }
        let content = sp.content.clone();
        sp.nested.retain_mut(|n| {
            n.cue_tok = nested_cue(doc, &content, n);
            n.cue_tok.is_some()
        });
    }
    headline_echoes(doc, &mut spans);
    spans
}

/// An inner quotation reports an utterance when a speech verb introduces it inside the outer
/// quote: “… told me “two for two” …”, 'I told her, "Just be yourself …"', ‘She used to say,
/// “…”’. Scare quotes and terms (say it’s “admin fees”) have no such cue.
fn nested_cue(doc: &Doc, outer_content: &Range<usize>, n: &Nested) -> Option<usize> {
    let o = doc.token_at(n.outer.start);
    let lo = doc.token_at(outer_content.start);
    let mut j = o;
    if j > lo && matches!(doc.tok_bytes(j - 1), b"," | b":") {
        j -= 1;
    }
    // ("But I told them straight: ‘If you stay, ...’": an adverb after the addressee)
    if j > lo + 1
        && (matches!(
            doc.tok_bytes(j - 1),
            b"straight" | b"again" | b"once" | b"plainly"
        ) || doc.tok_bytes(j - 1).len() > 4 && doc.tok_bytes(j - 1).ends_with(b"ly"))
        && matches!(
            doc.tok_bytes(j - 2),
            b"me" | b"her" | b"him" | b"us" | b"them" | b"you"
        )
    {
        j -= 1;
    }
    if j > lo
        && matches!(
            doc.tok_bytes(j - 1),
            b"me" | b"her" | b"him" | b"us" | b"them" | b"you"
        )
    {
        j -= 1;
    } else if let Some(k) = (j.saturating_sub(3).max(lo + 1)..j).find(|&k| {
        // "I told Rawal, ‘Just bowl your stock ball’": a named addressee of up to three words
        (k..j).all(|t| doc.cap(t) && doc.tokens[t].kind == TokenKind::Word)
            && doc
                .cue(k - 1)
                .is_some_and(|c| matches!(c.lemma, "tell" | "ask" | "remind" | "warn"))
    }) {
        j = k;
    }
    if j <= lo {
        return None;
    }
    let speech = |k: usize| {
        doc.cue(k).is_some_and(|cue| {
            matches!(
                cue.lemma,
                "say"
                    | "tell"
                    | "add"
                    | "write"
                    | "ask"
                    | "reply"
                    | "shout"
                    | "tweet"
                    | "warn"
                    | "insist"
                    | "declare"
                    | "answer"
                    | "explain"
                    | "remind"
                    | "text"
            )
        })
    };
    if speech(j - 1) {
        return Some(j - 1);
    }
    // "Coach told me at halftime, ‘Stop …’", "He told the president in June, “I want …”", "I was
    // yelling at Ray, ‘Call 911’": the cue a few words back, past its addressee and adjuncts, when
    // a comma or colon opens a sentence in the marks
    let comma_before = o > lo && matches!(doc.tok_bytes(o - 1), b"," | b":");
    let capital = doc.text[n.content.clone()]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    if !(comma_before && capital) {
        return None;
    }
    let shouts = |k: usize| matches!(doc.tok_bytes(k), b"yelling" | b"shouting" | b"screaming");
    (j.saturating_sub(8).max(lo)..j - 1)
        .rev()
        .take_while(|&k| {
            doc.tokens[k].kind == TokenKind::Word
                && !matches!(doc.tok_bytes(k), b"that" | b"and" | b"but" | b"because")
        })
        .find(|&k| speech(k) || shouts(k))
}

/// A quoted fragment in the headline that the body quotes again as speech ('cruel deception',
/// 'quasi-state of war') is a partial quote of the same speaker.
fn headline_echoes(doc: &Doc, spans: &mut [Span]) {
    if doc.headline_end() == 0 {
        return;
    }
    let norm = |r: &Range<usize>| quote_key(doc, r);
    let n_head = spans.iter().take_while(|s| s.para == 0).count();
    // a headline with no cue verb ("Air fryer maker recalls 240,000 units over ‘serious fire
    // risk’": "recalls" in its sense of taking back): its fragments read as partial quotes are
    // echoes too
    let head_toks = doc.para_tokens.first().cloned().unwrap_or(0..0);
    let cue_in_head = head_toks
        .clone()
        .any(|t| doc.cue(t).is_some_and(|c| !c.object_sense));
    for i in 0..n_head {
        let partial = spans[i].kind == Ok(QuoteKind::Partial);
        if spans[i].kind.is_ok() && (cue_in_head || !partial) {
            continue;
        }
        let key = norm(&spans[i].content);
        if key.is_empty() {
            continue;
        }
        // the first body quote with the same words (bounded: headlines hold few quotes)
        let body = n_head..spans.len().min(n_head + 400);
        let echo = body
            .clone()
            .find(|&j| spans[j].kind.is_ok() && norm(&spans[j].content) == key)
            // (or a partial's words inside a longer body quote, "fury over ‘lack of respect’"
            // and "“… a lack of respect for this club …,” Eguía said": the speaker of those words)
            .or_else(|| {
                let long_enough = key.contains(' ') || key.len() >= 6;
                (partial && long_enough)
                    .then(|| {
                        body.clone().find(|&j| {
                            spans[j].kind.is_ok()
                                && crate::attribution::names::contains_word(
                                    &norm(&spans[j].content),
                                    &key,
                                )
                        })
                    })
                    .flatten()
            });
        if let Some(j) = echo {
            spans[i].kind = Ok(QuoteKind::Partial);
            spans[i].echo = Some(j);
        }
    }
}

/// The words of a quote's content, lower-cased and without the punctuation around them: how a
/// headline fragment and the body quote it echoes are compared.
pub(crate) fn quote_key(doc: &Doc, r: &Range<usize>) -> String {
    doc.text[r.clone()]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether the quote `sp` is a crowd's chant or cry or a placard's words: "chanting “Wantam”",
/// "Cries of “Shame!”", "placards reading “Reject Finance Bill”". Such speech is no one's.
pub(crate) fn is_chant(doc: &Doc, sp: &Span) -> bool {
    let open = doc.token_at(sp.outer.start);
    let lo = doc.sents[doc.sentence_of(sp.outer.start)].1.start;
    if open <= lo {
        return false;
    }
    let pw = lower_word(doc, open - 1);
    let before = || (open > lo + 1).then(|| lower_word(doc, open - 2));
    matches!(&*pw, "chanting" | "chanted" | "chant" | "chants")
        || pw == "of"
            && before().is_some_and(|w| matches!(&*w, "cries" | "chants" | "shouts" | "cry"))
        || pw == "reading"
            && before().is_some_and(|w| {
                matches!(
                    &*w,
                    // (not a shop's "sign reading “Closed”")
                    "placards" | "placard" | "banners" | "banner" | "signs" | "posters"
                )
            })
}

/// A word before a quoted title ("the film “…”"). (A match: no scan of a word list.)
fn is_title_trigger(w: &str) -> bool {
    matches!(
        w,
        "film"
            | "movie"
            | "book"
            | "novel"
            | "album"
            | "song"
            | "single"
            | "documentary"
            | "series"
            | "show"
            | "play"
            | "titled"
            | "entitled"
            | "named"
            | "exhibition"
            | "programme"
            | "program"
            | "column"
            | "poem"
            | "opera"
            | "painting"
            // ("her 2021 hit “Glass Houses,”", "the encyclical “Laudato Si’,”")
            | "hit"
            | "encyclical"
            | "headline"
            | "memoir"
            | "podcast"
            | "musical"
            | "report"
            | "campaign"
            | "operation"
            | "game"
            | "magazine"
            | "newspaper"
            | "article"
            | "essay"
            | "track"
            | "sitcom"
            | "drama"
            | "paper"
            | "title"
            | "headlined"
    )
}
/// A word before scare quotes or a quoted term ("so-called “…”").
fn is_scare_trigger(w: &str) -> bool {
    matches!(
        w,
        "so-called"
            | "dubbed"
            | "termed"
            | "nicknamed"
            | "word"
            | "term"
            | "phrase"
            | "label"
            | "slogan"
            | "known"
            | "coined"
            | "motto"
            | "hashtag"
            // ("Heriberto Campos, alias “El Tordo,”", "has branded “autopilot”")
            | "alias"
            | "branded"
    )
}

/// `w.to_lowercase()`, borrowed when that is `w` itself (ASCII without capitals: most words).
pub(crate) fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

fn lower_word<'a>(doc: &Doc<'a>, i: usize) -> Cow<'a, str> {
    lower(doc.tok(i))
}

fn classify(doc: &Doc, spans: &[Span], i: usize) -> Result<QuoteKind, NotSpeech> {
    let sp = &spans[i];
    let text = doc.text;
    let content = &text[sp.content.clone()];
    // a continuation paragraph of a multi-paragraph quote
    if i > 0 && spans[i - 1].group == sp.group {
        return Ok(QuoteKind::Direct);
    }
    let all_words = || {
        content
            .split(|c: char| c.is_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
    };
    // Only the first WORDS_CAP words: every test below compares the count with at most 8 or looks
    // at the words only when there are at most 6, except one title-case test, which takes all.
    const WORDS_CAP: usize = 9;
    let mut first_words = [""; WORDS_CAP];
    let n_words = leading_words(content, &mut first_words);
    let words = &first_words[..n_words];
    let first_alpha = content.chars().find(|c| c.is_alphanumeric());
    let starts_upper = first_alpha.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let sent = doc.sentence_of(sp.outer.start);
    let (srange, strange, _) = &doc.sents[sent];
    let para_start = doc.paras[sp.para].start;
    let lo = srange.start.max(para_start);
    // text before the opening mark in the sentence, and the token before it
    let pre = text[lo..sp.outer.start].trim_end();
    let open_tok = doc.token_at(sp.outer.start);
    let prev_tok = (open_tok > strange.start).then(|| open_tok - 1);
    let prev_word = prev_tok.map(|t| lower_word(doc, t));
    let close_tok = doc.token_at(sp.outer.end);
    let next_word = (close_tok < doc.tokens.len()
        && doc.tokens[close_tok].start < doc.paras[sp.para].end)
        .then(|| doc.tok(close_tok));

    // a source citation: "MP calls for probe into misplaced documents" — Edmonton Sun, August 16,
    // 2008
    if matches!(next_word, Some("—" | "–" | "-")) {
        let rest = &text[sp.outer.end..doc.paras[sp.para].end];
        let year = rest
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
        if year && rest.len() < 120 {
            return Err(NotSpeech::Title);
        }
    }
    // a crowd's chant or cry, a placard's words: speech, a crowd's
    if words.len() <= 8 && is_chant(doc, sp) {
        return Ok(QuoteKind::Direct);
    }
    // "an op-ed in The Daily last month, “The Endowment Is a Moral Document,”": a headline's
    // case, every word after the first capitalised but for articles and short prepositions and
    // one of them a capitalised function word or verb ("Is", "Of", "And"), names a work (speech
    // does not capitalise "Is")
    // (in the body: a headline capitalises speech too, "Starmer: ‘We Will Not Be Rushed’"; and
    // with no cue of its own after it: "“I Am Done With Politics,” Ford said" is speech)
    let own_cue_after = || {
        close_tok < strange.end
            && !doc.tok_is(close_tok, b"and")
            && (close_tok..(close_tok + 4).min(strange.end)).any(|t| doc.cue(t).is_some())
    };
    // (nor after a cue in its sentence: "She said the campaign was “A Fight For the Soul of the
    // Nation”")
    // (a title set off by a comma after its noun may follow one: "She wrote an op-ed in The
    // Daily last month, “The Endowment Is a Moral Document,”")
    let cue_before =
        || !pre.ends_with(',') && (strange.start..open_tok).any(|t| doc.cue(t).is_some());
    if (4..WORDS_CAP).contains(&words.len())
        && (sp.para > 0 || doc.headline_end() == 0)
        && !own_cue_after()
        && !cue_before()
        && !content.trim_end().ends_with(['.', '!', '?'])
        && is_title_case(words)
        && words[1..].iter().any(|w| {
            matches!(
                w.trim_end_matches([',', ':']),
                "Is" | "Are"
                    | "Was"
                    | "Were"
                    | "Of"
                    | "And"
                    | "In"
                    | "For"
                    | "To"
                    | "The"
                    | "On"
                    | "With"
                    | "At"
                    | "By"
                    | "From"
                    | "Be"
                    | "Has"
                    | "Have"
            )
        })
    {
        return Err(NotSpeech::Title);
    }
    // scare quotes and titles
    if let Some(pw) = prev_word.as_deref() {
        // (and a nickname taken up: "whom supporters have taken to calling “Lindy”", one or two
        // capitalised words)
        // (not a shout: "he was calling “Stop” repeatedly")
        let nickname = pw == "calling"
            && prev_tok.is_some_and(|t| {
                t > strange.start
                    && matches!(
                        &*lower_word(doc, t - 1),
                        "to" | "started" | "began" | "start" | "begin"
                    )
            })
            && (1..=2).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && !content.trim_end().ends_with(['.', '!', '?']);
        if is_scare_trigger(pw)
            || nickname
            || (pw == "as" && prev_tok.is_some_and(|t| t > 0 && lower_word(doc, t - 1) == "known"))
        {
            return Err(NotSpeech::Scare);
        }
        // "under the title “Accelerating thermal exposure of the world’s reefs ...”"
        if matches!(pw, "title" | "titled" | "entitled" | "headlined") {
            return Err(NotSpeech::Title);
        }
        // a work named after its making: co-wrote “Thirsty Borders: Water and Conflict ...”
        // (three words or more, not ending a sentence: wrote “Witch Hunt!” is a post)
        if matches!(
            pw,
            "wrote"
                | "co-wrote"
                | "authored"
                | "co-authored"
                | "published"
                | "directed"
                | "edited"
                | "starred"
        ) && words.len() >= 3
            && !content.trim_end().ends_with(['.', '!', '?'])
            && if words.len() < WORDS_CAP {
                is_title_case(words)
            } else {
                is_title_case(&all_words().collect::<Vec<_>>())
            }
        {
            return Err(NotSpeech::Title);
        }
        // "In his 2019 book, “The Long Middle: Winning the Voters Nobody Polls,” he argued":
        // the work named after its noun and a comma
        // (a work's noun only, and three words or more: not "Asked about the report,
        // “Nonsense,” said Jones", "Speaking on the show, “I Am Done With Politics,” Ford said")
        // (a work's noun before any title-case name but one followed by a cue: "Her debut novel,
        // “Tides,” was shortlisted", "In its annual report, “State Of The Nation's Health,” the
        // agency said"; another title noun before three words or more and no cue: "Her latest
        // show, “Nothing To Declare,” opens", not "Asked about the game, “Brilliant,” said the
        // coach")
        // (a cue right after, whose object the quote may be; not one opening its own clause: "In
        // her memoir, “Becoming,” she wrote that ...")
        let cue_after = || {
            (close_tok..(close_tok + 3).min(strange.end)).any(|t| {
                doc.cue(t).is_some() && !(t + 1 < strange.end && doc.tok_is(t + 1, b"that"))
            })
        };
        let trigger_before_comma = pw == ","
            && prev_tok.is_some_and(|t| {
                t > strange.start && {
                    let w = lower_word(doc, t - 1);
                    let work = matches!(
                        &*w,
                        "book"
                            | "novel"
                            | "memoir"
                            | "album"
                            | "film"
                            | "documentary"
                            | "essay"
                            | "poem"
                            | "song"
                            | "single"
                            | "podcast"
                            | "report"
                            | "paper"
                            | "study"
                    );
                    // (a short title after an owner's work: "Her debut novel, “Tides,”", not
                    // "Asked about the report, “Appalling,” Sir Keir Starmer said")
                    let owned = (t.saturating_sub(4).max(strange.start)..t - 1).any(|k| {
                        let o = doc.tok(k);
                        matches!(
                            o,
                            "his" | "her" | "their" | "its" | "His" | "Her" | "Their" | "Its"
                        ) || o.ends_with("'s")
                            || o.ends_with("’s")
                    }) || (t >= strange.start + 2
                        && (strange.start..t - 1).all(|k| {
                            let o = doc.tok(k);
                            matches!(o, "The" | "A" | "An") || o.chars().all(char::is_lowercase)
                        }));
                    // (an owner's work or one opening the sentence: "In its annual report, “State
                    // Of The Nation's Health,” the agency said", "The podcast, “Serial,” drew";
                    // not "On the report, “It Is Damning,” said the shadow health secretary")
                    work && owned && (words.len() >= 3 || !cue_after())
                        || (work || is_title_trigger(&w)) && words.len() >= 3 && !cue_after()
                }
            });
        // "a supporting-actor nominee for “The Long Division,”", "the front-runner for “Glass
        // Harbor,”", "the veteran from “Orchard Road,”", "the top prize went to “Salt Flats,”":
        // a work named after a word of its making or its prizes and a preposition (two words or
        // more)
        let credited = matches!(pw, "for" | "from" | "in" | "to")
            && words.len() >= 2
            && prev_tok.is_some_and(|t| {
                t > strange.start
                    && matches!(
                        &*lower_word(doc, t - 1),
                        "nominee"
                            | "nominated"
                            | "nomination"
                            | "nominations"
                            | "front-runner"
                            | "frontrunner"
                            | "favourite"
                            | "favorite"
                            | "winner"
                            | "won"
                            | "went"
                            | "star"
                            | "stars"
                            | "starred"
                            | "actor"
                            | "actress"
                            | "director"
                            | "role"
                            | "roles"
                            | "turn"
                            | "performance"
                            | "award"
                            | "prize"
                            | "oscar"
                            | "emmy"
                            | "grammy"
                            | "bafta"
                    )
            });
        if (is_title_trigger(pw) || trigger_before_comma || credited)
            && if words.len() < WORDS_CAP {
                is_title_case(words)
            } else {
                is_title_case(&all_words().collect::<Vec<_>>())
            }
        {
            return Err(NotSpeech::Title);
        }
        // "what pollsters like to call the “kitchen-table economy”" (not "what he called the
        // “politics of false guarantees”": his words)
        if matches!(pw, "the" | "a")
            && prev_tok.is_some_and(|t| {
                t > strange.start + 1
                    && matches!(&*lower_word(doc, t - 1), "call" | "dub" | "term")
                    && lower_word(doc, t - 2) == "to"
            })
        {
            return Err(NotSpeech::Scare);
        }
        // "Webb, whom teammates call “Big Sauce,”": a nickname a group uses (not "Romney, whom
        // he called “a pompous ass,”": his words)
        if matches!(pw, "called" | "call" | "calls")
            && prev_tok.is_some_and(|t| {
                t >= 2
                    && (t.saturating_sub(4).max(strange.start)..t - 1)
                        .any(|k| doc.tok_is(k, b"whom"))
                    && {
                        // (a group: "Argentines", "his fans", "the tabloids", "the Portuguese
                        // press"; not "he", "Biden", "the judge")
                        let g = doc.tok(t - 1);
                        crate::text::is_plural_form(g.as_bytes())
                            || matches!(g, "press" | "media" | "Army" | "army" | "public" | "crowd")
                    }
            })
        {
            return Err(NotSpeech::Scare);
        }
        // the token before the quote, past an article ("call a “…”", "known as the “…”")
        let before_article = if matches!(pw, "the" | "a" | "an") {
            prev_tok.and_then(|t| t.checked_sub(1))
        } else {
            prev_tok
        };
        // "the fibre-optic drones that soldiers here call “leashed birds,”", "what investigators
        // call a “pour pattern,”", "in what engineers call the “DRS train”": a name a group uses
        // in the present (not "what he called ...": his words)
        {
            let group_calls = before_article.is_some_and(|c| {
                c > strange.start && matches!(&*lower_word(doc, c), "call" | "calls") && {
                    let mut g = c - 1;
                    while g > strange.start
                        && matches!(
                            doc.tok_bytes(g),
                            b"here" | b"often" | b"sometimes" | b"locally" | b"now" | b"still"
                        )
                    {
                        g -= 1;
                    }
                    let w = doc.tok(g);
                    crate::text::is_plural_form(w.as_bytes())
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        // ("what Moscow still calls ...": "what it calls a “special military
                        // operation”"; "what the industry calls a “software-defined vehicle”")
                        || matches!(
                            w,
                            "it" | "industry"
                                | "trade"
                                | "team"
                                | "company"
                                | "firm"
                                | "market"
                                | "sector"
                                | "club"
                                | "league"
                        )
                }
            });
            if group_calls {
                return Err(NotSpeech::Scare);
            }
        }
        // "relief measures known in Nigeria as “palliatives”", "a group known in council
        // shorthand as the “A3,”", "once hailed in Berlin as a “European battery champion”": a
        // name the passive gives, with no speaker (not "described the plan as “reckless”")
        {
            let named_as = before_article.is_some_and(|a| {
                a > strange.start
                    && doc.tok_is(a, b"as")
                    && (a.saturating_sub(6).max(strange.start)..a).any(|t| {
                        matches!(
                            doc.tok_bytes(t),
                            b"known"
                                | b"derided"
                                | b"hailed"
                                | b"billed"
                                | b"classed"
                                | b"classified"
                                | b"labelled"
                                | b"labeled"
                        ) && (t + 1..a).all(|k| {
                            // (not with its agent: "was labelled by Keir Starmer as “a betrayal
                            // ...”" is his)
                            doc.tokens[k].kind == TokenKind::Word && !doc.tok_is(k, b"by")
                        })
                    })
            });
            if named_as {
                return Err(NotSpeech::Scare);
            }
        }
        // "a metric called “ambient hours,”", "sometimes called “sloth fever”", "the group,
        // which calls itself “Canyon Keepers,”", "fans, who call themselves the “Day Ones,”": a
        // thing's or a group's name (not "what the judge called “deplorable”": her words)
        {
            let t = prev_tok.unwrap_or(0);
            let reflexive = |k: usize| {
                matches!(doc.tok_bytes(k), b"itself" | b"themselves")
                    && k > strange.start
                    && matches!(doc.tok_bytes(k - 1), b"call" | b"calls" | b"called")
            };
            let names_thing = pw == "called"
                && t > strange.start + 1
                && (matches!(
                    doc.tok_bytes(t - 1),
                    b"sometimes" | b"often" | b"also" | b"locally" | b"jokingly" | b"commonly"
                ) || doc.tok(t - 1).chars().all(|c| c.is_ascii_lowercase())
                    // (not a person's words: "a practice he called “a crime ...”")
                    && !matches!(
                        doc.tok_bytes(t - 1),
                        b"he" | b"she" | b"they" | b"we" | b"i" | b"you" | b"who" | b"it"
                    )
                    && (t.saturating_sub(3).max(strange.start)..t - 1)
                        .any(|k| matches!(doc.tok_bytes(k), b"a" | b"an")));
            let themselves = prev_tok.is_some_and(|t| {
                reflexive(t) || matches!(pw, "the" | "a") && t > strange.start && reflexive(t - 1)
            });
            if names_thing || themselves {
                return Err(NotSpeech::Scare);
            }
        }
        // "what activists have dubbed the “permit regime”", "the Ukrainian word for “fox.”",
        // "what was then called a ‘stock transfer’": a name, not someone's words
        {
            let t = prev_tok.unwrap_or(0);
            let before = |k: usize| (k > strange.start).then(|| lower_word(doc, k - 1));
            let dubbed_the = matches!(pw, "the" | "a" | "an")
                && before(t).is_some_and(|w| matches!(&*w, "dubbed" | "nicknamed" | "branded"));
            let word_for = pw == "for"
                && before(t).is_some_and(|w| matches!(&*w, "word" | "term" | "slang" | "name"));
            let c = before_article.unwrap_or(0);
            // (not with its agent after: "was called “reckless” by Senator Janet Ortiz")
            let passive_called = c > strange.start + 1
                && next_word != Some("by")
                && doc.tok_is(c, b"called")
                && matches!(
                    &*lower_word(doc, c - 1),
                    "was" | "were" | "is" | "are" | "been" | "then" | "also" | "sometimes"
                );
            if dubbed_the || word_for || passive_called {
                return Err(NotSpeech::Scare);
            }
        }
        // "what they called “thermal refuges”", "what officials call “streamlining”" (not "what
        // she called “cosmetic surgery”", "in what it called “the strongest case yet”": one
        // speaker's words in the past are a partial quote)
        if matches!(pw, "called" | "call" | "calls")
            && !(pw == "called"
                && prev_tok.is_some_and(|t| {
                    t >= 1 && matches!(&*lower_word(doc, t - 1), "he" | "she" | "it")
                }))
            && prev_tok.is_some_and(|t| {
                t >= 2
                    && matches!(
                        &*lower_word(doc, t - 2),
                        "what" | "so" | "now" | "he" | "she" | "they" | "it" | "we" | "officials"
                    )
                    || t >= 1 && matches!(&*lower_word(doc, t - 1), "what")
            })
        {
            return Err(NotSpeech::Scare);
        }
    }
    // a quoted word glossed after it: a formal “hudna”, the Arabic term for a long-term truce
    // (an appositive noun phrase after the comma: not "‘Never’, she said, a word she repeated",
    // "“Disgraceful”, was the word used by Mr Farage")
    if words.len() <= 3
        && matches!(next_word, Some(","))
        && close_tok + 1 < strange.end
        && matches!(doc.tok_bytes(close_tok + 1), b"the" | b"a" | b"an")
    {
        let hi = (close_tok + 6).min(strange.end);
        if (close_tok + 1..hi).any(|t| matches!(doc.tok_bytes(t), b"term" | b"word")) {
            return Err(NotSpeech::Term);
        }
    }
    // a short quoted term being explained: To “route out” in Scientology jargon refers to ...
    if words.len() <= 3 {
        let hi = (close_tok + 8).min(strange.end);
        let defines = (close_tok..hi).any(|t| {
            matches!(doc.tok_bytes(t), b"refers" | b"means" | b"denotes")
                || (doc.tok_is(t, b"stands") && t + 1 < hi && doc.tok_is(t + 1, b"for"))
        });
        if defines {
            return Err(NotSpeech::Term);
        }
    }
    // paired labels: cut its rating to “hold” from “buy”, raised the alert from 'orange' to 'red'
    if words.len() <= 2 {
        let linked = |a: &Span, b: &Span| {
            a.para == b.para
                && b.outer.start >= a.outer.end
                && matches!(text[a.outer.end..b.outer.start].trim(), "from" | "to")
        };
        let short = |m: &Span| text[m.content.clone()].split_whitespace().count() <= 2;
        let with_prev = i > 0 && linked(&spans[i - 1], sp) && short(&spans[i - 1]);
        let with_next = spans.get(i + 1).is_some_and(|n| linked(sp, n) && short(n));
        if (with_prev || with_next) && matches!(prev_word.as_deref(), Some("to" | "from")) {
            return Err(NotSpeech::Term);
        }
    }
    let ends_with_stop = content.trim_end().ends_with(['.', '!', '?', ',', '…']);
    let boundary_before =
        pre.is_empty() || pre.ends_with([':', ',', '—', '–', '(', ';', '.']) || pre.ends_with(" -");
    let cue_before_adjacent = prev_tok.is_some_and(|t| doc.cue(t).is_some());
    if starts_upper
        && (boundary_before || cue_before_adjacent)
        && (words.len() >= 3 || ends_with_stop)
    {
        // (a short title-case name with the sentence going on after it is a title, even at the
        // start of a paragraph or after a headline's colon: "“The Salt Road” screens in
        // competition Sunday", "Venice: ‘The Salt Road’ Director Defends ...")
        let continues = next_word.is_some_and(|w| cues::lookup(w).is_none());
        if !(words.len() <= 6
            && is_title_case(words)
            && !ends_with_stop
            && (!pre.is_empty() && !pre.ends_with(':') || continues))
        {
            return Ok(QuoteKind::Direct);
        }
    }
    // the second half of a quote split by its attribution: “A,” he said, “and B.”
    if i > 0 && spans[i - 1].para == sp.para && pre.ends_with(',') && words.len() >= 2 {
        let between = &text[spans[i - 1].outer.end..sp.outer.start];
        // (the length first: the words of a long stretch need no look-up)
        if between.len() < 120
            && between
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| cues::lookup(w).is_some())
        {
            return Ok(QuoteKind::Direct);
        }
    }
    // a long quoted sentence embedded without a colon
    if starts_upper && ends_with_stop && words.len() >= 8 {
        return Ok(QuoteKind::Direct);
    }
    if words.len() <= 6
        && is_title_case(words)
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !ends_with_stop
        && words.len() >= 2
    {
        return Err(NotSpeech::Title);
    }
    // a quoted word used as a modifier: “strategic” projects (but not a fragment inside the
    // clause of a cue verb before it: said she had 'no idea' what happened)
    let cue_before_in_sentence = prev_tok.is_some_and(|p| {
        (strange.start.max(p.saturating_sub(4))..=p).any(|t| {
            doc.tokens[t].kind == TokenKind::Word
                && doc.cue(t).is_some()
                && !spans[..i]
                    .iter()
                    .rev()
                    .take_while(|m| m.outer.end > srange.start)
                    .any(|m| m.outer.start > doc.tokens[t].start)
        })
    });
    // "tells Wikinews about 'self-medicating' ants": after a preposition, a quoted word before a
    // noun modifies it even in a reporting sentence
    // (or after an article before a neutral noun: "Mr. Bale dismisses the “loyalty” question";
    // not "described the attack as a “barbaric” act")
    let after_preposition = matches!(prev_word.as_deref(), Some("about"))
        || matches!(prev_word.as_deref(), Some("the" | "a" | "an"))
            && next_word.is_some_and(|w| {
                matches!(
                    w,
                    "question"
                        | "issue"
                        | "debate"
                        | "label"
                        | "tag"
                        | "movement"
                        | "narrative"
                        | "camp"
                        | "brand"
                        | "slogan"
                        | "agenda"
                        | "policy"
                        | "strategy"
                        | "plan"
                        | "scheme"
                        | "deal"
                        | "bill"
                        | "era"
                        | "model"
                        | "option"
                        | "initiative"
                )
            });
    // a short fragment in the headline is someone's word ("ceasefire ‘roadmap’", "over
    // ‘hidden’ funds", "fury over ‘lack of respect’"): the tuned sets' headlines hold 105 speech
    // quotes against 14 titles, terms and scare quotes (titles are found above)
    // (not one capitalised word, a name: "as ‘Toninho’ stays on the sidelines", "$1,299
    // ‘Orbit’ glasses")
    if sp.para == 0
        && doc.headline_end() > 0
        && words.len() <= 6
        && !words.is_empty()
        && !ends_with_stop
        && !(words.len() == 1 && starts_upper)
        // (nor a modifier after "about": "tells Wikinews about 'self-medicating' ants"; nor one
        // before a plan's or scheme's noun: "Mayor’s ‘green’ plan criticised", a scare quote)
        && prev_word.as_deref() != Some("about")
        && !next_word.is_some_and(|w| {
            matches!(
                w,
                "plan"
                    | "plans"
                    | "scheme"
                    | "schemes"
                    | "policy"
                    | "policies"
                    | "project"
                    | "programme"
                    | "program"
                    | "strategy"
                    | "label"
                    | "tax"
                    | "zone"
                    | "zones"
                    | "law"
                    | "bill"
            )
        })
    {
        return Ok(QuoteKind::Partial);
    }
    // "the government’s “one in, one out” rule", "its ‘two hostile states’ doctrine", "their
    // “buy” rating", "A red “danger to life” warning": a label before the noun it names, after
    // an article or an owner, even in a reporting sentence
    let owner_before = prev_tok.is_some_and(|t| {
        let w = doc.tok(t);
        matches!(
            &*lower_word(doc, t),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "red"
                | "amber"
                | "yellow"
        ) || w.ends_with("’s")
            || w.ends_with("'s")
    });
    // (an owner by a possessive or "its"/"their")
    let owned_by_name = prev_tok.is_some_and(|t| {
        let w = doc.tok(t);
        matches!(w, "its" | "their" | "Its" | "Their") || w.ends_with("’s") || w.ends_with("'s")
    });
    // (one word only before a naming noun: "its “buy” rating", "its “stare” technique"; not "the
    // “reckless” policy", the speaker's word)
    let naming_noun = |w: &str| {
        matches!(
            w,
            "rating"
                | "alert"
                | "warning"
                | "status"
                | "category"
                | "designation"
                | "technique"
                | "mode"
                | "label"
                | "tag"
        )
    };
    if owner_before
        && (2..=4).contains(&words.len())
        && !content.trim_end().ends_with(['.', '!', '?'])
        && next_word.is_some_and(|w| {
            naming_noun(w)
                || matches!(
                    w,
                    "rule"
                        | "rules"
                        | "doctrine"
                        | "regime"
                        | "policy"
                        | "principle"
                        | "formula"
                        | "clause"
                        | "provision"
                        | "disclaimer"
                        | "disclaimers"
                        | "volunteers"
                        | "allegation"
                        | "system"
                        | "systems"
                        | "framework"
                        | "protocol"
                        | "test"
                        | "threshold"
                        | "standard"
                )
                // (words as words after a named owner: "the ECB's “good place” language", "its
                // “whatever it takes” pledge"; not "warning of a “race to the bottom” approach",
                // the speaker's words)
                || owned_by_name
                    && matches!(
                        w,
                        "language"
                            | "wording"
                            | "formulation"
                            | "slogan"
                            | "mantra"
                            | "narrative"
                            | "messaging"
                            | "pledge"
                            | "strategy"
                            | "approach"
                            | "agenda"
                    )
        })
        || owner_before && words.len() == 1 && next_word.is_some_and(naming_noun)
    {
        return Err(NotSpeech::Term);
    }
    // a word glossed after it: "cases of “dibo ko sebe”, or vote buying", "“garmi chaupals”, or
    // heat meetings", "its “Arco da Restauração” (Arc of Restoration) programme"
    // (not after a speech cue: "called it “a betrayal”, or worse", "said the proposal was
    // “dead on arrival”, or words to that effect", "said the plan was “a disaster” (Reuters)")
    if words.len() <= 4 && !content.trim_end().ends_with(['.', '!', '?']) && !cue_before_in_sentence
    {
        let glossed_or = matches!(next_word, Some(","))
            && close_tok + 2 < strange.end
            && doc.tok_is(close_tok + 1, b"or")
            && doc.tok(close_tok + 2).chars().all(|c| c.is_lowercase())
            && !matches!(
                doc.tok(close_tok + 2),
                "worse" | "so" | "at" | "even" | "rather" | "words" | "perhaps" | "maybe"
            );
        // (a gloss of two words or more: not "(Reuters)")
        let glossed_paren = matches!(next_word, Some("("))
            && close_tok + 2 < strange.end
            && doc.cap(close_tok + 1)
            && doc.tokens[close_tok + 2].kind == TokenKind::Word;
        if glossed_or || glossed_paren {
            return Err(NotSpeech::Term);
        }
    }
    // "He told the “Today” programme": a programme's name
    if words.len() <= 4
        && is_title_case(words)
        && matches!(
            next_word,
            Some("programme" | "program" | "show" | "podcast" | "series" | "documentary")
        )
    {
        return Err(NotSpeech::Title);
    }
    if words.len() <= 2 && (!cue_before_in_sentence || after_preposition) && !ends_with_stop {
        if let Some(nw) = next_word {
            let nw_first = nw.chars().next().unwrap_or(' ');
            if nw_first.is_lowercase() && !is_function_word(nw) {
                return Err(NotSpeech::Term);
            }
        }
    }
    // partial: needs a cue verb in the sentence
    let has_cue = (strange.start..strange.end).any(|t| {
        doc.tokens[t].kind == TokenKind::Word
            && !(doc.tokens[t].start >= sp.outer.start && doc.tokens[t].end <= sp.outer.end)
            && (doc.cue(t).is_some() || is_according(doc, t))
    });
    if has_cue {
        return Ok(QuoteKind::Partial);
    }
    if words.len() >= 5 {
        return Ok(QuoteKind::Partial);
    }
    Err(NotSpeech::Term)
}

/// The first words of `content` as `content.split(char::is_whitespace).filter(|w|
/// w.chars().any(char::is_alphanumeric))` gives them, into `out` (as many as fit); returns how
/// many. ASCII bytes are tested as bytes, without decoding.
fn leading_words<'a>(content: &'a str, out: &mut [&'a str]) -> usize {
    let b = content.as_bytes();
    let (mut n, mut i) = (0, 0);
    while n < out.len() && i < b.len() {
        // one segment, up to the next white space
        let start = i;
        let mut alnum = false;
        while i < b.len() {
            // (most bytes, once the word has a letter: printable ASCII other than the space)
            if alnum && (0x21..0x7F).contains(&b[i]) {
                i += 1;
                continue;
            }
            let (space, alnum_char, len) = char_class(content, i);
            if space {
                break;
            }
            alnum |= alnum_char;
            i += len;
        }
        if alnum {
            out[n] = &content[start..i];
            n += 1;
        }
        // the white space ending it
        if i < b.len() {
            i += char_class(content, i).2;
        }
    }
    n
}

/// (`char::is_whitespace`, `char::is_alphanumeric`, `char::len_utf8`) of the character at byte
/// `i` of `s`, ASCII without decoding.
#[inline(always)]
fn char_class(s: &str, i: usize) -> (bool, bool, usize) {
    let c = s.as_bytes()[i];
    if c.is_ascii() {
        // (white space in ASCII: tab to carriage return, and the space)
        (
            matches!(c, b'\t'..=b'\r' | b' '),
            c.is_ascii_alphanumeric(),
            1,
        )
    } else {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
    }
}

fn is_according(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    // (the length first: most tokens fail it)
    tok.end - tok.start == 9 && doc.tok_bytes(t).eq_ignore_ascii_case(b"according")
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "as"
            | "to"
            | "in"
            | "of"
            | "on"
            | "for"
            | "with"
            | "by"
            | "at"
            | "from"
            | "that"
            | "which"
            | "who"
            | "is"
            | "was"
            | "were"
            | "are"
            | "had"
            | "has"
            | "have"
            | "he"
            | "she"
            | "they"
            | "it"
            | "said"
            | "says"
            | "while"
            | "after"
            | "before"
            | "because"
            | "if"
            | "than"
            | "when"
            | "where"
            | "will"
            | "would"
            | "could"
            | "should"
            | "the"
            | "a"
            | "an"
            | "over"
            | "about"
            | "into"
            | "against"
            | "despite"
            | "amid"
            | "since"
    )
}

/// "The Long Night", "War and Peace": every word capitalised except short function words.
fn is_title_case(words: &[&str]) -> bool {
    !words.is_empty()
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    w,
                    "and"
                        | "of"
                        | "the"
                        | "a"
                        | "an"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "at"
                        | "or"
                        | "with"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference_words(content: &str, cap: usize) -> Vec<&str> {
        content
            .split(|c: char| c.is_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(cap)
            .collect()
    }

    proptest! {
        #[test]
        fn leading_words_equal_split_filter(s in "([a-zA-Z0-9]{0,6}|[ \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2009}\u{3000}.,'\"“”’—é日Ω!?-]){0,30}") {
            for cap in [0, 1, 3, 9] {
                let mut out = [""; 9];
                let n = leading_words(&s, &mut out[..cap]);
                prop_assert_eq!(&out[..n], &reference_words(&s, cap)[..]);
            }
        }
    }
}
