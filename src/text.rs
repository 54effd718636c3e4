//! Stage 1, text: paragraphs, sentences and word tokens, all as byte offsets into the original input.
//!
//! Nothing here copies the input: every unit is a `start..end` range, so later stages can report
//! offsets that satisfy `input[start..end] == text`.

use std::ops::Range;

/// A word or punctuation token: a byte range into the document plus its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// `np::is_cap` of the token's text, computed once when tokenising (names and attribution
    /// ask it many times per token).
    pub cap: bool,
    /// `cues::lookup_id` of the token's text (0: no cue verb), computed once by `Doc::new` (quote
    /// detection and attribution look most tokens up as possible speech verbs); 0 elsewhere.
    pub cue: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, with inner `.`, `-`, `'`, `’` kept (U.S., Seo-yeon, O'Brien, Russia’s).
    Word,
    /// Any other non-space character.
    Punct,
}

impl Token {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Paragraphs are lines: a line break of any style (LF, CRLF, lone CR) ends one; blank lines are skipped.
/// (`Doc::new` finds the same ones from the line breaks its tokenizer notes.)
#[cfg(test)]
pub(crate) fn paragraphs(doc: &str) -> Vec<Range<usize>> {
    let bytes = doc.as_bytes();
    // (news paragraphs run to a few hundred bytes: seldom any growth)
    let mut out = Vec::with_capacity(bytes.len() / 128 + 4);
    let mut start = 0;
    // every line break, then the end of the text
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes).chain(std::iter::once(bytes.len())) {
        let r = trim_range(doc, start..i);
        if r.start < r.end {
            out.push(r);
        }
        start = i + 1;
    }
    out
}

/// Hard-wrapped text (paragraphs separated by blank lines, their lines broken at a fixed width,
/// as in e-mail and terminal copy) with each line break inside a paragraph turned into a space,
/// so that names and sentences are not cut at the wrap ("Prime Minister Boris⏎Johnson said");
/// `None` when the text does not look hard-wrapped (a paragraph per line, as most news copy
/// has). Every byte keeps its offset: `\r` and `\n` become one space each.
pub(crate) fn unwrap_hard_wrapped(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // (line, whether it is blank) by byte range, `\r` left to the blank test
    let blank = |r: Range<usize>| b[r].iter().all(|c| c.is_ascii_whitespace());
    let (mut prev, mut prev_blank) = (0..0, true);
    let (mut start, mut any_blank) = (0, false);
    // the "\n" ending each line that runs on into the next
    let mut breaks = Vec::new();
    let (mut inner, mut inner_short, mut inner_open, mut longest) = (0usize, 0usize, 0usize, 0);
    for end in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let line = start..end;
        let is_blank = blank(line.clone());
        any_blank |= is_blank;
        longest = longest.max(line.len());
        if !is_blank && !prev_blank {
            // `prev` runs on into this line: a wrap, or a paragraph per line
            inner += 1;
            breaks.push(prev.end);
            let t = trim_range(text, prev.clone());
            inner_short += usize::from((30..=110).contains(&t.len()));
            // a wrapped line mostly stops inside its sentence
            let last = text[t].chars().next_back().unwrap_or('.');
            inner_open += usize::from(!matches!(
                last,
                '.' | '!' | '?' | ':' | '"' | '\'' | '”' | '’' | ')' | '»'
            ));
        }
        (prev, prev_blank) = (line, is_blank);
        start = end + 1;
    }
    let wrapped = any_blank
        && inner >= 3
        && longest <= 200
        && inner_short * 5 >= inner * 4
        && inner_open * 2 >= inner;
    if !wrapped {
        return None;
    }
    let mut out = b.to_vec();
    for nl in breaks {
        // the break between the two lines: "\n", or "\r\n"
        out[nl] = b' ';
        if nl > 0 && out[nl - 1] == b'\r' {
            out[nl - 1] = b' ';
        }
    }
    // only ASCII line-break bytes were replaced by ASCII spaces
    Some(String::from_utf8(out).expect("line breaks replaced by spaces stay UTF-8"))
}

/// Shrinks a range so it neither starts nor ends with whitespace.
pub(crate) fn trim_range(doc: &str, r: Range<usize>) -> Range<usize> {
    let s = &doc[r.clone()];
    let b = s.as_bytes();
    // (most ranges start and end with ASCII that is no space)
    let kept = |c: &u8| *c < 0x80 && CLASS[usize::from(*c)] != SPACE;
    if b.first().is_some_and(kept) && b.last().is_some_and(kept) {
        return r;
    }
    let t = trim_start(s);
    if t.is_empty() {
        return r.start..r.start;
    }
    let start = r.start + (s.len() - t.len());
    start..start + trim_end(t).len()
}

/// `str::trim_start`, ASCII white space skipped without decoding.
#[inline]
fn trim_start(s: &str) -> &str {
    let k = s
        .bytes()
        .position(|c| CLASS[usize::from(c)] != SPACE)
        .unwrap_or(s.len());
    let rest = &s[k..];
    if rest.as_bytes().first().is_some_and(|&c| c >= 0x80) {
        rest.trim_start()
    } else {
        rest
    }
}

/// `str::trim_end`, ASCII white space skipped without decoding.
#[inline]
fn trim_end(s: &str) -> &str {
    let k = s
        .bytes()
        .rposition(|c| CLASS[usize::from(c)] != SPACE)
        .map_or(0, |k| k + 1);
    let rest = &s[..k];
    if rest.as_bytes().last().is_some_and(|&c| c >= 0x80) {
        rest.trim_end()
    } else {
        rest
    }
}

fn is_word_char(c: char) -> bool {
    // (General Punctuation, U+2000 to U+206F, holds no letter or digit: the quotes and dashes of
    // news text skip the Unicode tables)
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Joiners kept inside a word when a word character follows: U.S., Seo-yeon, O'Brien, Russia’s, 3.5.
fn is_inner_joiner(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '‘' | '‐' | '‑' | '&')
}

/// The character at byte `i` of `s` and its length; ASCII without decoding.
#[inline(always)]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\0');
        (c, c.len_utf8())
    }
}

/// Byte classes for the tokenizer (one bit each).
/// An ASCII letter or digit.
const WORD: u8 = 1;
/// ASCII white space (`char::is_whitespace` for ASCII).
const SPACE: u8 = 2;
/// Any other ASCII character but the ones that may continue a word.
const MARK: u8 = 4;
/// `,` `.` `-` `'` `&`: may continue a word (joiners and thousands separators).
const JOIN: u8 = 8;
/// A byte of a non-ASCII character (the tokenizer decodes those).
const HIGH: u8 = 16;
/// With `MARK`: `(` and `"`, after which a word starts (`last_word_start`).
const OPEN: u8 = 32;
static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() {
            WORD
        } else if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if matches!(b, b',' | b'.' | b'-' | b'\'' | b'&') {
            JOIN
        } else if matches!(b, b'(' | b'"') {
            MARK | OPEN
        } else {
            MARK
        };
        c += 1;
    }
    t
};

/// Tokenises `doc[range]`; offsets are absolute. Walks the bytes with a class table, decoding
/// only non-ASCII characters; tokens are byte ranges (nothing is allocated but `out`'s growth).
pub(crate) fn tokenize(doc: &str, range: Range<usize>, out: &mut Vec<Token>) {
    tokenize_with::<false>(doc, range, out, &mut Found::default());
}

/// What `tokenize_with::<true>` notes besides the tokens, as token indices in order.
#[derive(Default)]
struct Found {
    /// The tokens `quotes::indirect` acts on (`Doc::triggers`).
    triggers: Vec<usize>,
    /// The tokens that end with `.`, `!` or `?`, where a sentence may end.
    stops: Vec<usize>,
    /// At each line break (`\n`, `\r`), the number of tokens before it: paragraphs are lines.
    line_ends: Vec<usize>,
}

