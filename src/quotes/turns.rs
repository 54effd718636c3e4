//! Interview transcripts and Q&As: paragraphs that open with a speaker's label ("Noam Chomsky: ...",
//! "Q: ...", "MR. PRICE: ...") are that speaker's turns, and a paragraph without a label between
//! two turns continues the turn before it. A document is read as a transcript only when labels
//! recur: a headline such as "Khamenei: Iran, Russia Should Cooperate" or an "Update:" line is no
//! turn.

use crate::text::Doc;
use std::ops::Range;

/// One speaker's turn (or the continuation of one) in a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Turn {
    /// The label as written, without its colon and brackets ("Noam Chomsky", "Q", "MR. PRICE");
    /// for a continuation, the label of the turn it continues.
    pub label: Range<usize>,
    /// The words that name the speaker: the label, or for an office named alone after it was
    /// given with a name ("The Prime Minister:" after "The Prime Minister (Keir Starmer):"), that
    /// name.
    pub name: Range<usize>,
    /// The turn's words, trimmed.
    pub content: Range<usize>,
    /// The paragraph.
    pub para: usize,
    /// The turn asks: its label is the interviewer's ("Q", "Question", "Interviewer"), or the
    /// one label of a Q&A whose answers carry none ("Horizon:").
    pub asks: bool,
    /// The label names a role ("Q", "A", "Interviewer"), not a speaker.
    pub role_label: bool,
    /// The label stands for the interviewee ("A", "Answer"), or the turn is an unlabelled answer
    /// to a labelled question (`label` is then the question's).
    pub answers: bool,
}

/// Words that open a paragraph with a colon without naming a speaker (lower-cased).
const NOT_SPEAKERS: &[&str] = &[
    "also",
    "analysis",
    "audio",
    "background",
    "breaking",
    "by",
    "caption",
    "category",
    "comment",
    "contact",
    "correction",
    "credit",
    "date",
    "disclaimer",
    "ed",
    "ed.",
    "editor's note",
    "editor’s note",
    "email",
    "e-mail",
    "exclusive",
    "file",
    "image",
    "listen",
    "live",
    "location",
    "note",
    "opinion",
    "phone",
    "photo",
    "pictured",
    "read more",
    "related",
    "see also",
    "source",
    "sources",
    "subject",
    "summary",
    "tags",
    "tel",
    "timeline",
    "transcript",
    "update",
    "updated",
    "video",
    "warning",
    "watch",
    "web",
    "website",
];

/// Labels of the interviewer's or of an anonymous asker's turns (keys: lower-cased, full stops
/// dropped).
const ASKS: &[&str] = &[
    "q",
    "question",
    "interviewer",
    "reporter",
    "audience member",
    "audience",
    "questioner",
    "caller",
];
/// Labels of a host's turns, one person throughout (keys).
pub(crate) const HOSTS: &[&str] = &[
    "moderator",
    "the moderator",
    "host",
    "presenter",
    "anchor",
    "chair",
    "the chair",
];
/// Labels of the interviewee's turns (lower-cased).
const ANSWERS: &[&str] = &["a", "answer", "interviewee"];

/// Lower-case name particles allowed inside a label ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von",
];

/// The label that opens `para` (its byte range in `text`, brackets and colon excluded) and where
/// the words after it start, if the paragraph opens with one.
fn label_of(text: &str, para: Range<usize>) -> Option<(Range<usize>, usize)> {
    label_or_note(text, para).ok().flatten()
}

