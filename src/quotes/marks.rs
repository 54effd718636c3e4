//! Quote marks: which characters open or close a quote, which are apostrophes, and how they pair
//! (nesting, multi-paragraph continuation, unbalanced marks).

use super::{NotSpeech, Span};
use crate::text::{trim_range, Doc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Straight marks: decided by the pairing state.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    family: Family,
    role: Role,
    /// A single close that may just be a plural possessive (rebels’ weapons); for a straight
    /// double mark after a comma or colon and before a space, that it may open a quote (see
    /// `scan`).
    possessive: bool,
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '"' | '\'' | ':'
                )
        }
    }
}

/// Byte offsets in `s` of every byte that may start a quote-like character: ASCII `"` and `'`, and
/// the UTF-8 lead bytes 0xE2 (curly quotes, „) and 0xC2 (« »), in increasing order.
fn candidates(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    let mut main = memchr::memchr3_iter(b'"', b'\'', 0xE2, b).peekable();
    let mut guil = memchr::memchr_iter(0xC2, b).peekable();
    std::iter::from_fn(move || match (main.peek(), guil.peek()) {
        (Some(&m), Some(&g)) => {
            if m < g {
                main.next()
            } else {
                guil.next()
            }
        }
        (Some(_), None) => main.next(),
        (None, _) => guil.next(),
    })
}