/// `tokenize`, and with `CUES` (for `Doc::new`) each word's `Token::cue` set as it is pushed and
/// `found` filled in.
/// The loop handles the common tokens itself (an ASCII word ended by a space, a mark that cannot
/// continue it or the end; a one-byte mark); the rest go to `joined_word` and `rare_token`, out
/// of line, so that the loop's few live values stay in registers.
#[inline(never)]
fn tokenize_with<const CUES: bool>(
    doc: &str,
    range: Range<usize>,
    out: &mut Vec<Token>,
    found: &mut Found,
) {
    // (absolute offsets: the text up to the range's end, walked from its start)
    let s = &doc[..range.end];
    assert!(
        s.is_char_boundary(range.start),
        "{range:?} in {} bytes",
        doc.len()
    );
    let b = s.as_bytes();
    let mut i = range.start;
    while let Some(&c0) = b.get(i) {
        let class = CLASS[usize::from(c0)];
        if class == WORD {
            let end = i + 1 + ascii_word_run(&b[i + 1..]);
            match b.get(end) {
                Some(&c) if CLASS[usize::from(c)] & (JOIN | HIGH) != 0 => {
                    // a joiner before a space, a mark or the end (", ", "said.") ends the word,
                    // kept only as the final dot of an abbreviation (`word_end_after_run`'s
                    // common case)
                    if CLASS[usize::from(c)] == JOIN
                        && b.get(end + 1)
                            .is_none_or(|&d| CLASS[usize::from(d)] & (SPACE | MARK) != 0)
                    {
                        let end = if c == b'.' && is_abbreviation(&s[i..=end]) {
                            if CUES {
                                found.stops.push(out.len());
                            }
                            end + 1
                        } else {
                            end
                        };
                        push_word::<CUES>(b, i, end, out, found);
                        i = end;
                    } else {
                        i = joined_word::<CUES>(s, i, end, out, found);
                    }
                }
                next => {
                    push_word::<CUES>(b, i, end, out, found);
                    // (most words end at a space: skip it here rather than in the next round)
                    i = end + usize::from(next == Some(&b' '));
                }
            }
        } else if class == SPACE {
            if CUES && matches!(c0, b'\n' | b'\r') {
                found.line_ends.push(out.len());
            }
            i += 1;
        } else if class != HIGH {
            if CUES && matches!(c0, b'.' | b'!' | b'?') {
                found.stops.push(out.len());
            }
            push_mark(out, i);
            i += 1;
        } else {
            i = rare_token::<CUES>(s, i, out, found);
        }
    }
}

/// Pushes the one-byte mark at `i`.
#[inline(always)]
fn push_mark(out: &mut Vec<Token>, i: usize) {
    out.push(Token {
        start: i,
        end: i + 1,
        kind: TokenKind::Punct,
        cap: false,
        cue: 0,
    });
}

/// Pushes the ASCII word `b[start..end]` that no joiner continues, with its cue id and trigger
/// index when `CUES`.
#[inline(always)]
fn push_word<const CUES: bool>(
    b: &[u8],
    start: usize,
    end: usize,
    out: &mut Vec<Token>,
    found: &mut Found,
) {
    // such a word is capitalised if its first letter is upper case (np::is_cap's other case, a
    // particle prefix such as "al-Jaberi", needs a hyphen)
    let cap = b[start].is_ascii_uppercase();
    push_word_cap::<CUES>(b, start, end, cap, out, found);
}

/// `push_word` with its `cap` given.
#[inline(always)]
fn push_word_cap<const CUES: bool>(
    b: &[u8],
    start: usize,
    end: usize,
    cap: bool,
    out: &mut Vec<Token>,
    found: &mut Found,
) {
    // (other callers than `Doc::new` do not need them)
    let (cue, trigger) = if CUES {
        crate::cues::lookup_trigger(&b[start..end])
    } else {
        (0, false)
    };
    if trigger {
        found.triggers.push(out.len());
    }
    out.push(Token {
        start,
        end,
        kind: TokenKind::Word,
        cap,
        cue,
    });
}

/// Pushes the word at `start` whose run of ASCII letters and digits ends at `run_end`, before a
/// joiner or a non-ASCII character; returns where the next token may start.
#[inline(never)]
fn joined_word<const CUES: bool>(
    s: &str,
    start: usize,
    run_end: usize,
    out: &mut Vec<Token>,
    found: &mut Found,
) -> usize {
    let b = s.as_bytes();
    let (end, hyphen) = word_end_after_run(s, start, run_end);
    let cap = match b[start] {
        b'A'..=b'Z' => true,
        // np::is_cap's other case, a particle prefix ("al-Jaberi"), needs a hyphen; the
        // only way a '-' enters a word is as a joiner
        _ if !hyphen => false,
        _ => is_cap_word(&s[start..end]),
    };
    // (an abbreviation's final dot may end a sentence: "in the U.S.")
    if CUES && b[end - 1] == b'.' {
        found.stops.push(out.len());
    }
    push_word_cap::<CUES>(b, start, end, cap, out, found);
    end
}

/// `tokenize_with` for the token at `i`, a non-ASCII character: white space, a mark or the
/// start of a word. Returns where the next token may start.
#[inline(never)]
fn rare_token<const CUES: bool>(
    s: &str,
    i: usize,
    out: &mut Vec<Token>,
    found: &mut Found,
) -> usize {
    let c = s[i..].chars().next().unwrap_or('\0');
    let clen = c.len_utf8();
    if c.is_whitespace() {
        return i + clen;
    }
    if !is_word_char(c) {
        out.push(Token {
            start: i,
            end: i + clen,
            kind: TokenKind::Punct,
            // a lone non-alphanumeric character is never capitalised
            cap: false,
            cue: 0,
        });
        return i + clen;
    }
    let end = word_end(s, i, i + clen).0;
    let cap = is_cap_word(&s[i..end]);
    if CUES && s.as_bytes()[end - 1] == b'.' {
        found.stops.push(out.len());
    }
    push_word_cap::<CUES>(s.as_bytes(), i, end, cap, out, found);
    end
}

/// The length of the run of ASCII letters and digits that `b` starts with: four bytes a round
/// (one bounds check each), then byte by byte.
#[inline(always)]
fn ascii_word_run(b: &[u8]) -> usize {
    let not_word = |c: u8| CLASS[usize::from(c)] != WORD;
    let mut k = 0;
    while let Some(&[c0, c1, c2, c3]) = b.get(k..k + 4) {
        for (d, c) in [c0, c1, c2, c3].into_iter().enumerate() {
            if not_word(c) {
                return k + d;
            }
        }
        k += 4;
    }
    k + b[k..]
        .iter()
        .position(|&c| not_word(c))
        .unwrap_or(b.len() - k)
}

/// The end of the word starting at `start` whose first character ends at `end`, and whether a hyphen joins it. The
/// common case inline: a run of ASCII letters and digits ended by a space or a mark that cannot
/// continue a word (or the end of the text).
#[inline(always)]
fn word_end(s: &str, start: usize, end: usize) -> (usize, bool) {
    let end = end + ascii_word_run(&s.as_bytes()[end..]);
    word_end_after_run(s, start, end)
}

/// `word_end` of the word at `start` whose run of ASCII letters and digits ends at `end`.
#[inline(always)]
fn word_end_after_run(s: &str, start: usize, end: usize) -> (usize, bool) {
    let b = s.as_bytes();
    match b.get(end) {
        Some(&c) if CLASS[usize::from(c)] & (JOIN | HIGH) != 0 => {
            // a joiner before a space, an ASCII mark or the end (", ", "said.") ends the word:
            // it is kept only before a word character, or as the final dot of an abbreviation
            if b.get(end + 1)
                .is_none_or(|&d| CLASS[usize::from(d)] & (SPACE | MARK) != 0)
            {
                match c {
                    b'.' => return (end + usize::from(is_abbreviation(&s[start..=end])), false),
                    b',' | b'-' | b'\'' | b'&' => return (end, false),
                    // (a non-ASCII character)
                    _ => {}
                }
            }
            word_end_joined(s, start, end)
        }
        _ => (end, false),
    }
}

