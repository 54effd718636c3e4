//! The cue-verb lexicon shared by quote detection and attribution: speech verbs in every
//! inflection ("said", "says", "saying", "told"), with what each can introduce.

use crate::text::{pack_word, WordMap};

/// What a cue verb can introduce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueInfo {
    /// The base form ("say" for "said").
    pub lemma: &'static str,
    /// Introduces reported speech with or without "that" ("X said the talks failed").
    pub reports: bool,
    /// Takes an addressee object ("told Putin", "urged Japan").
    pub addressee: bool,
    /// The form is a gerund/participle ("saying", "adding") that inherits the main subject.
    pub participle: bool,
    /// The verb also takes a plain noun-phrase object in a sense that is not speech ("recalled
    /// 2,000 cars", "claimed more than 100 attacks", "adds the visual aspect to it"): what follows
    /// it bare is reported speech only if it is a clause (`quotes::indirect`).
    pub object_sense: bool,
}

// (lemma, past, third person, gerund, reports-speech, takes-addressee); an empty form is no cue
const CUES: &[(&str, &str, &str, &str, bool, bool)] = &[
    ("say", "said", "says", "saying", true, false),
    ("tell", "told", "tells", "telling", true, true),
    ("add", "added", "adds", "adding", true, false),
    ("warn", "warned", "warns", "warning", true, true),
    ("state", "stated", "states", "stating", true, false),
    ("declare", "declared", "declares", "declaring", true, false),
    ("insist", "insisted", "insists", "insisting", true, false),
    ("echo", "echoed", "echoes", "echoing", false, true),
    ("praise", "praised", "praises", "praising", false, true),
    ("accuse", "accused", "accuses", "accusing", false, true),
    ("urge", "urged", "urges", "urging", false, true),
    ("write", "wrote", "writes", "writing", true, false),
    ("tweet", "tweeted", "tweets", "tweeting", true, false),
    ("post", "posted", "posts", "posting", false, false),
    ("claim", "claimed", "claims", "claiming", true, false),
    ("argue", "argued", "argues", "arguing", true, false),
    ("note", "noted", "notes", "noting", true, false),
    ("stress", "stressed", "stresses", "stressing", true, false),
    (
        "announce",
        "announced",
        "announces",
        "announcing",
        true,
        false,
    ),
    (
        "confirm",
        "confirmed",
        "confirms",
        "confirming",
        true,
        false,
    ),
    (
        "explain",
        "explained",
        "explains",
        "explaining",
        true,
        false,
    ),
    (
        "acknowledge",
        "acknowledged",
        "acknowledges",
        "acknowledging",
        true,
        false,
    ),
    ("concede", "conceded", "concedes", "conceding", true, false),
    ("admit", "admitted", "admits", "admitting", true, false),
    (
        "maintain",
        "maintained",
        "maintains",
        "maintaining",
        true,
        false,
    ),
    (
        "reiterate",
        "reiterated",
        "reiterates",
        "reiterating",
        true,
        false,
    ),
    ("assert", "asserted", "asserts", "asserting", true, false),
    ("allege", "alleged", "alleges", "alleging", true, false),
    (
        "predict",
        "predicted",
        "predicts",
        "predicting",
        true,
        false,
    ),
    ("vow", "vowed", "vows", "vowing", true, false),
    ("pledge", "pledged", "pledges", "pledging", true, false),
    ("promise", "promised", "promises", "promising", true, true),
    (
        "threaten",
        "threatened",
        "threatens",
        "threatening",
        false,
        false,
    ),
    ("deny", "denied", "denies", "denying", true, false),
    (
        "suggest",
        "suggested",
        "suggests",
        "suggesting",
        true,
        false,
    ),
    (
        "emphasise",
        "emphasised",
        "emphasises",
        "emphasising",
        true,
        false,
    ),
    (
        "emphasize",
        "emphasized",
        "emphasizes",
        "emphasizing",
        true,
        false,
    ),
    (
        "underline",
        "underlined",
        "underlines",
        "underlining",
        true,
        false,
    ),
    ("reply", "replied", "replies", "replying", true, false),
    (
        "respond",
        "responded",
        "responds",
        "responding",
        true,
        false,
    ),
    ("answer", "answered", "answers", "answering", false, false),
    ("ask", "asked", "asks", "asking", false, true),
    ("quip", "quipped", "quips", "quipping", false, false),
    ("joke", "joked", "jokes", "joking", true, false),
    ("shout", "shouted", "shouts", "shouting", false, false),
    ("recall", "recalled", "recalls", "recalling", true, false),
    ("remark", "remarked", "remarks", "remarking", true, false),
    ("observe", "observed", "observes", "observing", true, false),
    // counsel in court: "Senior Advocate Gopal Dwivedi ... submitted that the state had ..."
    ("submit", "submitted", "submits", "submitting", true, false),
    (
        "continue",
        "continued",
        "continues",
        "continuing",
        false,
        false,
    ),
    (
        "conclude",
        "concluded",
        "concludes",
        "concluding",
        true,
        false,
    ),
    (
        "counter",
        "countered",
        "counters",
        "countering",
        true,
        false,
    ),
    ("caution", "cautioned", "cautions", "cautioning", true, true),
    ("demand", "demanded", "demands", "demanding", false, false),
    (
        "complain",
        "complained",
        "complains",
        "complaining",
        true,
        false,
    ),
    ("lament", "lamented", "laments", "lamenting", true, false),
    (
        "protest",
        "protested",
        "protests",
        "protesting",
        false,
        false,
    ),
    ("boast", "boasted", "boasts", "boasting", true, false),
    ("reveal", "revealed", "reveals", "revealing", true, false),
    (
        "estimate",
        "estimated",
        "estimates",
        "estimating",
        true,
        false,
    ),
    (
        "criticise",
        "criticised",
        "criticises",
        "criticising",
        false,
        true,
    ),
    (
        "criticize",
        "criticized",
        "criticizes",
        "criticizing",
        false,
        true,
    ),
    (
        "condemn",
        "condemned",
        "condemns",
        "condemning",
        false,
        true,
    ),
    (
        "denounce",
        "denounced",
        "denounces",
        "denouncing",
        false,
        true,
    ),
    (
        "describe",
        "described",
        "describes",
        "describing",
        false,
        true,
    ),
    ("call", "called", "calls", "calling", false, true),
    ("brand", "branded", "brands", "branding", false, true),
    (
        "dismiss",
        "dismissed",
        "dismisses",
        "dismissing",
        false,
        true,
    ),
    ("hail", "hailed", "hails", "hailing", false, true),
    ("welcome", "welcomed", "welcomes", "welcoming", false, true),
    ("slam", "slammed", "slams", "slamming", false, true),
    ("blast", "blasted", "blasts", "blasting", false, true),
    ("laud", "lauded", "lauds", "lauding", false, true),
    ("thank", "thanked", "thanks", "thanking", false, true),
    ("blame", "blamed", "blames", "blaming", false, true),
    (
        "reassure",
        "reassured",
        "reassures",
        "reassuring",
        true,
        true,
    ),
    ("assure", "assured", "assures", "assuring", true, true),
    ("inform", "informed", "informs", "informing", true, true),
    ("remind", "reminded", "reminds", "reminding", true, true),
    ("advise", "advised", "advises", "advising", true, true),
    (
        "testify",
        "testified",
        "testifies",
        "testifying",
        true,
        false,
    ),
    ("mutter", "muttered", "mutters", "muttering", false, false),
    (
        "exclaim",
        "exclaimed",
        "exclaims",
        "exclaiming",
        false,
        false,
    ),
    ("scoff", "scoffed", "scoffs", "scoffing", false, false),
    ("retort", "retorted", "retorts", "retorting", true, false),
    ("snap", "snapped", "snaps", "snapping", false, false),
    ("quote", "quoted", "quotes", "quoting", false, false),
    (
        "recommend",
        "recommended",
        "recommends",
        "recommending",
        true,
        false,
    ),
    ("reason", "reasoned", "reasons", "reasoning", true, false),
    // findings of a study or poll and a court's rulings ("The researchers found that ...",
    // "a recent poll found only a quarter of citizens favoured ...", "Greek court has ruled
    // that ..."): reported only with a clause (`OBJECT_SENSE`: "found a body", "ruled the country").
    // No gerund (""): "the ruling", "the finding" are nouns in news, next to the quotes they do
    // not introduce ("said in a ruling, saying ‘…’")
    ("find", "found", "finds", "", true, false),
    ("rule", "ruled", "rules", "", true, false),
];

