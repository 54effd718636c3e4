//! Speakers of transcript turns: the label names the speaker ("MR. PRICE" is Price, "Chomsky"
//! the Noam Chomsky of the introduction); "A" is the person the introduction names most; an
//! anonymous "Q" or audience member is whoever the turn says they are ("Dana Whitlock, Harbor
//! News Service"), a moderator whoever the moderator says they are or the introduction calls the
//! moderator. In a two-party interview each turn is addressed to the other party, in a Q&A each
//! question to the interviewee, elsewhere a turn is addressed to the person it opens by calling
//! ("Dr. Okafor, I want to start with you", "Thank you, Karoline.").

use super::{Attributed, Entity, EntityKind, Names};
use crate::quotes::{label_key, QuoteKind, Turn, HOSTS};
use crate::text::Doc;

/// Honorifics and offices a label may open with ("MR. PRICE", "Secretary Blinken"), lower-cased,
/// full stops dropped; the office is kept as the speaker's title.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "rev",
    "fr",
];
const OFFICES: &[&str] = &[
    "ambassador",
    "chairman",
    "chairwoman",
    "chancellor",
    "coach",
    "councillor",
    "councilor",
    "commissioner",
    "director",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "mayor",
    "minister",
    "president",
    "rep",
    "secretary",
    "sen",
    "senator",
    "speaker",
];

/// "PRICE" -> "Price", "JEAN-PIERRE" -> "Jean-Pierre", "C.J." -> "C.J.", "MCGUIRE" ->
/// "Mcguire"; a word with a lower-case letter is kept.
fn title_case(w: &str) -> String {
    if w.chars().any(char::is_lowercase) || w.chars().count() < 2 {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut upper = true;
    for c in w.chars() {
        if upper {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        upper = matches!(c, '-' | '.' | '\'' | '’');
    }
    out
}

/// Drops the honorifics and offices that open a name of two words or more ("MR. PRICE",
/// "Councillor Pryce", "Dr. Okafor"), keeping at least one word; returns the last office dropped.
fn strip_titles<'w>(words: &mut Vec<&'w str>) -> Option<&'w str> {
    let mut office = None;
    while words.len() > 1 {
        let w = words[0].trim_end_matches('.').to_lowercase();
        if OFFICES.contains(&w.as_str()) {
            office = Some(words[0]);
        } else if !HONORIFICS.contains(&w.as_str()) {
            break;
        }
        words.remove(0);
    }
    office
}

/// The speaker a label names: honorific dropped, office kept as the title, capitals undone, a
/// surname alone completed from the one person of the document with that surname.
fn speaker_of(doc: &Doc, names: &Names, t: &Turn) -> Entity {
    let label = &doc.text[t.name.clone()];
    let mut words: Vec<&str> = label.split(' ').collect();
    let title = strip_titles(&mut words).map(title_case);
    let name = words
        .iter()
        .map(|w| title_case(w))
        .collect::<Vec<_>>()
        .join(" ");
    let person = |n: &str| names.is_known_person(n) || names.persons().any(|p| p.full == n);
    let (name, kind) = if person(&name) {
        (name, EntityKind::Person)
    } else if let [single] = words.as_slice() {
        // "Chomsky" after "Noam Chomsky"; "Wikinews" stays the outlet it is
        let sur = title_case(single);
        let mut full = people(names).filter(|p| p.last() == sur).map(|p| p.full);
        match (full.next(), full.next()) {
            (Some(f), None) => (f.to_string(), EntityKind::Person),
            _ if title.is_some() => (sur, EntityKind::Person),
            _ if names.orgs().any(|o| o == sur) || super::is_news_outlet(&sur) => {
                (sur, EntityKind::Organisation)
            }
            _ if crate::actors::is_given_name(&sur) => (sur, EntityKind::Person),
            _ => (sur, EntityKind::Organisation),
        }
    } else {
        (name, EntityKind::Person)
    };
    Entity {
        name,
        mention: doc.text[t.label.clone()].to_string(),
        start: t.label.start,
        end: t.label.end,
        kind,
        title,
        affiliation: None,
    }
}