/// `word_end` at a joiner or a non-ASCII character, `end` being just after the last character
/// taken into the word: goes on through joiners followed by a word character, thousands
/// separators, the final dot of an abbreviation and non-ASCII letters and digits.
#[inline(never)]
fn word_end_joined(s: &str, start: usize, mut end: usize) -> (usize, bool) {
    let b = s.as_bytes();
    let n = b.len();
    let mut hyphen = false;
    loop {
        end += ascii_word_run(&b[end..]);
        if end >= n {
            break;
        }
        let j = end;
        let class = CLASS[usize::from(b[j])];
        if class & (SPACE | MARK) != 0 {
            break;
        }
        // the common case first: an ASCII joiner but a comma before an ASCII letter or digit
        // ("don't", "well-known", "3.5"), which the general case below keeps too
        if class == JOIN
            && b[j] != b','
            && b.get(j + 1).is_some_and(|&e| CLASS[usize::from(e)] == WORD)
        {
            end = j + 1;
            hyphen |= b[j] == b'-';
            continue;
        }
        let (d, dlen) = char_at(s, j);
        if is_word_char(d) {
            end = j + dlen;
            continue;
        }
        // a thousands separator: "38,000" is one word
        if d == ',' && b[j - 1].is_ascii_digit() && j + 1 < n && b[j + 1].is_ascii_digit() {
            end = j + 1;
            continue;
        }
        if !is_inner_joiner(d) {
            break;
        }
        // keep the joiner only if a word char follows (or it is the final dot of an
        // abbreviation like U.S. / Gen.)
        let after = j + dlen;
        if after < n && is_word_char(char_at(s, after).0) {
            end = after;
            hyphen |= d == '-';
        } else if d == '.' && is_abbreviation(&s[start..j + 1]) {
            end = j + 1;
            // "U.K.’s": an abbreviation's possessive is part of the word
            if let Some(k) = possessive_after(s, after) {
                end = k;
                break;
            }
            // "U.S.-backed" goes on through the hyphen
            let hyphen_word =
                after + 1 < n && b[after] == b'-' && is_word_char(char_at(s, after + 1).0);
            if !hyphen_word {
                break;
            }
        } else {
            break;
        }
    }
    (end, hyphen)
}

/// The end of a possessive "'s" or "’s" at byte `at` that ends a word (no word character after
/// it): "U.K.’s" takes its possessive after the abbreviation's dot.
fn possessive_after(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let len = if rest.starts_with("'s") {
        2
    } else if rest.starts_with("’s") {
        4
    } else {
        return None;
    };
    let after = at + len;
    (!s[after..].chars().next().is_some_and(is_word_char)).then_some(after)
}

/// `crate::attribution::np::is_cap` for a word token, with an allocation-free fast path for the
/// common ASCII cases: an upper-case ASCII first letter is capitalised; an ASCII word without a
/// hyphen whose first letter is not upper case is not (is_cap's only other case is a particle
/// prefix such as "al-Jaberi", which needs a hyphen).
#[inline]
pub(crate) fn is_cap_word(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b) if b.is_ascii() && !w.as_bytes().contains(&b'-') => false,
        _ => crate::attribution::np::is_cap(w),
    }
}

const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.",
    "Gov.", "Sen.", "Rep.", "Rev.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Jan.",
    "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "vs.", "etc.",
    "Mt.", "Ft.", "approx.", "Pres.", "Amb.", "Hon.", "Messrs.", "Gens.",
];

/// True for a token such as `U.S.`, `Gen.`, `Mr.`, or a single initial `J.`.
pub(crate) fn is_abbreviation(tok: &str) -> bool {
    if !tok.ends_with('.') {
        return false;
    }
    static ABBREVIATION_SET: WordSet = WordSet::new(ABBREVIATIONS);
    let b = tok.as_bytes();
    // (the common case, a word ending a sentence such as "said.": with its first three bytes
    // ASCII and no dot among its second and third, it is neither an initial nor a dotted acronym)
    if let [c0, c1, c2, _, ..] = *b {
        if c0.is_ascii() && c1.is_ascii() && c2.is_ascii() && c1 != b'.' && c2 != b'.' {
            return ABBREVIATION_SET.contains(tok);
        }
    }
    if ABBREVIATION_SET.contains(tok) {
        return true;
    }
    let body = &tok[..tok.len() - 1];
    let mut chars = body.chars();
    match (chars.next(), chars.next(), chars.next()) {
        // single initial: J.
        (Some(c), None, _) => c.is_uppercase(),
        // dotted acronym (U.S., U.K., U.N., e.g.): its first part has one or two characters
        (Some(_), Some(b), Some(c)) if b == '.' || c == '.' => is_dotted_acronym(body),
        _ => false,
    }
}

/// Whether every dot-separated part of `body` has one or two characters.
#[inline(never)]
fn is_dotted_acronym(body: &str) -> bool {
    body.split('.')
        .all(|p| p.chars().count() <= 2 && !p.is_empty())
}

/// Sentence ranges inside one paragraph. A sentence ends at `.`, `!` or `?` (with any closing quote
/// marks or brackets after it) followed by white space and an upper-case letter, digit or opening
/// quote; abbreviations (U.S., Gen., Mr.) and initials do not end one.
/// (`Doc::new` finds the same ones from the paragraph's tokens: `split_sentences`.)
#[cfg(test)]
pub(crate) fn sentences(doc: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &doc[para.clone()];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // every sentence-ending mark
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[i..]) {
        match sentence_end(s, i + k, false) {
            Ok((j, ws)) => {
                out.push(trim_range(doc, para.start + start..para.start + j));
                start = j + ws;
                i = start;
            }
            Err(j) => i = j,
        }
    }
    if start < s.len() {
        let r = trim_range(doc, para.start + start..para.end);
        if r.start < r.end {
            out.push(r);
        }
    }
    out
}

/// Whether the mark `.`, `!` or `?` at byte `i` of paragraph `s` ends a sentence: `Ok((j, ws))`
/// if so, the sentence taking in the closing marks up to `j`, followed by `ws` bytes of white
/// space; else `Err(j)`, where to look for the next mark. `no_abbreviation`: the caller knows
/// that the mark is no abbreviation's dot.
fn sentence_end(s: &str, i: usize, no_abbreviation: bool) -> Result<(usize, usize), usize> {
    let b = s.as_bytes();
    let c = b[i];
    // extend over closing marks
    let mut j = i + 1;
    while j < b.len() {
        let rest = &s[j..];
        let ch = rest.chars().next().unwrap_or(' ');
        if matches!(
            ch,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '.' | '!' | '?' | '…'
        ) {
            j += ch.len_utf8();
        } else {
            break;
        }
    }
    // need whitespace then a sentence opener
    let rest = &s[j..];
    let ws = rest.len() - trim_start(rest).len();
    if ws > 0 {
        let next = rest[ws..].chars().next();
        let opener = next.is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '«' | '(')
        });
        let abbrev = c == b'.'
            && !no_abbreviation
            && (ends_with_abbreviation(&s[..i + 1])
                && !company_suffix_ends(&s[..i + 1], &rest[ws..])
                || country_acronym_modifies(&s[..i + 1], &rest[ws..]));
        if opener && !abbrev {
            return Ok((j, ws));
        }
    }
    Err(j)
}