/// Classifies the quote-like characters of one paragraph `s` (starting at byte `base` of the
/// document) at `cands`, the paragraph's [`candidates`] (offsets in `s`).
fn scan(s: &str, base: usize, cands: impl Iterator<Item = usize>, out: &mut Vec<Mark>) {
    // Only the bytes that can start a quote mark are visited; the neighbouring characters are
    // decoded there.
    for i in cands {
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '“' | '„' | '”' | '«' | '»' | '"' | '‘' | '’' | '\'') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let mk = |family, role| Mark {
            pos: base + i,
            len: c.len_utf8(),
            family,
            role,
            possessive: false,
        };
        let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        let space_or_end = |x: Option<char>| x.is_none_or(|x| x.is_whitespace());
        let m = match c {
            '“' | '„' => Some(mk(Family::Double, Role::Open)),
            '”' => Some(mk(Family::Double, Role::Close)),
            '«' => Some(mk(Family::Guillemet, Role::Open)),
            '»' => Some(mk(Family::Guillemet, Role::Close)),
            '"' => {
                if space_or_end(prev) && space_or_end(next) {
                    None
                } else if is_open_context(prev) && !space_or_end(next) {
                    Some(mk(Family::Double, Role::Open))
                } else if matches!(prev, Some(',' | ':')) && space_or_end(next) {
                    // `Wilkins said," [Warhol] liked …"`: a slip puts the space after the
                    // opening mark; it closes only an open quote (`pair`)
                    let mut m = mk(Family::Double, Role::Either);
                    m.possessive = true;
                    Some(m)
                } else if !space_or_end(prev) && !letter(next) {
                    Some(mk(Family::Double, Role::Close))
                } else {
                    Some(mk(Family::Double, Role::Either))
                }
            }
            '‘' => {
                if letter(prev) || next.is_some_and(|n| n.is_ascii_digit()) {
                    None // Shi‘ite, ‘90s
                } else if space_or_end(next) {
                    None
                } else {
                    Some(mk(Family::Single, Role::Open))
                }
            }
            '’' | '\'' => {
                if letter(prev) && letter(next) {
                    None // Russia’s, don't
                } else if space_or_end(prev) || prev == Some('(') {
                    // ’90s, ’em, or a straight opening quote
                    if c == '\'' && letter(next) && !next.is_some_and(|n| n.is_ascii_digit()) {
                        Some(mk(Family::Single, Role::Open))
                    } else {
                        None
                    }
                } else if is_open_context(prev) && c == '\'' && letter(next) {
                    Some(mk(Family::Single, Role::Open))
                } else if !letter(next) {
                    let mut m = mk(Family::Single, Role::Close);
                    // plural possessive: rebels’ weapons / the Smiths' house
                    if prev.is_some_and(|p| p == 's' || p == 'S') {
                        let rest = &s[i + c.len_utf8()..];
                        let mut r = rest.chars();
                        if r.next() == Some(' ') && r.next().is_some_and(|x| x.is_lowercase()) {
                            m.possessive = true;
                        }
                    }
                    Some(m)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(m) = m {
            out.push(m);
        }
    }
}

/// Pairs the marks of the whole document into outermost quoted spans.
pub(super) fn pair(doc: &Doc) -> Vec<Span> {
    let text = doc.text;
    let mut spans: Vec<Span> = Vec::new();
    // (room for the marks of most paragraphs: no regrowth)
    let mut marks = Vec::with_capacity(16);
    let mut group = 0usize;
    // an open quote carried from the previous paragraph: (family, group)
    let mut carry: Option<(Family, usize)> = None;
    // The candidate bytes of the whole document, found in one pass (a search per paragraph cost
    // more than its few hits) and handed to the paragraphs holding them.
    let mut cands = candidates(text).peekable();
    // (per paragraph, emptied at its start; allocated once)
    let mut stack: Vec<Mark> = Vec::with_capacity(8);
    // inner pairs (content, outer) waiting for their outermost span
    let mut inner: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for (pi, para) in doc.paras.iter().enumerate() {
        marks.clear();
        let in_para = std::iter::from_fn(|| cands.next_if(|&i| i < para.end))
            .filter(|&i| i >= para.start)
            .map(|i| i - para.start);
        scan(&text[para.clone()], para.start, in_para, &mut marks);
        stack.clear();
        inner.clear();
        let mut cur_group: Option<usize> = None;
        // continuation of a multi-paragraph quote: the paragraph opens with the same family
        if let Some((fam, g)) = carry.take() {
            if let Some(first) = marks.first() {
                if first.pos == para.start && first.family == fam && first.role != Role::Close {
                    cur_group = Some(g);
                }
            }
        }
        for (mi, m) in marks.iter().enumerate() {
            let top = stack.last().map(|t| t.family);
            let closes = match (m.family, m.role) {
                (_, Role::Open) => false,
                (f, Role::Close) => stack.iter().any(|t| t.family == f),
                (f, Role::Either) => top == Some(f),
            };
            if m.family == Family::Single && m.role == Role::Close && m.possessive && closes {
                // keep it an apostrophe if another closing single follows in the paragraph
                let later = marks[mi + 1..]
                    .iter()
                    .any(|n| n.family == Family::Single && n.role != Role::Open);
                if later {
                    continue;
                }
            }
            if closes {
                while let Some(t) = stack.pop() {
                    if t.family == m.family {
                        if stack.is_empty() {
                            let g = cur_group.take().unwrap_or_else(|| {
                                group += 1;
                                group
                            });
                            push_span(
                                text,
                                &mut spans,
                                t.pos + t.len..m.pos,
                                t.pos..m.pos + m.len,
                                pi,
                                g,
                            );
                            attach_inner(&mut spans, &mut inner, t.pos);
                        } else {
                            inner.push((t.pos + t.len..m.pos, t.pos..m.pos + m.len));
                        }
                        break;
                    }
                }
            } else if m.role != Role::Close {
                // (a slipped opening `," ` needs a later closing candidate in the paragraph)
                if (m.family == Family::Single || m.possessive)
                    && stack.is_empty()
                    && m.role == Role::Either
                {
                    // a straight single opening needs a later closing candidate in the paragraph
                    let later = marks[mi + 1..]
                        .iter()
                        .any(|n| n.family == m.family && n.role != Role::Open);
                    if !later {
                        continue;
                    }
                }
                stack.push(*m);
            }
        }
        // an unclosed quote at paragraph end
        if let Some(bottom) = stack.first().copied() {
            let next_opens = doc.paras.get(pi + 1).is_some_and(|np| {
                let s = &text[np.clone()];
                let c = s.chars().next();
                match bottom.family {
                    Family::Double => matches!(c, Some('“' | '"' | '„')),
                    Family::Single => matches!(c, Some('‘' | '\'')),
                    Family::Guillemet => matches!(c, Some('«')),
                }
            });
            let g = cur_group.take().unwrap_or_else(|| {
                group += 1;
                group
            });
            // a lone single opener with no continuation is most likely not a quote
            if bottom.family != Family::Single || next_opens {
                push_span(
                    text,
                    &mut spans,
                    bottom.pos + bottom.len..para.end,
                    bottom.pos..para.end,
                    pi,
                    g,
                );
                attach_inner(&mut spans, &mut inner, bottom.pos);
                if next_opens {
                    carry = Some((bottom.family, g));
                }
            }
        }
    }
    spans
}

/// Gives the inner pairs collected so far to the outermost span just pushed (opening at `open`).
fn attach_inner(
    spans: &mut [Span],
    inner: &mut Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    open: usize,
) {
    if inner.is_empty() {
        return;
    }
    if let Some(last) = spans.last_mut().filter(|s| s.outer.start == open) {
        for (content, outer) in inner.drain(..) {
            if outer.start > last.outer.start && outer.end <= last.outer.end {
                last.nested.push(super::Nested {
                    content,
                    outer,
                    cue_tok: None,
                });
            }
        }
    }
    inner.clear();
}

fn push_span(
    text: &str,
    spans: &mut Vec<Span>,
    content: std::ops::Range<usize>,
    outer: std::ops::Range<usize>,
    para: usize,
    group: usize,
) {
    let content = trim_range(text, content);
    if content.start >= content.end {
        return;
    }
    spans.push(Span {
        content,
        outer,
        para,
        group,
        kind: Err(NotSpeech::Term),
        nested: Vec::new(),
        echo: None,
    });
}