/// The person the text before the first turn names most often, by full name or surname (the
/// interviewee of a Q&A), if one is named more often than any other and at least twice.
fn interviewee(doc: &Doc, names: &Names, before: usize) -> Option<Entity> {
    let head = &doc.text[..before];
    let mut best: Option<(&str, usize, usize)> = None;
    let mut runner_up = 0;
    for p in people(names) {
        let Some(at) = head.find(p.full) else {
            continue;
        };
        let n = head.matches(p.last()).count();
        match best {
            Some((_, m, _)) if n <= m => runner_up = runner_up.max(n),
            _ => {
                runner_up = runner_up.max(best.map_or(0, |b| b.1));
                best = Some((p.full, n, at));
            }
        }
    }
    let (full, n, at) = best?;
    (n >= 2 && n != runner_up).then(|| person_at(full, at))
}

/// The people of the document that can be meant by a label or a name called: full names that
/// open with a given name of two letters or more or that the text introduces as a person (not a
/// transcript's "Q Karoline", "Happy Monday").
fn people<'n>(names: &'n Names) -> impl Iterator<Item = super::DocPerson<'n>> + 'n {
    names.persons().filter(|p| {
        p.full.contains(' ')
            && p.first().trim_end_matches('.').chars().count() > 1
            && (crate::actors::is_given_name(p.first()) || p.introduced)
    })
}

/// A person entity for the name at `at` in the text.
fn person_at(full: &str, at: usize) -> Entity {
    Entity {
        name: full.to_string(),
        mention: full.to_string(),
        start: at,
        end: at + full.len(),
        kind: EntityKind::Person,
        title: None,
        affiliation: None,
    }
}

/// The person a turn says is speaking, near its start: "I'm Lena Haddad from the Courier",
/// "Dana Whitlock, Harbor News Service", "Rafael Quintero with Noticias del Sur" (a full name
/// followed by a body's name, not by the rest of a sentence as a name called is:
/// "Janet Pryce, the plan ...").
fn self_named(doc: &Doc, names: &Names, t: &Turn) -> Option<Entity> {
    let start = t.content.start;
    let mut end = (start + 200).min(t.content.end);
    while !doc.text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &doc.text[start..end];
    // "I'm Lena Haddad from the Courier": the capitalised words after the introduction
    for intro in ["I'm ", "I’m ", "I am ", "name is ", "This is "] {
        let Some(i) = head.find(intro) else {
            continue;
        };
        let from = i + intro.len();
        // (up to the first punctuation: "I'm Corinne Blake, I live ...")
        let mut words: Vec<&str> = Vec::new();
        for w in head[from..].split(' ').take(4) {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            if !bare.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            words.push(bare);
            if bare.len() < w.len() {
                break;
            }
        }
        if words.len() >= 2 {
            let name = words.join(" ");
            if head[from..].starts_with(&name) {
                return Some(person_at(&name, start + from));
            }
        }
    }
    names
        .persons()
        .filter(|p| p.full.contains(' ') && !p.full.starts_with('I'))
        .filter_map(|p| head.find(p.full).map(|i| (i, p.full)))
        .filter(|&(i, full)| {
            let before = head[..i].trim_end();
            let after = &head[i + full.len()..];
            let credit = [", ", " with ", " from ", " of "].iter().any(|sep| {
                after.strip_prefix(sep).is_some_and(|r| {
                    let r = r.strip_prefix("the ").unwrap_or(r);
                    let w = r.split([' ', ',', '.']).next().unwrap_or("");
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !matches!(
                            w,
                            "I" | "We" | "You" | "What" | "How" | "Why" | "Is" | "Are"
                        )
                })
            });
            credit && !before.ends_with(['I', 'm'])
        })
        .min_by_key(|&(i, _)| i)
        .map(|(i, full)| person_at(full, start + i))
}

/// The host the introduction names: the one person named in the sentence before the first turn
/// that calls someone the moderator, host or presenter.
fn host_from_introduction(doc: &Doc, names: &Names, before: usize) -> Option<Entity> {
    let head = &doc.text[..before];
    for sent in head.split_inclusive(['.', '\n']) {
        let low = sent.to_lowercase();
        if !["moderat", "host", "presenter", "anchor", "chair"]
            .iter()
            .any(|w| low.contains(w))
        {
            continue;
        }
        let offset = sent.as_ptr() as usize - head.as_ptr() as usize;
        let mut found = people(names).filter_map(|p| sent.find(p.full).map(|i| (i, p.full)));
        if let (Some((i, full)), None) = (found.next(), found.next()) {
            return Some(person_at(full, offset + i));
        }
    }
    None
}