/// The sentences of paragraph `para`, whose tokens are `tokens[t0..]` (to the slice's end), pushed to `out` with their
/// token ranges and paragraph index `pi`. `stops` holds, in order, the indices of the paragraph's
/// tokens that end with `.`, `!` or `?`: no other byte can end a sentence (such a mark inside a
/// word is followed by a word character), so only they are tried, as `sentences` tries every
/// such mark.
fn split_sentences(
    doc: &str,
    para: Range<usize>,
    tokens: &[Token],
    t0: usize,
    stops: &[usize],
    pi: usize,
    out: &mut Vec<(Range<usize>, Range<usize>, usize)>,
) {
    let s = &doc[para.clone()];
    // (no mark before `i` is tried: closing marks of the last one tried)
    let mut i = 0;
    let mut t = t0;
    for &k in stops {
        let at = tokens[k].end - 1 - para.start;
        if at < i {
            continue;
        }
        match sentence_end(s, at, dot_after_plain_word(doc, para.start, tokens, k)) {
            Ok((j, ws)) => {
                // the sentence's tokens: up to the last one before `j` (its closing marks)
                let end = para.start + j;
                let t_end = k + 1 + tokens[k + 1..].iter().take_while(|x| x.start < end).count();
                // (its text from its first token to its last: white space trimmed)
                out.push((tokens[t].start..tokens[t_end - 1].end, t..t_end, pi));
                t = t_end;
                i = j + ws;
            }
            Err(j) => i = j,
        }
    }
    if t < tokens.len() {
        out.push((tokens[t].start..para.end, t..tokens.len(), pi));
    }
}

/// Whether stop token `k` is a `.` right after an ASCII word that starts the paragraph or
/// follows white space or an opening mark: the tokenizer left the dot out of that word, so the
/// word with it is no abbreviation, and it is the word `ends_with_abbreviation` would look at
/// (`last_word_start`): that test can be skipped.
fn dot_after_plain_word(doc: &str, para_start: usize, tokens: &[Token], k: usize) -> bool {
    let b = doc.as_bytes();
    let (Some(w), dot) = (k.checked_sub(1).map(|j| &tokens[j]), &tokens[k]) else {
        return false;
    };
    dot.kind == TokenKind::Punct
        && b[dot.start] == b'.'
        && w.kind == TokenKind::Word
        && w.end == dot.start
        && w.start >= para_start
        && (w.start == para_start || CLASS[usize::from(b[w.start - 1])] & (SPACE | OPEN) != 0)
        && b[w.start..w.end].is_ascii()
        // (`ends_with_abbreviation`'s own cases)
        && !matches!(&b[w.start..w.end], b"U.S" | b"U.K" | b"U.N" | b"E.U")
}

/// Where the last word of `s` starts: after its last white space or opening mark.
fn last_word_start(s: &str) -> usize {
    let b = s.as_bytes();
    // bytes back to the last ASCII space or mark or non-ASCII byte, characters from there
    match b
        .iter()
        .rposition(|&c| CLASS[usize::from(c)] & (HIGH | SPACE | OPEN) != 0)
    {
        None => 0,
        Some(k) if b[k].is_ascii() => k + 1,
        Some(_) => s
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0),
    }
}

/// "the U.N. Secretary-General's envoy", "the U.S. State Department": a dotted country acronym
/// (`s` ends with it) before a word that names an office, body or title of that country
/// (`next` starts with it) modifies that word, even after "the", where "the U.S." may also end a
/// sentence ("sanctions on the U.S. The ministry said ...").
/// "... by Patna-based Suryodaya Infracon Pvt Ltd. Work began in 2020": a company's suffix
/// ("Inc.", "Ltd.", "Corp.", "Co.", "Plc.") or "etc." at the end of `s` ends the sentence before
/// a capitalised `next`, unless a title follows it ("Acme Inc. Chief Executive Jane Doe").
fn company_suffix_ends(s: &str, next: &str) -> bool {
    if !is_company_suffix(&s[last_word_start(s)..]) {
        return false;
    }
    !matches!(
        first_word(next),
        "CEO"
            | "Chief"
            | "Chairman"
            | "Chairwoman"
            | "President"
            | "Executive"
            | "Founder"
            | "Co-founder"
            | "Director"
            | "Managing"
            | "Spokesman"
            | "Spokeswoman"
            | "Spokesperson"
            | "Vice"
            | "Senior"
            | "Chair"
            // (another suffix of the same name: "Nordic Timber Co. Ltd.")
            | "Ltd"
            | "Ltd."
            | "Inc"
            | "Inc."
            | "LLC"
            | "Limited"
            | "Plc"
            | "PLC"
            | "AG"
            | "SA"
            | "AB"
            | "ASA"
            | "NV"
            | "BV"
            | "GmbH"
    )
}

/// A word of four letters or more in an English plural's form, an "-s" after no other "s"
/// ("officials", "Traders"; not "press", "boss", "bus"): the test of the rules that read a group
/// or a plural subject.
pub(crate) fn is_plural_form(w: &[u8]) -> bool {
    w.len() > 3 && w.ends_with(b"s") && !w.ends_with(b"ss")
}

/// A company's abbreviated suffix with its dot, or "etc.": a word that may end a sentence though
/// it is an abbreviation.
pub(crate) fn is_company_suffix(word: &str) -> bool {
    matches!(word, "Inc." | "Ltd." | "Corp." | "Co." | "Plc." | "etc.")
}

/// The first word of `next`, up to white space or a comma, semicolon or colon.
fn first_word(next: &str) -> &str {
    next.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        .next()
        .unwrap_or("")
}

fn country_acronym_modifies(s: &str, next: &str) -> bool {
    let word = &s[last_word_start(s)..];
    if !matches!(word, "U.S." | "U.K." | "U.N." | "E.U.") {
        return false;
    }
    let w = strip_possessive(first_word(next));
    // "Secretary-General", "Vice-President": the part before a hyphen
    let w = w.split('-').next().unwrap_or(w);
    matches!(
        w,
        "Secretary"
            | "Security"
            | "General"
            | "Ambassador"
            | "Embassy"
            | "Envoy"
            | "Special"
            | "President"
            | "Vice"
            | "State"
            | "Department"
            | "Treasury"
            | "Senate"
            | "Senator"
            | "Congress"
            | "Congressman"
            | "Congresswoman"
            | "Representative"
            | "Army"
            | "Navy"
            | "Air"
            | "Marine"
            | "Marines"
            | "Military"
            | "Forces"
            | "Central"
            | "Trade"
            | "Justice"
            | "Defense"
            | "Defence"
            | "Commerce"
            | "Federal"
            | "Supreme"
            | "Attorney"
            | "Agency"
            | "Human"
            | "High"
            | "Refugee"
            | "Mission"
            | "Peacekeeping"
            | "Commission"
            | "Commissioner"
            | "Council"
            | "Parliament"
            | "Coast"
            | "Food"
            | "Development"
            | "Home"
            | "Foreign"
            | "Prime"
            | "Ministry"
            | "Minister"
            | "Government"
    )
}