/// [`label_of`], or `Err` for a paragraph that opens with a label naming no speaker ("Note:",
/// "Ed.:", "Update:").
fn label_or_note(text: &str, para: Range<usize>) -> Result<Option<(Range<usize>, usize)>, ()> {
    let p = &text[para.clone()];
    // a bare "Q" or "A" set off by a full stop or a wide space ("Q. Coach, ...", "Q    Thank
    // you, Karoline."): transcripts of briefings and press conferences
    if let Some(rest) = p.strip_prefix(['Q', 'A']) {
        let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let words_at = if let Some(r) = rest.strip_prefix(". ") {
            Some(p.len() - r.trim_start().len())
        } else if gap >= 2 || rest.starts_with('\t') {
            Some(1 + gap)
        } else {
            None
        };
        if let Some(at) = words_at.filter(|&at| at < p.len()) {
            return Ok(Some((para.start..para.start + 1, para.start + at)));
        }
    }
    // "[00:12:03] Name:", "**Q:**": a timestamp or bold marks before the label
    let mut lead = 0;
    if p.starts_with('[') {
        if let Some(close) = p[..p.len().min(16)].find(']') {
            if p[1..close]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
            {
                lead = close + 1 + (p[close + 1..].len() - p[close + 1..].trim_start().len());
            }
        }
    }
    if p[lead..].starts_with("**") {
        lead += 2;
    }
    let p = &p[lead..];
    // a label is short: its colon comes within the first 100 bytes
    let Some(colon) = memchr::memchr(b':', &p.as_bytes()[..p.len().min(100)]) else {
        return Ok(None);
    };
    let mut after = &p[colon + 1..];
    after = after.strip_prefix("**").unwrap_or(after);
    // "Name: words" (not "10:30", "http://")
    if !after.starts_with([' ', '\t']) || after.trim().is_empty() {
        return Ok(None);
    }
    let raw = p[..colon].trim_end_matches("**");
    // "((Wikinews))", "[Q]"
    let inner = raw.trim_matches(|c: char| c == '(' || c == ')' || c == '[' || c == ']');
    let opened = raw.len() - raw.trim_start_matches(['(', '[']).len();
    let label = inner.trim();
    if label.is_empty() || label.len() != inner.len() {
        return Ok(None);
    }
    let lower = label.to_lowercase();
    if NOT_SPEAKERS.contains(&lower.as_str()) {
        return Err(());
    }
    // the name before a role or a constituency: "ANDERSON COOPER, CNN HOST", "SEN. CHRIS MURPHY
    // (D-CT)", "Zelensky (through interpreter)"; an office with the name in brackets: "The Prime
    // Minister (Keir Starmer)"
    let (name_at, name) = name_in_label(label);
    let words: Vec<&str> = name.split(' ').collect();
    let shaped = words.len() <= 5
        && words.iter().enumerate().all(|(i, w)| {
            let first = w.chars().next();
            !w.is_empty()
                && !w.bytes().any(|b| b.is_ascii_digit())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                && (first.is_some_and(char::is_uppercase) || (i > 0 && PARTICLES.contains(w)))
                // a full stop only after an initial or an abbreviated honorific ("S.", "MR.")
                && (!w.ends_with('.') || w.len() <= 5)
        });
    if !shaped {
        // a label this reading does not take ("THE PANEL, IN UNISON") is no continuation of
        // the turn before either
        let capitals = label
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        return if (capitals || label.contains('(')) && label.split(' ').count() <= 12 {
            Err(())
        } else {
            Ok(None)
        };
    }
    let start = para.start + lead + opened + name_at;
    let words_at = para.start + lead + (p.len() - after.trim_start().len());
    Ok(Some((start..start + name.len(), words_at)))
}

/// The speaker's name inside a label and its offset: the words before a comma or a bracket, or
/// the bracket's words after an office that opens with "The".
fn name_in_label(label: &str) -> (usize, &str) {
    if let Some(open) = label.find('(') {
        let close = label[open..].find(')').map_or(label.len(), |c| open + c);
        let inside = label[open + 1..close].trim();
        let before = label[..open].trim_end();
        let named_inside = before.starts_with("The ")
            && (2..=4).contains(&inside.split(' ').count())
            && inside
                .split(' ')
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if named_inside {
            return (
                open + 1 + (label[open + 1..].len() - label[open + 1..].trim_start().len()),
                inside,
            );
        }
        let end = before.find(',').unwrap_or(before.len());
        return (0, before[..end].trim_end());
    }
    let end = label.find(',').unwrap_or(label.len());
    (0, label[..end].trim_end())
}