/// The person a turn calls at its start or at the start of its second sentence ("Dr. Okafor, I
/// want ...", "Thanks, Matt.", "Thank you, Karoline.", "Let me bring Dr. Okafor back in.
/// Chidi, ..."), when one person of the document has that name, given name or surname; an office
/// alone ("Thank you, Coach.") calls the one speaker with that title.
fn called(
    doc: &Doc,
    names: &Names,
    t: &Turn,
    speaker: Option<&str>,
    speakers: &[Option<Entity>],
) -> Option<Entity> {
    let text = &doc.text[t.content.clone()];
    let second = text
        .find(". ")
        .map(|i| i + 2)
        .filter(|&i| i < 160)
        .unwrap_or(text.len());
    for from in [0, second] {
        let mut s = &text[from.min(text.len())..];
        for thanks in [
            "Thank you, ",
            "Thanks, ",
            "Thanks again, ",
            "Well, ",
            "OK, ",
            "Okay, ",
        ] {
            if let Some(r) = s.strip_prefix(thanks) {
                s = r;
                break;
            }
        }
        // the name: capitalised words up to a comma, a full stop or a dash
        let end = s.find([',', '.', '—', '?', '!']).unwrap_or(s.len());
        let mut words: Vec<&str> = s[..end].split_whitespace().collect();
        if words.is_empty() || words.len() > 3 {
            continue;
        }
        strip_titles(&mut words);
        if !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        let name = words.join(" ");
        let at = t.content.start + from + s.as_ptr() as usize
            - text[from.min(text.len())..].as_ptr() as usize;
        if let [office] = words.as_slice() {
            if OFFICES.contains(&office.to_lowercase().as_str()) {
                let mut holders: Vec<&Entity> = speakers
                    .iter()
                    .flatten()
                    .filter(|e| {
                        e.title.as_deref() == Some(*office) && Some(e.name.as_str()) != speaker
                    })
                    .collect();
                holders.dedup_by(|a, b| a.name == b.name);
                if let [holder] = holders.as_slice() {
                    return Some(Entity {
                        mention: s[..end].to_string(),
                        start: at,
                        end: at + end,
                        ..(*holder).clone()
                    });
                }
                continue;
            }
        }
        // (a short form of the given name: "Matt" for Matthew, "Chris" for Christopher)
        let short = |first: &str| {
            name.len() >= 3
                && !name.contains(' ')
                && first.len() > name.len()
                && first.starts_with(&name)
        };
        let mut found = people(names).filter(|p| {
            Some(p.full) != speaker
                && (p.full == name || p.first() == name || p.last() == name || short(p.first()))
        });
        if let (Some(p), None) = (found.next(), found.next()) {
            return Some(Entity {
                name: p.full.to_string(),
                mention: s[..end].to_string(),
                start: at,
                end: at + end,
                kind: EntityKind::Person,
                title: None,
                affiliation: None,
            });
        }
    }
    None
}