fn ends_with_abbreviation(s: &str) -> bool {
    let word_start = last_word_start(s);
    let word = &s[word_start..];
    // "the U.S." ending a sentence is common ("the entire U.S. Officials said"), but so is "U.S.
    // officials": keep acronyms joined only when they are titles or initials; dotted country
    // acronyms may end a sentence
    if matches!(word, "U.S." | "U.K." | "U.N." | "E.U.") {
        // ... but after a bare preposition, conjunction or modifier, which cannot end a
        // sentence, it modifies what follows: "according to U.S. Census Bureau data", "sources of
        // U.S. Steel", "since U.S. President Donald Trump threatened" (the seed article, whose
        // report was cut there), "former U.S. President" ("to the U.S." may still end one)
        let before = s[..word_start].trim_end();
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        // (lower-cased: "Since U.S. President ..." opens a sentence)
        let mut buf = [0u8; 12];
        let prev = match prev.as_bytes() {
            b if b.len() <= buf.len() && b.is_ascii() => {
                buf[..b.len()].copy_from_slice(b);
                buf[..b.len()].make_ascii_lowercase();
                std::str::from_utf8(&buf[..b.len()]).unwrap_or("")
            }
            _ => return false,
        };
        return matches!(
            prev,
            "to" | "of"
                | "from"
                | "by"
                | "at"
                | "in"
                | "with"
                | "for"
                | "and"
                | "on"
                | "said"
                | "says"
                | "told"
                | "since"
                | "as"
                | "than"
                | "against"
                | "between"
                | "among"
                | "about"
                | "over"
                | "into"
                | "toward"
                | "towards"
                | "via"
                | "including"
                | "under"
                | "across"
                | "amid"
                | "after"
                | "before"
                | "while"
                | "when"
                | "if"
                | "because"
                | "whether"
                | "that"
                | "or"
                | "but"
                | "without"
                | "within"
                | "despite"
                | "top"
                | "senior"
                | "former"
                | "then"
        );
    }
    is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut t = Vec::new();
        tokenize(s, 0..s.len(), &mut t);
        t.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_joiners() {
        assert_eq!(
            words("U.S.-backed Seo-yeon said Russia’s plan, Gen. Smith."),
            vec![
                "U.S.-backed",
                "Seo-yeon",
                "said",
                "Russia’s",
                "plan",
                ",",
                "Gen.",
                "Smith",
                "."
            ]
        );
    }

    /// The sentences of `s` taken as one paragraph, as text.
    fn sentence_texts(s: &str) -> Vec<&str> {
        sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn sentences_skip_titles_and_initials() {
        let s = "Gen. Mark Milley spoke to J. Smith on Monday. He said no. “Yes,” she said.";
        assert_eq!(
            sentence_texts(s),
            vec![
                "Gen. Mark Milley spoke to J. Smith on Monday.",
                "He said no.",
                "“Yes,” she said."
            ]
        );
    }

    #[test]
    fn dotted_country_acronym_ends_a_sentence_unless_a_preposition_precedes() {
        let s = "Relations strengthened since U.S. President Donald Trump threatened to leave. \
                 He has strained ties with the U.S. Officials said so. Data from U.S. Census \
                 Bureau staff came later. Storms battered the entire U.S. Officials said so. \
                 Since U.S. forces left, little has changed.";
        assert_eq!(
            sentence_texts(s),
            vec![
                "Relations strengthened since U.S. President Donald Trump threatened to leave.",
                "He has strained ties with the U.S.",
                "Officials said so.",
                "Data from U.S. Census Bureau staff came later.",
                "Storms battered the entire U.S.",
                "Officials said so.",
                "Since U.S. forces left, little has changed."
            ]
        );
    }

    #[test]
    fn dotted_country_acronym_before_an_office_stays_in_the_sentence() {
        // tests/dev3/b_conflict_batken_border: the subject was cut at "the U.N."
        let s = "Katarina Lindqvist, the U.N. Secretary-General's special representative, urged \
                 restraint. It was echoed by the U.S. State Department on Friday. Sanctions hit \
                 the U.S. The ministry said so.";
        assert_eq!(
            sentence_texts(s),
            vec![
                "Katarina Lindqvist, the U.N. Secretary-General's special representative, urged restraint.",
                "It was echoed by the U.S. State Department on Friday.",
                "Sanctions hit the U.S.",
                "The ministry said so."
            ]
        );
    }

    #[test]
    fn cap_flag_is_np_is_cap() {
        let s = "al-Jaberi Al-Qaeda al-qaeda el-Sisi x-Ray Éric élan U.S. 3rd well-known ibn-Saud \
                 Über über ‘Quote’ 38,000 O'Brien de Gaulle";
        let mut t = Vec::new();
        tokenize(s, 0..s.len(), &mut t);
        for tok in &t {
            let w = tok.text(s);
            assert_eq!(tok.cap, crate::attribution::np::is_cap(w), "{w}");
        }
    }

    /// The tokenizer as first written (char by char, before the byte-class fast
    /// paths): the reference the optimised one must equal.
    fn reference_tokenize(s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut i = 0;
        let n = s.len();
        while i < n {
            let c = s[i..].chars().next().unwrap();
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                let end = i + c.len_utf8();
                out.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Punct,
                    cap: crate::attribution::np::is_cap(&s[i..end]),
                    cue: 0,
                });
                i = end;
                continue;
            }
            let mut end = i + c.len_utf8();
            while end < n {
                let d = s[end..].chars().next().unwrap();
                if is_word_char(d) {
                    end += d.len_utf8();
                    continue;
                }
                let b = s.as_bytes();
                if d == ','
                    && b[end - 1].is_ascii_digit()
                    && b.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    end += 1;
                    continue;
                }
                if !is_inner_joiner(d) {
                    break;
                }
                let after = end + d.len_utf8();
                let next = s[after..].chars().next();
                if next.is_some_and(is_word_char) {
                    end = after;
                } else if d == '.' && is_abbreviation(&s[i..end + 1]) {
                    end += 1;
                    if let Some(k) = possessive_after(s, after) {
                        end = k;
                        break;
                    }
                    let hyphen_word = s[after..].starts_with('-')
                        && s[after + 1..].chars().next().is_some_and(is_word_char);
                    if !hyphen_word {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token {
                start: i,
                end,
                kind: TokenKind::Word,
                cap: crate::attribution::np::is_cap(&s[i..end]),
                cue: crate::cues::lookup_id(&s.as_bytes()[i..end]),
            });
            i = end;
        }
        out
    }

    fn assert_tokens_match_reference(s: &str) {
        let mut got = Vec::new();
        tokenize_with::<true>(s, 0..s.len(), &mut got, &mut Found::default());
        assert_eq!(got, reference_tokenize(s), "{s:?}");
    }

    #[test]
    fn tokens_equal_reference_on_corpora() {
        for text in [
            include_str!("../benches/data/seed_article.txt"),
            include_str!("../benches/data/wikinews_corpus.txt"),
        ] {
            for p in paragraphs(text) {
                assert_tokens_match_reference(&text[p]);
            }
        }
        for s in [
            "38,000 3,5 a,b U.S.-backed U.S. e.g. J. Gen. al-Jaberi O'Brien Russia’s ‘x’ a--b",
            "Müller-Lüdenscheid café, naïve 1.5% x&y A&-B  end-",
            "word. word.. .x x. X.Y.Z. ab.cd.ef. x.-y U.S.-",
            "the U.K.’s agency, the U.S.'s army, U.S.'so U.S.’",
            "tab\tand\u{a0}nbsp\u{2009}thin 12345678901234567890 ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ] {
            assert_tokens_match_reference(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_equal_reference(s in "([a-zA-Z0-9]{0,10}|[ ,.\\-'&’‘‐‑é\u{a0}\u{2009}ÉΩ日(\"!?]){0,40}") {
            assert_tokens_match_reference(&s);
        }
    }

    proptest::proptest! {
        #[test]
        fn trims_equal_str_trims(s in "[ \t\n\u{b}\u{a0}\u{2009}\u{3000}a.é(\"“‘]{0,12}") {
            let r = trim_range(&s, 0..s.len());
            let lead = s.len() - s.trim_start().len();
            let want = if lead == s.len() { 0..0 } else { lead..s.len() - (s.len() - s.trim_end().len()) };
            proptest::prop_assert_eq!(r, want);
            let char_based = s
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0);
            proptest::prop_assert_eq!(last_word_start(&s), char_based);
        }

        #[test]
        fn abbreviations_as_first_written(tok in "(Mr|Gen|etc|[A-Za-zÉé]{0,2}|[.A-Zé]{0,5})\\.?") {
            let first_written = tok.ends_with('.') && {
                let body = &tok[..tok.len() - 1];
                let mut chars = body.chars();
                ABBREVIATIONS.contains(&tok.as_str())
                    || match (chars.next(), chars.next()) {
                        (Some(c), None) => c.is_uppercase(),
                        _ => body.contains('.') && is_dotted_acronym(body),
                    }
            };
            proptest::prop_assert_eq!(is_abbreviation(&tok), first_written, "{}", tok);
        }
    }

    #[test]
    fn triggers_are_cues_according_and_reports() {
        let extra = "According ACCORDING aCCORDING accordinG according Reports reports reported \
                     Reported REPORTED said Said";
        for text in [
            include_str!("../benches/data/seed_article.txt"),
            include_str!("../benches/data/wikinews_corpus.txt"),
            extra,
        ] {
            let doc = Doc::new(text);
            let want: Vec<usize> = (0..doc.tokens.len())
                .filter(|&i| {
                    let w = doc.tok_bytes(i);
                    doc.tokens[i].cue != 0
                        || w.eq_ignore_ascii_case(b"according")
                        || matches!(w, b"reports" | b"reported")
                })
                .collect();
            assert_eq!(doc.triggers, want);
            for (i, t) in doc.tokens.iter().enumerate() {
                // ("state" as a noun is no cue: `drop_noun_cues`)
                if t.cue == 0 && matches!(doc.tok(i), "state" | "states") {
                    continue;
                }
                // ("shot back": a phrasal cue, `add_phrasal_cues`)
                if doc.tok(i) == "back" {
                    continue;
                }
                assert_eq!(t.cue, crate::cues::lookup_id(doc.tok_bytes(i)));
                assert_eq!(t.cue != 0, crate::cues::lookup(doc.tok(i)).is_some());
            }
        }
        let doc = Doc::new(extra);
        assert_eq!(doc.triggers.len(), 8);
        assert!(crate::cues::lookup("according").is_none());
        assert!(crate::cues::lookup("reports").is_none());
    }

    /// `Doc::new(text)` against paragraphs, sentences and tokens found one at a time.
    fn assert_doc_matches_reference(text: &str) {
        let doc = Doc::new(text);
        let mut want = Vec::new();
        let mut tokens = Vec::new();
        let mut triggers = Vec::new();
        for (pi, p) in paragraphs(text).into_iter().enumerate() {
            for r in sentences(text, p) {
                let t = tokens.len();
                let mut found = Found::default();
                tokenize_with::<true>(text, r.clone(), &mut tokens, &mut found);
                triggers.extend(found.triggers);
                want.push((r, t..tokens.len(), pi));
            }
        }
        drop_noun_cues(text, &mut tokens, &mut triggers);
        add_phrasal_cues(text, &mut tokens, &mut triggers);
        assert_eq!(doc.sents, want, "{text:?}");
        assert_eq!(doc.tokens, tokens, "{text:?}");
        assert_eq!(doc.triggers, triggers, "{text:?}");
        assert_eq!(doc.paras, paragraphs(text), "{text:?}");
        let para_tokens: Vec<_> = doc
            .paras
            .iter()
            .map(|p| doc.token_at(p.start)..doc.token_at(p.end))
            .collect();
        assert_eq!(doc.para_tokens, para_tokens, "{text:?}");
    }

    #[test]
    fn doc_sentences_and_tokens_as_split_one_sentence_at_a_time() {
        let extra = "He said so. “Yes!” she said?! The U.S. Army left. It rained in the U.S. \
                     Then (U.S.) troops left. Mr. Smith et al. left... So did J. Doe. x.’y 3.5. \
                     Éric É. Dupont spoke.\u{a0}Then he left. «Non.» Fin\r\n\r\n \n\u{a0}\rEnd.";
        for text in [
            include_str!("../benches/data/seed_article.txt"),
            include_str!("../benches/data/wikinews_corpus.txt"),
            extra,
            "",
            " \n ",
        ] {
            assert_doc_matches_reference(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn doc_matches_reference(s in "([a-zA-Z]{0,6}|U\\.S\\.|Mr\\.|[ \n\r.!?\"”’'()\u{a0}«»…,3É-]){0,40}") {
            assert_doc_matches_reference(&s);
        }
    }

    #[test]
    fn general_punctuation_has_no_word_char() {
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn paragraphs_handle_crlf_and_cr() {
        let s = "One.\r\n\r\nTwo.\rThree.\n";
        let got: Vec<&str> = paragraphs(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(got, vec!["One.", "Two.", "Three."]);
    }
}

/// A verb that is no cue alone but makes one with "back": "shot back", "fired back", "hit back",
/// "snapped back" (`add_phrasal_cues`; `attribution::np::np_before` finds the subject past it).
pub(crate) fn is_phrasal_cue_verb(w: &str) -> bool {
    matches!(
        w,
        "shot" | "fired" | "hit" | "snapped" | "bit" | "shoots" | "fires" | "hits"
    )
}

/// "“…,” Brecken shot back", "hit back after the defeat: “…”": a verb of
/// `is_phrasal_cue_verb` and "back" make a cue, carried by the "back" token, when a quote
/// closes right before or a retort's clause, colon or quote follows. Read as "snapped" (no
/// clause of its own), or as "retorted" before "that". Sets the cue of the "back" token and adds
/// it to `triggers` (found by a byte search for "back": most texts have few).
fn add_phrasal_cues(text: &str, tokens: &mut [Token], triggers: &mut Vec<usize>) {
    let mut added = false;
    for at in memchr::memmem::find_iter(text.as_bytes(), b"back") {
        let t = tokens.partition_point(|k| k.start < at);
        if t == 0 || t >= tokens.len() || tokens[t].start != at || tokens[t].end != at + 4 {
            continue;
        }
        let v = t - 1;
        // (the verb first: most "back" tokens follow none)
        if tokens[v].cue != 0 || tokens[v].end >= at || !is_phrasal_cue_verb(tokens[v].text(text)) {
            continue;
        }
        // (a retort: right after a quote's closing mark, "“Prove it,” shot back challenger
        // Priya Nair", or before a clause's end, "that" or "at": not "hit back a thunderous
        // return", "Arsenal hit back through Saka", "Prices fired back up")
        let after_quote = v > 0 && matches!(tokens[v - 1].text(text), "”" | "\"" | "’" | "'" | "»");
        let word = |k: usize| tokens.get(k).map_or("", |n| n.text(text));
        // (a mark that opens a quote or a clause's end, right after "back")
        let ends = |w: &str| {
            matches!(
                w,
                "," | "."
                    | ":"
                    | ";"
                    | "“"
                    | "\""
                    | "‘"
                    | "«"
                    | "—"
                    | "–"
                    | "that"
                    | "at"
                    | "against"
            )
        };
        // (or, within the next ten words and before a full stop, a colon, an opening mark or a
        // participle's cue after a comma: "hit back hard on Monday, telling reporters",
        // "hit back after the defeat: “…”", "fired back in a statement, saying"; not after an
        // object or a direction: "hit back a thunderous return", "fired back up")
        let object = matches!(
            word(t + 1),
            "a" | "an" | "the" | "up" | "down" | "through" | "into" | "from"
        ) || word(t + 1).starts_with(|c: char| c.is_ascii_digit());
        let soon = (t + 1..(t + 11).min(tokens.len()))
            .take_while(|&k| !matches!(word(k), "." | "?" | "!"))
            .any(|k| {
                matches!(word(k), ":" | "“" | "\"" | "«")
                    || word(k) == ","
                        && crate::cues::lookup(word(k + 1)).is_some_and(|c| c.participle)
            });
        let retort_follows = t + 1 >= tokens.len()
            || ends(word(t + 1))
            // ("the coach shot back when asked about ...")
            || word(t + 1) == "when" && word(t + 2) == "asked"
            || soon && !object;
        if after_quote || retort_follows {
            // (as "snapped", which reports no clause of its own, unless "that" follows: "hit
            // back hard on Monday, saying ..." is no report of "hard on Monday")
            tokens[t].cue = if word(t + 1) == "that" {
                crate::cues::lookup_id(b"retorted")
            } else {
                crate::cues::lookup_id(b"snapped")
            };
            triggers.push(t);
            added = true;
        }
    }
    if added {
        triggers.sort_unstable();
    }
}

/// "according to the state news agency Kabar", "a state visit": "state" is no verb there. Clears
/// the cue of such tokens and drops them from `triggers` (a look at the few "state" tokens only).
fn drop_noun_cues(text: &str, tokens: &mut [Token], triggers: &mut Vec<usize>) {
    let nouns: Vec<usize> = triggers
        .iter()
        .copied()
        .filter(|&t| state_as_noun(text, tokens, t))
        .collect();
    if !nouns.is_empty() {
        for &t in &nouns {
            tokens[t].cue = 0;
        }
        triggers.retain(|t| !nouns.contains(t));
    }
}

/// True if token `t`, a cue form of "state", is the noun or adjective: after a determiner or
/// possessive ("the state", "its state") or before a word it modifies ("state media", "state
/// visit", "state of emergency").
fn state_as_noun(text: &str, tokens: &[Token], t: usize) -> bool {
    // (a trigger spelt so is a cue form of "state")
    if !matches!(tokens[t].text(text), "state" | "states") {
        return false;
    }
    let prev = t.checked_sub(1).map_or("", |p| tokens[p].text(text));
    let next = tokens.get(t + 1).map_or("", |n| n.text(text));
    matches!(
        &*crate::quotes::lower(prev),
        "the"
            | "a"
            | "an"
            | "of"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
            | "every"
            | "each"
            | "any"
            | "member"
            | "nation"
            | "one"
            | "sovereign"
            | "failed"
            | "rogue"
            | "client"
            | "home"
            | "swing"
            | "deep"
            | "police"
            | "welfare"
            | "federal"
    ) || matches!(
        next,
        "media"
            | "television"
            | "TV"
            | "news"
            | "broadcaster"
            | "radio"
            | "agency"
            | "department"
            | "visit"
            | "funeral"
            | "dinner"
            | "banquet"
            | "level"
            | "law"
            | "laws"
            | "legislature"
            | "lawmakers"
            | "senator"
            | "capital"
            | "governor"
            | "officials"
            | "prosecutors"
            | "budget"
            | "run"
            | "owned"
            | "controlled"
            | "secretary"
            | "enterprise"
            | "enterprises"
            | "companies"
            | "company"
            | "of"
            | "security"
            | "authorities"
            | "control"
            | "power"
            | "broadcasters"
            | "prosecutor"
            | "election"
            | "elections"
            | "oil"
            | "bank"
            | "banks"
            | "pension"
            | "funding"
            | "aid"
            | "sovereignty"
    )
}

/// A document split once into paragraphs, sentences and tokens; shared by the later stages.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub paras: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
    /// Token index range of each paragraph.
    pub para_tokens: Vec<Range<usize>>,
    /// Byte range, token index range and paragraph index of each sentence.
    pub sents: Vec<(Range<usize>, Range<usize>, usize)>,
    /// Indices, in order, of the tokens `quotes::indirect` acts on: cue verbs, "according" (any
    /// case), "reports" and "reported" (`cues::lookup_trigger`).
    pub triggers: Vec<usize>,
    /// Whole-text facts about words, found once per word by a text search and kept for the
    /// document's other questions about the same word (`attribution::np::common_plural_opener`
    /// asks them for every sentence-opening plural: once per quote would be quadratic in a long
    /// document).
    pub word_facts: std::sync::Mutex<FxMap<Box<[u8]>, u8>>,
}

/// The vectors of a dropped `Doc` (and `Doc::new`'s own), kept for the next `Doc::new` on the
/// same thread: allocating and freeing them anew for each document costs more than filling them.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    paras: Vec<Range<usize>>,
    para_tokens: Vec<Range<usize>>,
    sents: Vec<(Range<usize>, Range<usize>, usize)>,
    found: Found,
}

thread_local! {
    static SPARE: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
}

/// Spare token vectors above this capacity are freed rather than kept (a thread keeps no more
/// than one document's worth; this bounds it).
const SPARE_TOKENS_MAX: usize = 1 << 16;

/// `v` cleared, with room for `n` items (how spare per-document buffers are handed out again).
pub(crate) fn emptied<T>(mut v: Vec<T>, n: usize) -> Vec<T> {
    v.clear();
    v.reserve(n);
    v
}

impl Drop for Doc<'_> {
    fn drop(&mut self) {
        if self.tokens.capacity() > SPARE_TOKENS_MAX {
            return;
        }
        // (`try_with`: a `Doc` dropped while the thread's locals are torn down is just freed)
        let Ok(spare) = SPARE.try_with(std::cell::Cell::take) else {
            return;
        };
        let spare = spare.unwrap_or_default();
        let b = Buffers {
            tokens: std::mem::take(&mut self.tokens),
            paras: std::mem::take(&mut self.paras),
            para_tokens: std::mem::take(&mut self.para_tokens),
            sents: std::mem::take(&mut self.sents),
            found: Found {
                triggers: std::mem::take(&mut self.triggers),
                ..spare.found
            },
        };
        let _ = SPARE.try_with(|s| s.set(Some(b)));
    }
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let b = SPARE
            .try_with(std::cell::Cell::take)
            .ok()
            .flatten()
            .unwrap_or_default();
        // (about one token per 5 bytes of news text: no growth)
        let mut tokens = emptied(b.tokens, text.len() / 4 + 16);
        let mut found = Found {
            triggers: emptied(b.found.triggers, text.len() / 256 + 4),
            stops: emptied(b.found.stops, text.len() / 64 + 4),
            line_ends: emptied(b.found.line_ends, text.len() / 128 + 4),
        };
        // the whole text at once: paragraphs (lines) and sentences are separated by white space,
        // which no token spans or looks past, so the text's tokens are theirs
        tokenize_with::<true>(text, 0..text.len(), &mut tokens, &mut found);
        drop_noun_cues(text, &mut tokens, &mut found.triggers);
        add_phrasal_cues(text, &mut tokens, &mut found.triggers);
        found.line_ends.push(tokens.len());
        let mut paras = emptied(b.paras, text.len() / 256 + 4);
        let mut para_tokens = emptied(b.para_tokens, text.len() / 256 + 4);
        let mut sents = emptied(b.sents, text.len() / 100 + 1);
        let mut stops = &found.stops[..];
        let mut t0 = 0;
        for &t1 in &found.line_ends {
            // (a line without tokens is blank)
            if t1 == t0 {
                continue;
            }
            // a paragraph: a line without its leading and trailing white space
            let p = tokens[t0].start..tokens[t1 - 1].end;
            let n = stops.iter().take_while(|&&k| k < t1).count();
            split_sentences(
                text,
                p.clone(),
                &tokens[..t1],
                t0,
                &stops[..n],
                paras.len(),
                &mut sents,
            );
            stops = &stops[n..];
            paras.push(p);
            para_tokens.push(t0..t1);
            t0 = t1;
        }
        // (the scratch vectors wait for the next document, unless a huge one made them huge)
        if tokens.len() <= SPARE_TOKENS_MAX {
            let _ = SPARE.try_with(|s| {
                s.set(Some(Buffers {
                    found: Found {
                        triggers: Vec::new(),
                        stops: std::mem::take(&mut found.stops),
                        line_ends: std::mem::take(&mut found.line_ends),
                    },
                    ..Buffers::default()
                }))
            });
        }
        Doc {
            text,
            paras,
            tokens,
            para_tokens,
            sents,
            triggers: found.triggers,
            word_facts: Default::default(),
        }
    }

    /// The end of the document's headline: its first paragraph, when more follow and it ends
    /// with no full stop, question or exclamation mark; 0 when it has none.
    pub fn headline_end(&self) -> usize {
        if self.paras.len() < 2 {
            return 0;
        }
        let title = self.text[self.paras[0].clone()].trim_end();
        if title.ends_with(['.', '!', '?']) || title.len() > 300 {
            return 0;
        }
        self.paras[0].end
    }

    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// The bytes of token `i`: for comparisons, cheaper than `tok` (no char-boundary checks).
    #[inline]
    pub fn tok_bytes(&self, i: usize) -> &'a [u8] {
        let t = &self.tokens[i];
        &self.text.as_bytes()[t.start..t.end]
    }

    /// `self.tok(i) == w`, by bytes.
    #[inline]
    pub fn tok_is(&self, i: usize, w: &[u8]) -> bool {
        self.tok_bytes(i) == w
    }

    /// `np::is_cap(self.tok(i))`, precomputed.
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.tokens[i].cap
    }

    /// `cues::lookup(self.tok(i))`, precomputed.
    #[inline]
    pub fn cue(&self, i: usize) -> Option<crate::cues::CueInfo> {
        crate::cues::info(self.tokens[i].cue)
    }

    /// Index of the first token starting at or after `byte`.
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// Index of the sentence containing `byte` (or the last one before it).
    pub fn sentence_of(&self, byte: usize) -> usize {
        self.sents
            .partition_point(|s| s.0.start <= byte)
            .saturating_sub(1)
    }

    /// Index of the paragraph containing `byte`.
    pub fn para_of(&self, byte: usize) -> usize {
        self.paras
            .partition_point(|p| p.start <= byte)
            .saturating_sub(1)
    }
}

