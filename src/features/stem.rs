//! The English (Porter2) Snowball stemmer of `rust-stemmers`, written out over ASCII bytes.
//!
//! `rust-stemmers` interprets the Snowball program generically (binary searches over suffix
//! tables, a new `String` for every edit): about 3,600 instructions per word, most of the cost of
//! a thread's first pass over news vocabulary. This is the same algorithm
//! (`algorithms/english.sbl` of rust-stemmers 1.2, step for step) on a byte buffer, for words of
//! lower-case ASCII; anything else goes to `rust-stemmers`. The tests check that both give the same
//! stem for the words of the corpora and lexicons and for generated words that hit every branch.

use rust_stemmers::{Algorithm, Stemmer};

/// Longer words go to `rust-stemmers` (none in news text; the buffer stays on the stack).
const MAX_LEN: usize = 64;

/// `rust-stemmers`' English stemmer with a fast path for lower-case ASCII words.
pub(crate) struct EnglishStemmer {
    fallback: Stemmer,
}

impl EnglishStemmer {
    pub(crate) fn new() -> Self {
        EnglishStemmer {
            fallback: Stemmer::create(Algorithm::English),
        }
    }

    /// Appends the stem of `word` to `out`.
    pub(crate) fn stem_into(&self, word: &str, out: &mut String) {
        let b = word.as_bytes();
        // 'Y' is the stemmer's own marker of a consonant y: such words take the slow path too
        if b.len() <= MAX_LEN && b.iter().all(|&c| c.is_ascii() && c != b'Y') {
            let mut w = Word {
                b: [0; MAX_LEN],
                len: b.len(),
            };
            w.b[..b.len()].copy_from_slice(b);
            w.stem();
            // ASCII in, ASCII out
            out.push_str(std::str::from_utf8(w.bytes()).expect("ASCII"));
        } else {
            out.push_str(&self.fallback.stem(word));
        }
    }
}