/// Adds `turns` to `out` as quotes of kind [`QuoteKind::Turn`], in document order. A turn that a
/// direct quote already covers (a label before quote marks: `Price: “We will not.”`) is left to
/// that quote.
pub(crate) fn attribute_turns(doc: &Doc, names: &Names, turns: &[Turn], out: &mut Vec<Attributed>) {
    if turns.is_empty() {
        return;
    }
    let answerer = turns
        .iter()
        .any(|t| t.answers)
        .then(|| interviewee(doc, names, turns[0].label.start))
        .flatten();
    // each label's key once per label (a continuation repeats its turn's label)
    let mut keys: Vec<String> = Vec::with_capacity(turns.len());
    for (i, t) in turns.iter().enumerate() {
        let k = match i.checked_sub(1).map(|j| (&turns[j], &keys[j])) {
            Some((prev, k)) if prev.name == t.name => k.clone(),
            _ => label_key(&doc.text[t.name.clone()]),
        };
        keys.push(k);
    }
    let hosting: Vec<bool> = keys.iter().map(|k| HOSTS.contains(&k.as_str())).collect();
    // a host who says who they are in any of their turns, else the one the introduction names
    let host = hosting
        .contains(&true)
        .then(|| {
            turns
                .iter()
                .zip(&hosting)
                .filter(|(_, &h)| h)
                .find_map(|(t, _)| self_named(doc, names, t))
                .or_else(|| host_from_introduction(doc, names, turns[0].label.start))
        })
        .flatten();
    // a label's speaker is resolved once per label, then placed at each of its uses
    let mut named: crate::text::FxMap<String, Entity> = crate::text::FxMap::default();
    let speakers: Vec<Option<Entity>> = turns
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if t.answers {
                answerer.clone()
            } else if hosting[i] {
                host.clone()
            } else if t.role_label {
                // an anonymous "Q" or audience member: whoever the turn says they are
                self_named(doc, names, t)
            } else {
                let e = named
                    .entry(keys[i].clone())
                    .or_insert_with(|| speaker_of(doc, names, t));
                Some(Entity {
                    mention: doc.text[t.label.clone()].to_string(),
                    start: t.label.start,
                    end: t.label.end,
                    ..e.clone()
                })
            }
        })
        .collect();
    // a Q&A ("Q:" and "A:"): the questions are put to the interviewee
    let qa = answerer.is_some() && turns.iter().any(|t| t.answers && t.role_label);
    // two parties, both named: each speaks to the other
    let mut parties: Vec<&str> = Vec::new();
    for s in speakers.iter().flatten() {
        if !parties.contains(&s.name.as_str()) {
            parties.push(&s.name);
        }
    }
    let two_named = parties.len() == 2 && speakers.iter().all(Option::is_some);
    // the direct quotes, in order of their starts
    let mut direct: Vec<std::ops::Range<usize>> = out
        .iter()
        .filter(|a| a.kind == QuoteKind::Direct)
        .map(|a| a.content.clone())
        .collect();
    direct.sort_by_key(|r| r.start);
    let covered = |t: &Turn| {
        let before_end = direct.partition_point(|r| r.start < t.content.end);
        // (quotes do not overlap but for nesting: the ones before end before the turn starts)
        direct[..before_end]
            .iter()
            .rev()
            .take_while(|r| t.content.start < r.end)
            .any(|r| {
                (r.end.min(t.content.end) - r.start.max(t.content.start)) * 5
                    >= (t.content.end - t.content.start) * 4
            })
    };
    let mut added: Vec<Attributed> = Vec::new();
    // the addressee of the turn before, for a paragraph that continues it
    let mut last_addressee: Option<Entity> = None;
    for (i, t) in turns.iter().enumerate() {
        let continued = t.label.start < doc.paras[t.para].start;
        if covered(t) {
            continue;
        }
        let speaker = speakers[i].clone();
        let addressee = if two_named {
            let me = speaker.as_ref().map(|s| s.name.as_str());
            // the other party's label nearest before this turn, else after it
            let other = |j: &usize| speakers[*j].as_ref().map(|s| s.name.as_str()) != me;
            (0..i)
                .rev()
                .find(other)
                .or_else(|| (i + 1..turns.len()).find(other))
                .and_then(|j| speakers[j].clone())
        } else if qa && t.asks {
            answerer.clone()
        } else {
            called(
                doc,
                names,
                t,
                speaker.as_ref().map(|s| s.name.as_str()),
                &speakers,
            )
            .or_else(|| last_addressee.clone().filter(|_| continued))
        };
        last_addressee.clone_from(&addressee);
        added.push(Attributed {
            content: t.content.clone(),
            kind: QuoteKind::Turn,
            speaker,
            addressee,
            cue: None,
            channel: None,
            para: t.para,
        });
    }
    if added.is_empty() {
        return;
    }
    out.extend(added);
    out.sort_by_key(|a| a.content.start);
}

#[cfg(test)]
mod tests {
    use super::title_case;

    #[test]
    fn capitals_undone_per_part() {
        assert_eq!(title_case("PRICE"), "Price");
        assert_eq!(title_case("JEAN-PIERRE"), "Jean-Pierre");
        assert_eq!(title_case("C.J."), "C.J.");
        assert_eq!(title_case("O'BRIEN"), "O'Brien");
        assert_eq!(title_case("McGuire"), "McGuire");
    }
}