/// A small, fast (non-cryptographic) hasher for word keys: FxHash's multiply-rotate scheme.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = std::collections::HashSet<K, FxBuild>;

/// A constant word list as a set, a [`WordMap`] built on the first look-up.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// More words, from a second list kept apart for its own use.
    more: &'static [&'static str],
    map: std::sync::OnceLock<WordMap<()>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self::joined(words, &[])
    }

    /// The words of two lists.
    pub(crate) const fn joined(
        words: &'static [&'static str],
        more: &'static [&'static str],
    ) -> Self {
        WordSet {
            words,
            more,
            map: std::sync::OnceLock::new(),
        }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.map
            .get_or_init(|| {
                let all = self.words.iter().chain(self.more);
                WordMap::from_pairs(all.map(|&w| (w, ())).collect())
            })
            .contains(w)
    }
}

/// A map from constant words: open addressing on the word's bytes packed in an integer (the
/// whole word for up to 8 bytes), so that a look-up is one multiplication and, in most cases,
/// one integer compare, with no string hashing and no `memcmp` for short words.
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// A power of two of slots; an empty one has `len` 0 (no key is empty).
    slots: Vec<WordSlot<V>>,
    /// 64 - log2 of the number of slots.
    shift: u32,
    /// Per first byte, a bit per key length (`len_bit`): most words that are no key fail this
    /// test and are never hashed.
    first_len: Box<[u32; 256]>,
}