/// The key two labels of one speaker share: lower-cased, full stops dropped ("MR. PRICE" and
/// "Mr. Price" are one speaker).
pub(crate) fn label_key(label: &str) -> String {
    label
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The paragraph reads as running speech, not as a heading, a caption or a credit: `min_words`
/// words or more, ending as a sentence or a list item ends, not in title case, not set off by a
/// dash.
fn is_prose(p: &str, min_words: usize) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    let lower = p.to_lowercase();
    words.len() >= min_words
        && p.trim_end()
            .ends_with(['.', '!', '?', ';', ':', '"', '”', '’', ')', '…'])
        // an editor's or a transcriber's note ("This interview has been edited for length and
        // clarity.", "(The briefing was concluded at 1:49 p.m.)")
        && !lower.contains("edited for length")
        && !lower.contains("been edited")
        && !(p.starts_with(['(', '[']) && p.trim_end().ends_with([')', ']']))
        // a heading ("An Interview with the ‘Mets Poet’")
        && !(words.len() <= 12 && words.len() >= 3 && capitalised * 3 >= words.len() * 2)
        // a pull quote's credit ("— Peres, on whether ...")
        && !p.starts_with(['—', '–', '-'])
        // a photo's caption ("File photo of interviewee David Titley. Image: David Titley.",
        // "Hill (right) with fellow 2012 presidential candidate Buddy Roemer.")
        && ![
            "image: ", "photo: ", "credit: ", "pictured", "file photo", "(left)", "(right)",
            "(center)", "(centre)",
        ]
        .iter()
        .any(|c| lower.contains(c))
}