/// aeiouy (the grouping `v`).
#[inline]
fn is_v(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The grouping `v_WXY`: `v`, w, x and the consonant-y marker Y.
#[inline]
fn is_v_wxy(c: u8) -> bool {
    is_v(c) || matches!(c, b'w' | b'x' | b'Y')
}

/// The grouping `valid_LI`: the letters before which "li" is an ending.
#[inline]
fn is_valid_li(c: u8) -> bool {
    matches!(
        c,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// The word being stemmed: `b[..len]`.
struct Word {
    b: [u8; MAX_LEN],
    len: usize,
}

// The among actions of steps 2 and 3 (what replaces the ending; see the tables).
enum Act {
    To(&'static [u8]),
    /// "ogi" -> "og" after an 'l'.
    Ogi,
    /// "li" deleted after a `valid_LI` letter.
    Li,
    /// "ative" deleted in R2.
    AtiveR2,
    /// "ion" deleted after 's' or 't'.
    Ion,
}

/// Step 2's endings, longest first (the longest matching ending is the one taken).
const STEP2: [(&[u8], Act); 24] = [
    (b"ational", Act::To(b"ate")),
    (b"ization", Act::To(b"ize")),
    (b"iveness", Act::To(b"ive")),
    (b"fulness", Act::To(b"ful")),
    (b"ousness", Act::To(b"ous")),
    (b"tional", Act::To(b"tion")),
    (b"biliti", Act::To(b"ble")),
    (b"lessli", Act::To(b"less")),
    (b"entli", Act::To(b"ent")),
    (b"ation", Act::To(b"ate")),
    (b"alism", Act::To(b"al")),
    (b"aliti", Act::To(b"al")),
    (b"ousli", Act::To(b"ous")),
    (b"iviti", Act::To(b"ive")),
    (b"fulli", Act::To(b"ful")),
    (b"enci", Act::To(b"ence")),
    (b"anci", Act::To(b"ance")),
    (b"abli", Act::To(b"able")),
    (b"izer", Act::To(b"ize")),
    (b"ator", Act::To(b"ate")),
    (b"alli", Act::To(b"al")),
    (b"bli", Act::To(b"ble")),
    (b"ogi", Act::Ogi),
    (b"li", Act::Li),
];

/// Step 3's endings, longest first.
const STEP3: [(&[u8], Act); 9] = [
    (b"ational", Act::To(b"ate")),
    (b"tional", Act::To(b"tion")),
    (b"alize", Act::To(b"al")),
    (b"icate", Act::To(b"ic")),
    (b"iciti", Act::To(b"ic")),
    (b"ative", Act::AtiveR2),
    (b"ical", Act::To(b"ic")),
    (b"ness", Act::To(b"")),
    (b"ful", Act::To(b"")),
];

/// Step 4's endings, longest first.
const STEP4: [(&[u8], Act); 18] = [
    (b"ement", Act::To(b"")),
    (b"ance", Act::To(b"")),
    (b"ence", Act::To(b"")),
    (b"able", Act::To(b"")),
    (b"ible", Act::To(b"")),
    (b"ment", Act::To(b"")),
    (b"ate", Act::To(b"")),
    (b"ive", Act::To(b"")),
    (b"ize", Act::To(b"")),
    (b"iti", Act::To(b"")),
    (b"ism", Act::To(b"")),
    (b"ion", Act::Ion),
    (b"ous", Act::To(b"")),
    (b"ant", Act::To(b"")),
    (b"ent", Act::To(b"")),
    (b"ic", Act::To(b"")),
    (b"al", Act::To(b"")),
    (b"er", Act::To(b"")),
];

/// Which endings of a table (bit `i`: entry `i`) have a given last byte, and a given byte before
/// it (all endings have two bytes or more).
struct Endings {
    last: [u32; 256],
    second: [u32; 256],
}

const fn endings(table: &[(&[u8], Act)]) -> Endings {
    let mut e = Endings {
        last: [0; 256],
        second: [0; 256],
    };
    let mut i = 0;
    while i < table.len() {
        let s = table[i].0;
        assert!(s.len() >= 2 && table.len() <= 32);
        e.last[s[s.len() - 1] as usize] |= 1 << i;
        e.second[s[s.len() - 2] as usize] |= 1 << i;
        i += 1;
    }
    e
}

static STEP2_INDEX: Endings = endings(&STEP2);
static STEP3_INDEX: Endings = endings(&STEP3);
static STEP4_INDEX: Endings = endings(&STEP4);

/// The fixed stem of a whole word (`exception1`), `Some(None)` if the word is its own stem.
fn exception1(w: &[u8]) -> Option<Option<&'static [u8]>> {
    Some(Some(match w {
        b"skis" => b"ski",
        b"skies" => b"sky",
        b"dying" => b"die",
        b"lying" => b"lie",
        b"tying" => b"tie",
        b"idly" => b"idl",
        b"gently" => b"gentl",
        b"ugly" => b"ugli",
        b"early" => b"earli",
        b"only" => b"onli",
        b"singly" => b"singl",
        b"sky" | b"news" | b"howe" | b"atlas" | b"cosmos" | b"bias" | b"andes" => {
            return Some(None)
        }
        _ => return None,
    }))
}

/// Words left alone after step 1a (`exception2`).
fn is_exception2(w: &[u8]) -> bool {
    matches!(
        w,
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    )
}

impl Word {
    #[inline]
    fn bytes(&self) -> &[u8] {
        &self.b[..self.len]
    }

    /// The word ends with `s` (a byte loop: the endings are short, a `memcmp` call costs more).
    #[inline]
    fn ends_with(&self, s: &[u8]) -> bool {
        s.len() <= self.len
            && s.iter()
                .rev()
                .zip(self.b[..self.len].iter().rev())
                .all(|(a, b)| a == b)
    }

    /// Replaces the last `n` bytes with `s`.
    #[inline]
    fn replace_end(&mut self, n: usize, s: &[u8]) {
        let at = self.len - n;
        self.b[at..at + s.len()].copy_from_slice(s);
        self.len = at + s.len();
    }

    /// `shortv` with the cursor at `pos`: a short syllable just before `pos` (non-vowel other than
    /// w, x, Y; vowel; non-vowel), or the word's first two letters (vowel, non-vowel) ending at
    /// `pos`.
    fn short_v(&self, pos: usize) -> bool {
        let b = &self.b;
        (pos >= 3 && !is_v_wxy(b[pos - 1]) && is_v(b[pos - 2]) && !is_v(b[pos - 3]))
            || (pos == 2 && !is_v(b[1]) && is_v(b[0]))
    }

    /// The first of `table`'s endings that the word ends with, and where it starts; `index` is
    /// the table's [`Endings`], which rules out most endings by the last two bytes.
    #[inline]
    fn ending<'t>(&self, table: &'t [(&[u8], Act)], index: &Endings) -> Option<(usize, &'t Act)> {
        if self.len < 2 {
            return None;
        }
        let mut m =
            index.last[self.b[self.len - 1] as usize] & index.second[self.b[self.len - 2] as usize];
        while m != 0 {
            let (s, act) = &table[m.trailing_zeros() as usize];
            if self.ends_with(s) {
                return Some((self.len - s.len(), act));
            }
            m &= m - 1;
        }
        None
    }

    fn stem(&mut self) {
        if let Some(to) = exception1(self.bytes()) {
            if let Some(to) = to {
                self.replace_end(self.len, to);
            }
            return;
        }
        // fewer than 3 letters: unchanged
        if self.len < 3 {
            return;
        }
        // prelude: drop an initial apostrophe, mark consonant y as Y (initial, or after a vowel)
        if self.b[0] == b'\'' {
            self.b.copy_within(1..self.len, 0);
            self.len -= 1;
        }
        let mut y_found = false;
        if self.len > 0 && self.b[0] == b'y' {
            self.b[0] = b'Y';
            y_found = true;
        }
        for i in 1..self.len {
            if self.b[i] == b'y' && is_v(self.b[i - 1]) {
                self.b[i] = b'Y';
                y_found = true;
            }
        }
        let (p1, p2) = self.regions();
        self.step_1a();
        if !is_exception2(self.bytes()) {
            self.step_1b(p1);
            self.step_1c();
            self.step_2(p1);
            self.step_3(p1, p2);
            self.step_4(p2);
            self.step_5(p1, p2);
        }
        if y_found {
            for c in &mut self.b[..self.len] {
                if *c == b'Y' {
                    *c = b'y';
                }
            }
        }
    }

    /// `mark_regions`: R1 starts after the first non-vowel that follows a vowel (or after the
    /// prefixes gener, commun, arsen), R2 likewise within R1; the word's length where none.
    fn regions(&self) -> (usize, usize) {
        let w = self.bytes();
        // after the first vowel, the position just past the next non-vowel
        let after_vc = |from: usize| {
            let v = from + w[from..].iter().position(|&c| is_v(c))?;
            let c = v + 1 + w[v + 1..].iter().position(|&c| !is_v(c))?;
            Some(c + 1)
        };
        let p1 = if w.starts_with(b"gener") || w.starts_with(b"arsen") {
            Some(5)
        } else if w.starts_with(b"commun") {
            Some(6)
        } else {
            after_vc(0)
        };
        match p1 {
            Some(p1) => (p1, after_vc(p1).unwrap_or(w.len())),
            None => (w.len(), w.len()),
        }
    }

    fn step_1a(&mut self) {
        if self.ends_with(b"'s'") {
            self.len -= 3;
        } else if self.ends_with(b"'s") {
            self.len -= 2;
        } else if self.ends_with(b"'") {
            self.len -= 1;
        }
        if self.ends_with(b"sses") {
            self.replace_end(4, b"ss");
        } else if self.ends_with(b"ied") || self.ends_with(b"ies") {
            // "i" after two letters or more, else "ie"
            let to: &[u8] = if self.len - 3 >= 2 { b"i" } else { b"ie" };
            self.replace_end(3, to);
        } else if self.ends_with(b"ss") || self.ends_with(b"us") {
        } else if self.ends_with(b"s") {
            // deleted when a vowel comes before the letter before it
            let bra = self.len - 1;
            if bra >= 2 && self.b[..bra - 1].iter().any(|&c| is_v(c)) {
                self.len = bra;
            }
        }
    }

    fn step_1b(&mut self, p1: usize) {
        let (n, eed) = if self.ends_with(b"eedly") {
            (5, true)
        } else if self.ends_with(b"ingly") {
            (5, false)
        } else if self.ends_with(b"edly") {
            (4, false)
        } else if self.ends_with(b"eed") {
            (3, true)
        } else if self.ends_with(b"ing") {
            (3, false)
        } else if self.ends_with(b"ed") {
            (2, false)
        } else {
            return;
        };
        let bra = self.len - n;
        if eed {
            if bra >= p1 {
                self.replace_end(n, b"ee");
            }
            return;
        }
        if !self.b[..bra].iter().any(|&c| is_v(c)) {
            return;
        }
        self.len = bra;
        if self.ends_with(b"at") || self.ends_with(b"bl") || self.ends_with(b"iz") {
            self.replace_end(0, b"e");
        } else if self.len >= 2
            && self.b[self.len - 1] == self.b[self.len - 2]
            && matches!(
                self.b[self.len - 1],
                b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
            )
        {
            self.len -= 1;
        } else if self.len == p1 && self.short_v(self.len) {
            self.replace_end(0, b"e");
        }
    }

    fn step_1c(&mut self) {
        let l = self.len;
        // y or Y after a non-vowel that is not the first letter
        if l >= 3 && matches!(self.b[l - 1], b'y' | b'Y') && !is_v(self.b[l - 2]) {
            self.b[l - 1] = b'i';
        }
    }

    fn step_2(&mut self, p1: usize) {
        let Some((bra, act)) = self.ending(&STEP2, &STEP2_INDEX) else {
            return;
        };
        if bra < p1 {
            return;
        }
        let n = self.len - bra;
        match *act {
            Act::To(s) => self.replace_end(n, s),
            Act::Ogi => {
                if bra >= 1 && self.b[bra - 1] == b'l' {
                    self.replace_end(n, b"og");
                }
            }
            Act::Li => {
                if bra >= 1 && is_valid_li(self.b[bra - 1]) {
                    self.len = bra;
                }
            }
            Act::AtiveR2 | Act::Ion => unreachable!("not step 2 actions"),
        }
    }

    fn step_3(&mut self, p1: usize, p2: usize) {
        let Some((bra, act)) = self.ending(&STEP3, &STEP3_INDEX) else {
            return;
        };
        if bra < p1 {
            return;
        }
        let n = self.len - bra;
        match *act {
            Act::To(s) => self.replace_end(n, s),
            Act::AtiveR2 => {
                if bra >= p2 {
                    self.len = bra;
                }
            }
            Act::Ogi | Act::Li | Act::Ion => unreachable!("not step 3 actions"),
        }
    }

    fn step_4(&mut self, p2: usize) {
        let Some((bra, act)) = self.ending(&STEP4, &STEP4_INDEX) else {
            return;
        };
        if bra < p2 {
            return;
        }
        match *act {
            Act::To(_) => self.len = bra,
            Act::Ion => {
                if bra >= 1 && matches!(self.b[bra - 1], b's' | b't') {
                    self.len = bra;
                }
            }
            Act::Ogi | Act::Li | Act::AtiveR2 => unreachable!("not step 4 actions"),
        }
    }

    fn step_5(&mut self, p1: usize, p2: usize) {
        let Some(&last) = self.bytes().last() else {
            return;
        };
        let bra = self.len - 1;
        match last {
            b'e' if bra >= p2 || (bra >= p1 && !self.short_v(bra)) => self.len = bra,
            b'l' if bra >= p2 && bra >= 1 && self.b[bra - 1] == b'l' => self.len = bra,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &EnglishStemmer, reference: &Stemmer, word: &str) {
        let mut got = String::new();
        s.stem_into(word, &mut got);
        assert_eq!(got, reference.stem(word), "{word:?}");
    }

    /// Every lower-cased word of the corpora, the bench texts and the lexicons.
    #[test]
    fn same_stems_as_rust_stemmers_on_real_words() {
        let s = EnglishStemmer::new();
        let reference = Stemmer::create(Algorithm::English);
        let dir = env!("CARGO_MANIFEST_DIR");
        let mut words = std::collections::BTreeSet::new();
        for f in [
            "data/corpus/train.jsonl",
            "data/corpus/dev.jsonl",
            "data/corpus/test.jsonl",
            "data/vader_lexicon.tsv",
            "data/cameo_verbs.tsv",
            "data/given_names.txt",
            "benches/data/wikinews_corpus.txt",
            "benches/data/seed_article.txt",
        ] {
            let text = std::fs::read_to_string(format!("{dir}/{f}")).unwrap();
            for w in text
                .to_lowercase()
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .filter(|w| !w.is_empty())
            {
                words.insert(w.to_string());
            }
        }
        assert!(words.len() > 20_000, "{}", words.len());
        for w in &words {
            check(&s, &reference, w);
        }
    }

    /// Generated words: short random stems (vowels, y, apostrophes, doubled letters) followed by
    /// one or two endings from the stemmer's tables, so that every step and condition is hit.
    #[test]
    fn same_stems_as_rust_stemmers_on_generated_words() {
        let s = EnglishStemmer::new();
        let reference = Stemmer::create(Algorithm::English);
        let mut endings: Vec<&[u8]> = vec![
            b"", b"s", b"'s", b"s'", b"'", b"sses", b"ies", b"ied", b"ss", b"us", b"eed", b"eedly",
            b"ed", b"edly", b"ing", b"ingly", b"at", b"bl", b"iz", b"bb", b"dd", b"tt", b"y", b"e",
            b"l", b"ll", b"li", b"ogi", b"cli", b"ly", b"ness", b"ful", b"x", b"w",
        ];
        endings.extend(STEP2.iter().map(|e| e.0));
        endings.extend(STEP3.iter().map(|e| e.0));
        endings.extend(STEP4.iter().map(|e| e.0));
        endings.extend([
            b"skis" as &[u8],
            b"skies",
            b"dying",
            b"lying",
            b"tying",
            b"idly",
            b"gently",
            b"ugly",
            b"early",
            b"only",
            b"singly",
            b"sky",
            b"news",
            b"howe",
            b"atlas",
            b"cosmos",
            b"bias",
            b"andes",
            b"inning",
            b"outing",
            b"canning",
            b"herring",
            b"earring",
            b"proceed",
            b"exceed",
            b"succeed",
        ]);
        endings.extend([b"gener" as &[u8], b"commun", b"arsen", b"sion", b"tion"]);
        let letters = b"aeiouyybcdlmnrstwxz'-";
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let mut w = Vec::new();
        for _ in 0..300_000 {
            w.clear();
            for _ in 0..next(6) {
                w.push(letters[next(letters.len())]);
            }
            for _ in 0..1 + next(2) {
                w.extend_from_slice(endings[next(endings.len())]);
            }
            let word = std::str::from_utf8(&w).unwrap().to_lowercase();
            check(&s, &reference, &word);
        }
        // and the slow path
        for w in ["café", "naïvely", "Yesterday", "ÉTATS", &"a".repeat(100)] {
            check(&s, &reference, w);
        }
    }
}