/// The bit of a word length in `WordMap::first_len` (lengths from 31 on share one).
#[inline(always)]
fn len_bit(len: usize) -> u32 {
    1 << len.min(31)
}

#[derive(Debug, Clone)]
struct WordSlot<V> {
    packed: u64,
    len: usize,
    key: &'static str,
    value: Option<V>,
}

/// The bytes of `b` in an integer: all of them for up to 8 bytes (two overlapping loads for 2 to
/// 8; with the length, the word), else its first 8.
#[inline]
pub(crate) const fn pack_word(b: &[u8]) -> u64 {
    // (`first_chunk`/`last_chunk`: one load each; `const` for `cues`' compile-time table)
    if let Some(w) = b.first_chunk::<8>() {
        u64::from_le_bytes(*w)
    } else if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u32::from_le_bytes(*lo) as u64 | (u32::from_le_bytes(*hi) as u64) << 32
    } else if let (Some(lo), Some(hi)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        u16::from_le_bytes(*lo) as u64 | (u16::from_le_bytes(*hi) as u64) << 16
    } else if let [c] = b {
        *c as u64
    } else {
        0
    }
}

impl<V: Clone> WordMap<V> {
    pub(crate) fn new(map: FxMap<&'static str, V>) -> Self {
        // (in a fixed order: the keys' order decides nothing but the probe lengths)
        let mut keys: Vec<_> = map.into_iter().collect();
        keys.sort_unstable_by_key(|(k, _)| *k);
        Self::from_pairs(keys)
    }