/// The reporting cues (`reports`) with a common non-speech sense that takes a noun-phrase object
/// (`CueInfo::object_sense`): a product or envoy recalled, lives or attacks claimed, a state of
/// emergency declared, patients admitted, receipt acknowledged, damages estimated, details
/// revealed, defeat conceded. "say", "tell", "insist", "argue" and the like rarely take such an
/// object and are not listed; nor is "observe" ("Wikinews observed the USI exhibit identifies and
/// features Polaroids ...": a clause whose verb `quotes::indirect` cannot tell from a plural noun).
const OBJECT_SENSE: &[&str] = &[
    "add",
    "submit",
    "write",
    "state",
    "declare",
    "tweet",
    "claim",
    "note",
    "stress",
    "announce",
    "confirm",
    "explain",
    "acknowledge",
    "concede",
    "admit",
    "maintain",
    "reiterate",
    "assert",
    "allege",
    "predict",
    "vow",
    "pledge",
    "promise",
    "deny",
    "suggest",
    "emphasise",
    "emphasize",
    "underline",
    "recall",
    "conclude",
    "counter",
    "lament",
    "boast",
    "reveal",
    "estimate",
    "recommend",
    "find",
    "rule",
    // "which advises governments on catch limits"
    "advise",
];

const fn object_sense(lemma: &str) -> bool {
    let mut i = 0;
    while i < OBJECT_SENSE.len() {
        if bytes_eq(OBJECT_SENSE[i].as_bytes(), lemma.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// Every form of every cue verb with what it introduces, in `CUES` order (lemma, past, third
/// person, gerund). A form's id is its index here plus one (0: no cue); a form listed twice
/// keeps the id of its first entry.
static FORMS: [(&str, CueInfo); FORMS_LEN] = forms();
const FORMS_LEN: usize = 4 * CUES.len();

const fn forms() -> [(&'static str, CueInfo); 4 * CUES.len()] {
    const NONE: CueInfo = CueInfo {
        lemma: "",
        reports: false,
        addressee: false,
        participle: false,
        object_sense: false,
    };
    let mut out = [("", NONE); 4 * CUES.len()];
    let mut i = 0;
    while i < CUES.len() {
        let (lemma, past, third, ing, reports, addressee) = CUES[i];
        let base = CueInfo {
            lemma,
            reports,
            addressee,
            participle: false,
            object_sense: object_sense(lemma),
        };
        out[4 * i] = (lemma, base);
        out[4 * i + 1] = (past, base);
        out[4 * i + 2] = (third, base);
        out[4 * i + 3] = (
            ing,
            CueInfo {
                participle: true,
                ..base
            },
        );
        i += 1;
    }
    out
}

/// The forms as tables built at compile time. `ENDS`: per first letter (`& 31`) and length,
/// the last bytes (`& 63`) of the forms, a filter most words that are no cue fail. `SLOTS`: an
/// open-addressing hash table of the forms (linear probing from `slot`) holding each form's
/// `pack_word` and its id and length (`meta`), 0 for an empty slot: as in `text::WordMap`, a
/// form of up to 8 bytes is its packed bytes and length, so a look-up compares no bytes.
static ENDS: [[u64; 16]; 32] = TABLES.0;
static SLOTS: [Slot; 1 << SLOT_BITS] = TABLES.1;
const SLOT_BITS: u32 = 11;
/// A form's `pack_word` and `meta`.
type Slot = (u64, u32);
#[allow(clippy::type_complexity)]
const TABLES: ([[u64; 16]; 32], [Slot; 1 << SLOT_BITS]) = tables();

#[allow(clippy::type_complexity)]
const fn tables() -> ([[u64; 16]; 32], [Slot; 1 << SLOT_BITS]) {
    let words = slot_words();
    let n = words.len();
    assert!(n <= (1 << SLOT_BITS) / 4 && n < u16::MAX as usize);
    let mut ends = [[0u64; 16]; 32];
    let mut slots = [(0u64, 0u32); 1 << SLOT_BITS];
    let mut f = 0;
    while f < n {
        let w = words[f].as_bytes();
        if w.is_empty() {
            // (a missing form)
            f += 1;
            continue;
        }
        // (`lookup_trigger` looks only such words up)
        assert!(3 <= w.len() && w.len() <= 14 && w[0].is_ascii_lowercase());
        ends[(w[0] & 31) as usize][w.len()] |= 1 << (w[w.len() - 1] & 63);
        let packed = pack_word(w);
        let mut i = slot(packed, w.len());
        while slots[i].1 != 0 && !bytes_eq(words[(slots[i].1 & 0xffff) as usize - 1].as_bytes(), w)
        {
            i = (i + 1) % slots.len();
        }
        if slots[i].1 == 0 {
            slots[i] = (packed, meta(f as u32 + 1, w.len()));
        }
        f += 1;
    }
    // "according" in any case but its first letter's: let its upper-case ending through too
    ends[(b'a' & 31) as usize][9] |= 1 << (b'G' & 63);
    (ends, slots)
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A slot's id (nonzero, in the low 16 bits) and word length (above).
#[inline(always)]
const fn meta(id: u32, len: usize) -> u32 {
    id | (len as u32) << 16
}

/// The first slot in `SLOTS` of a word of `len` bytes packed as `packed`.
#[inline(always)]
const fn slot(packed: u64, len: usize) -> usize {
    WordMap::<()>::slot_of(packed, len, 64 - SLOT_BITS)
}

/// Looks a word up. Case-sensitive on purpose: "States" in "United States" is no cue.
pub(crate) fn lookup(word: &str) -> Option<CueInfo> {
    info(lookup_id(word.as_bytes()))
}

/// The id of a cue form (see [`info`]), 0 if `word` is no cue.
#[inline]
pub(crate) fn lookup_id(word: &[u8]) -> u16 {
    lookup_trigger(word).0
}

/// The words besides cue forms that indirect-speech detection acts on: "according" in any case,
/// "reports" and "reported" as written. They are in `SLOTS` (lower case) with the ids that
/// follow the forms', so that `lookup_trigger` finds them in the same probe; no cue has them.
const TRIGGER_WORDS: [&str; 3] = ["according", "reports", "reported"];

/// `(lookup_id(word), is a trigger)`: a trigger is a cue form or one of `TRIGGER_WORDS`
/// (the tokens `quotes::indirect` acts on). `Doc::new` keeps both per token, so the test costs
/// no second pass over the words.
#[inline(always)]
pub(crate) fn lookup_trigger(word: &[u8]) -> (u16, bool) {
    // every cue is a lower-case ASCII word of 3 to 14 letters (`tables` checks): most words fail
    // this test or the next and are never hashed
    let n = word.len();
    if !(3..=14).contains(&n) {
        return (0, false);
    }
    if !word[0].is_ascii_lowercase() {
        // "According", "ACCORDING" (length first: most capitalised words are names)
        return (0, n == 9 && is_according(word));
    }
    if ENDS[usize::from(word[0] & 31)][n] & 1 << (word[n - 1] & 63) == 0 {
        return (0, false);
    }
    probe(word)
}

/// `lookup_trigger` of a word that passed its filters: the hash table probed (out of line: the
/// tokenizer's loop keeps its registers).
#[inline(never)]
fn probe(word: &[u8]) -> (u16, bool) {
    let n = word.len();
    let packed = pack_word(word);
    let mut i = slot(packed, n);
    loop {
        let (p, m) = SLOTS[i];
        if m == 0 {
            // "aCCORDING" and the like (`ENDS` lets them through)
            return (0, n == 9 && is_according(word));
        }
        let id = m as u16;
        // (a word of up to 8 bytes is its packed bytes and length)
        if p == packed
            && m >> 16 == n as u32
            && (n <= 8 || SLOT_WORDS[usize::from(id) - 1].as_bytes()[8..] == word[8..])
        {
            return (if usize::from(id) <= FORMS_LEN { id } else { 0 }, true);
        }
        i = (i + 1) % SLOTS.len();
    }
}

/// "according" in any case.
#[inline(never)]
fn is_according(word: &[u8]) -> bool {
    word.eq_ignore_ascii_case(b"according")
}

/// The word of each `SLOTS` id (less one): the cue forms, then `TRIGGER_WORDS`.
static SLOT_WORDS: [&str; FORMS_LEN + TRIGGER_WORDS.len()] = slot_words();

const fn slot_words() -> [&'static str; FORMS_LEN + TRIGGER_WORDS.len()] {
    let forms = forms();
    let mut out = [""; FORMS_LEN + TRIGGER_WORDS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = if i < FORMS_LEN {
            forms[i].0
        } else {
            TRIGGER_WORDS[i - FORMS_LEN]
        };
        i += 1;
    }
    out
}

/// What the cue form with this id (from [`lookup_id`]) introduces; `None` for id 0.
#[inline]
pub(crate) fn info(id: u16) -> Option<CueInfo> {
    let i = usize::from(id).checked_sub(1)?;
    FORMS.get(i).map(|f| f.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_is_found_with_its_info() {
        for &(lemma, past, third, ing, reports, addressee) in CUES {
            for f in [lemma, past, third, ing] {
                if f.is_empty() {
                    continue;
                }
                let id = lookup_id(f.as_bytes());
                assert_ne!(id, 0, "{f}");
                let first = FORMS.iter().position(|g| g.0 == f).unwrap();
                assert_eq!(usize::from(id), first + 1, "{f}");
                let info = info(id).unwrap();
                assert_eq!(
                    (info.lemma, info.reports, info.addressee, info.participle),
                    (lemma, reports, addressee, f == ing),
                    "{f}"
                );
                assert_eq!(info.object_sense, OBJECT_SENSE.contains(&lemma), "{f}");
            }
        }
    }

    #[test]
    fn all_inflections_are_found() {
        for w in [
            "said", "says", "saying", "told", "added", "adding", "warned", "tweeted",
        ] {
            assert!(lookup(w).is_some(), "{w}");
        }
        assert!(lookup("saying").unwrap().participle);
        assert!(lookup("recalled").unwrap().object_sense);
        assert!(!lookup("said").unwrap().object_sense);
        // every listed lemma is a reporting cue
        for l in OBJECT_SENSE {
            assert!(lookup(l).is_some_and(|c| c.reports), "{l}");
        }
        assert!(lookup("told").unwrap().addressee);
        assert!(lookup("States").is_none());
        assert!(lookup("table").is_none());
        assert!(lookup("").is_none());
        assert_eq!(info(0), None);
    }
}