/// The turns of `doc`, in order; none unless the document reads as a transcript: at least three
/// labelled paragraphs from the first label used twice on, and either two speakers or more, or
/// one label whose paragraphs are mostly questions (a magazine Q&A whose answers carry no label).
pub(crate) fn detect_turns(doc: &Doc) -> Vec<Turn> {
    let text = doc.text;
    let mut labelled: Vec<(usize, Range<usize>, usize)> = Vec::new();
    // (a headline is no turn: "Ingrid Salo: ‘The ice doesn’t negotiate’")
    let headline = doc.headline_end();
    for (i, para) in doc.paras.iter().enumerate() {
        if para.start < headline {
            continue;
        }
        if let Some((label, words_at)) = label_of(text, para.clone()) {
            labelled.push((i, label, words_at));
        }
    }
    if labelled.len() < 3 {
        return Vec::new();
    }
    // an office given once with its holder's name in brackets and then alone ("The Prime Minister
    // (Keir Starmer):", later "The Prime Minister:") names that holder
    let mut offices: Vec<(String, Range<usize>)> = Vec::new();
    let mut names: Vec<Range<usize>> = Vec::with_capacity(labelled.len());
    for (p, label, _) in &labelled {
        let before = text[doc.paras[*p].start..label.start].trim_end();
        if let Some(office) = before.strip_suffix('(') {
            offices.push((label_key(office.trim()), label.clone()));
            names.push(label.clone());
        } else {
            let k = label_key(&text[label.clone()]);
            let holder = offices
                .iter()
                .rev()
                .find(|(o, _)| *o == k)
                .map(|(_, n)| n.clone());
            names.push(holder.unwrap_or_else(|| label.clone()));
        }
    }
    let keys: Vec<String> = names.iter().map(|l| label_key(&text[l.clone()])).collect();
    // one speaker under a full name first and a surname after ("DAVID MUIR:", then "MUIR:")
    let surname = |k: &str| k.rsplit(' ').next().unwrap_or(k).to_string();
    let surnames: Vec<String> = keys.iter().map(|k| surname(k)).collect();
    let count = |k: &str| {
        let s = surname(k);
        surnames.iter().filter(|x| **x == s).count()
    };
    // the transcript starts at the first label used again later: a headline's or an
    // introduction's one-off label before it is no turn
    let Some(first) = keys.iter().position(|k| count(k) >= 2) else {
        return Vec::new();
    };
    let (labelled, keys, names) = (&labelled[first..], &keys[first..], &names[first..]);
    if labelled.len() < 3 {
        return Vec::new();
    }
    let one_label = keys.iter().all(|k| *k == keys[0]);
    // one label only: the interviewer's questions, the answers in the paragraphs between
    let asking = one_label && {
        let questions = labelled
            .iter()
            .filter(|(p, _, _)| text[doc.paras[*p].clone()].trim_end().ends_with('?'))
            .count();
        questions * 2 > labelled.len()
    };
    if one_label && !asking {
        return Vec::new();
    }
    // speech, not a scorecard or an explainer ("Harris: She pitched ...", "Prosecution: The
    // state says ..."): a third of the turns or more speak in the first or second person, or ask
    let speaking = labelled
        .iter()
        .filter(|(p, _, w)| {
            let t = &text[*w..doc.paras[*p].end];
            t.trim_end().ends_with('?')
                || t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                    .any(|w| {
                        matches!(
                            w,
                            "I" | "I'm"
                                | "I’m"
                                | "I've"
                                | "I’ve"
                                | "I'd"
                                | "I’d"
                                | "I'll"
                                | "I’ll"
                                | "me"
                                | "my"
                                | "we"
                                | "We"
                                | "our"
                                | "Our"
                                | "us"
                                | "you"
                                | "You"
                                | "your"
                                | "Your"
                                | "we're"
                                | "We're"
                                | "we’re"
                                | "We’re"
                                | "My"
                                | "you're"
                                | "you’re"
                                | "You're"
                                | "You’re"
                                | "we've"
                                | "we’ve"
                                | "We've"
                                | "We’ve"
                                | "we'll"
                                | "we’ll"
                                | "We'll"
                                | "We’ll"
                                | "Let's"
                                | "Let’s"
                                | "let's"
                                | "let’s"
                        )
                    })
        })
        .count();
    if speaking * 3 < labelled.len() {
        return Vec::new();
    }
    let mut out: Vec<Turn> = Vec::new();
    for (n, (para, label, words_at)) in labelled.iter().enumerate() {
        let k = keys[n].as_str();
        let content = crate::text::trim_range(text, *words_at..doc.paras[*para].end);
        out.push(Turn {
            label: label.clone(),
            name: names[n].clone(),
            content,
            para: *para,
            asks: asking || ASKS.contains(&k),
            answers: ANSWERS.contains(&k),
            role_label: ASKS.contains(&k) || ANSWERS.contains(&k) || HOSTS.contains(&k),
        });
        // the paragraphs without a label up to the next labelled one continue this turn (or
        // answer it); after the last turn only the next one: an afterword follows ("The interview
        // has been edited for length and clarity.")
        let last = n + 1 == labelled.len();
        // (after the last label: an unlabelled answer to the last question only; a labelled
        // transcript's last turn is its own paragraph, and what follows is an afterword)
        let after_last = if asking { 2 } else { 1 };
        let next = labelled
            .get(n + 1)
            .map_or(doc.paras.len().min(para + after_last), |(p, _, _)| *p);
        for q in para + 1..next {
            let r = crate::text::trim_range(text, doc.paras[q].clone());
            // (a short answer between two turns: "Yes.", "More work.")
            let min_words = if last { 3 } else { 1 };
            if !is_prose(&text[r.clone()], min_words)
                || label_or_note(text, doc.paras[q].clone()).is_err()
            {
                if last {
                    break;
                }
                continue;
            }
            out.push(Turn {
                label: label.clone(),
                name: names[n].clone(),
                content: r,
                para: q,
                asks: !asking && ASKS.contains(&k),
                answers: asking || ANSWERS.contains(&k),
                role_label: ASKS.contains(&k) || ANSWERS.contains(&k) || HOSTS.contains(&k),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        detect_turns(&doc)
            .iter()
            .map(|t| format!("{}|{}", &text[t.label.clone()], &text[t.content.clone()]))
            .collect()
    }

    #[test]
    fn labels() {
        let t = "Briefing\n\nMR. PRICE: Good afternoon.\n\nQ    Thank you, Ned.\n\nMR. PRICE: Go ahead.\n\nQ. One more?\n\nMR. PRICE: Sure.";
        assert_eq!(
            turns(t),
            [
                "MR. PRICE|Good afternoon.",
                "Q|Thank you, Ned.",
                "MR. PRICE|Go ahead.",
                "Q|One more?",
                "MR. PRICE|Sure."
            ]
        );
    }

    #[test]
    fn labels_with_roles_timestamps_and_bold() {
        let t = "Transcript\n\nANDERSON COOPER, CNN HOST: Senator, will you vote for it?\n\nSEN. CHRIS MURPHY (D-CT): I will not.\n\nCOOPER: Why?\n\nMURPHY: We were promised more.";
        assert_eq!(
            turns(t),
            [
                "ANDERSON COOPER|Senator, will you vote for it?",
                "SEN. CHRIS MURPHY|I will not.",
                "COOPER|Why?",
                "MURPHY|We were promised more."
            ]
        );
        let t = "Hansard\n\nMrs Kemi Badenoch (North West Essex) (Con): Will he answer me?\n\nThe Prime Minister (Keir Starmer): I thank my hon. Friend.\n\nMrs Badenoch: Will he answer?\n\nThe Prime Minister: I have answered.";
        let got = turns(t);
        assert_eq!(got[0], "Mrs Kemi Badenoch|Will he answer me?");
        assert_eq!(got[1], "Keir Starmer|I thank my hon. Friend.");
        assert_eq!(got.len(), 4, "{got:?}");
        // the office alone names the holder given with it
        let doc = Doc::new(t);
        let last = detect_turns(&doc).pop().unwrap();
        assert_eq!(&t[last.label.clone()], "The Prime Minister");
        assert_eq!(&t[last.name.clone()], "Keir Starmer");
        let t = "Podcast\n\n[00:00:05] Jo Lee: Welcome, you two.\n\n[00:00:09] Sam Park: Thanks, I am glad.\n\n**Jo Lee:** So what now?\n\n[00:01:10] Sam Park: We wait.";
        assert_eq!(
            turns(t),
            [
                "Jo Lee|Welcome, you two.",
                "Sam Park|Thanks, I am glad.",
                "Jo Lee|So what now?",
                "Sam Park|We wait."
            ]
        );
    }

    #[test]
    fn third_person_labels_are_no_transcript() {
        // a debate scorecard: recurring names, no one speaking
        let t = "Who won\n\nHarris: She pitched her plan well.\n\nTrump: He attacked the moderators.\n\nHarris: Her closing was flat.\n\nTrump: His answers on trade were vague.";
        assert!(turns(t).is_empty());
    }

    #[test]
    fn no_transcript_without_recurring_speakers() {
        // a headline's label, times, notes and country-by-country reactions
        let t = "Khamenei: Iran, Russia Should Cooperate to Isolate U.S.\n\n10:30 GMT: Talks began.\n\nUpdate: Talks ended.\n\nNote: Times are GMT.\n\nGermany: The chancellor welcomed the deal.\n\nFrance: The president welcomed it too.";
        assert!(turns(t).is_empty());
        // one recurring label whose paragraphs are no questions
        let t = "Update: one.\n\nLive: two.\n\nLive: three.\n\nLive: four.";
        assert!(turns(t).is_empty());
    }

    #[test]
    fn questions_with_unlabelled_answers() {
        let t = "Intro about Jane Roe.\n\nThe Record: Why now?\n\nBecause it was time.\n\nThe Record: And next?\n\nMore work.\n\nThe Record: Any regrets?\n\nNone at all.\n\nThis interview has been edited for length and clarity.";
        let got = turns(t);
        assert_eq!(got.len(), 6, "{got:?}");
        assert_eq!(got[1], "The Record|Because it was time.");
        assert!(!got.iter().any(|g| g.contains("edited")));
    }
}