    /// The map of `pairs`, inserted in their order; of equal keys, the first is kept. Cheaper
    /// than [`WordMap::new`] for a word list: no hash map is built first.
    pub(crate) fn from_pairs(pairs: Vec<(&'static str, V)>) -> Self {
        // at most a quarter of the slots used: a miss mostly ends at the first probe
        let bits = (pairs.len() * 4)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let empty = WordSlot {
            packed: 0,
            len: 0,
            key: "",
            value: None,
        };
        let mut slots = vec![empty; 1 << bits];
        let shift = 64 - bits;
        let mut first_len = Box::new([0; 256]);
        'pairs: for (key, value) in pairs {
            assert!(!key.is_empty(), "no empty key");
            first_len[usize::from(key.as_bytes()[0])] |= len_bit(key.len());
            let packed = pack_word(key.as_bytes());
            let mut h = Self::slot_of(packed, key.len(), shift);
            while slots[h].len != 0 {
                if slots[h].key == key {
                    continue 'pairs;
                }
                h = (h + 1) & (slots.len() - 1);
            }
            slots[h] = WordSlot {
                packed,
                len: key.len(),
                key,
                value: Some(value),
            };
        }
        WordMap {
            slots,
            shift,
            first_len,
        }
    }
}

impl<V> WordMap<V> {
    #[inline]
    pub(crate) const fn slot_of(packed: u64, len: usize, shift: u32) -> usize {
        // (Fibonacci hashing: the high bits of the product)
        ((packed ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift)
            as usize
    }

    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        let b = w.as_bytes();
        let &c = b.first()?;
        if self.first_len[usize::from(c)] & len_bit(b.len()) == 0 {
            return None;
        }
        let packed = pack_word(b);
        let h = Self::slot_of(packed, b.len(), self.shift);
        // the first probe inline: it decides most look-ups (a short key, or an empty slot)
        let slot = &self.slots[h];
        if slot.len == 0 {
            return None;
        }
        if slot.packed == packed && slot.len == b.len() && b.len() <= 8 {
            return slot.value.as_ref();
        }
        self.probe(b, packed, h)
    }

    /// `get` from slot `h` on.
    #[inline(never)]
    fn probe(&self, b: &[u8], packed: u64, mut h: usize) -> Option<&V> {
        let mask = self.slots.len() - 1;
        loop {
            let slot = &self.slots[h];
            if slot.len == 0 {
                return None;
            }
            // (a word of up to 8 bytes is its packed bytes and length)
            if slot.packed == packed
                && slot.len == b.len()
                && (b.len() <= 8 || slot.key.as_bytes()[8..] == b[8..])
            {
                return slot.value.as_ref();
            }
            h = (h + 1) & mask;
        }
    }

    /// True if `w` is a key.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

/// "Russia’s" -> "Russia": a word without its possessive ending.
pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}
