//! The cue-verb lexicon shared by quote detection and attribution: speech verbs in every
//! inflection ("said", "says", "saying", "told"), with what each can introduce.

use crate::text::FxMap;
use std::sync::OnceLock;

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
}

// (lemma, past, third person, gerund, reports-speech, takes-addressee)
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
        false,
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
];

/// The cue forms: each form's id (its index in `infos` plus one; 0 means "no cue").
struct Table {
    ids: FxMap<&'static str, u16>,
    infos: Vec<CueInfo>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table {
            ids: FxMap::default(),
            infos: Vec::new(),
        };
        let mut add = |f: &'static str, info: CueInfo| {
            if !t.ids.contains_key(f) {
                t.infos.push(info);
                let id = u16::try_from(t.infos.len()).expect("fewer than 65,536 cue forms");
                t.ids.insert(f, id);
            }
        };
        for &(lemma, past, third, ing, reports, addressee) in CUES {
            let base = CueInfo {
                lemma,
                reports,
                addressee,
                participle: false,
            };
            for f in [lemma, past, third] {
                add(f, base);
            }
            add(
                ing,
                CueInfo {
                    participle: true,
                    ..base
                },
            );
        }
        t
    })
}

/// Looks a word up. Case-sensitive on purpose: "States" in "United States" is no cue.
pub(crate) fn lookup(word: &str) -> Option<CueInfo> {
    info(lookup_id(word))
}

/// The id of a cue form (see [`info`]), 0 if `word` is no cue. `Doc` keeps it per token.
#[inline]
pub(crate) fn lookup_id(word: &str) -> u16 {
    if !may_be_cue(word.as_bytes()) {
        return 0;
    }
    table().ids.get(word).copied().unwrap_or(0)
}

/// False for most words that are no cue (and never for a cue): the cheap test `lookup_id` makes
/// before the hash look-up, on the word's bytes.
#[inline]
pub(crate) fn may_be_cue(b: &[u8]) -> bool {
    // every cue is a lower-case ASCII word of 3 to 14 letters
    if b.len() < 3 || b.len() > 14 || !b[0].is_ascii_lowercase() {
        return false;
    }
    // a bit test on the first two bytes, the last byte and the length
    let f = prefilter();
    let key = filter_key(b);
    f.keys[key >> 6] & (1 << (key & 63)) != 0
}

/// A 16-bit hash of a word's first two bytes, last byte and length (at least 2 bytes).
#[inline]
fn filter_key(b: &[u8]) -> usize {
    let h = (u32::from(b[0]) << 24 | u32::from(b[1]) << 16 | u32::from(b[b.len() - 1]) << 8)
        | b.len() as u32;
    (h.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// What the cue form with this id (from [`lookup_id`]) introduces; `None` for id 0.
#[inline]
pub(crate) fn info(id: u16) -> Option<CueInfo> {
    if id == 0 {
        return None;
    }
    table().infos.get(usize::from(id) - 1).copied()
}

/// The `filter_key` of every cue form (a 65,536-bit set).
struct Prefilter {
    keys: Vec<u64>,
}

fn prefilter() -> &'static Prefilter {
    static P: OnceLock<Prefilter> = OnceLock::new();
    P.get_or_init(|| {
        let mut f = Prefilter {
            keys: vec![0; 1 << 10],
        };
        for w in table().ids.keys() {
            let b = w.as_bytes();
            if b.len() < 2 {
                // not reachable through `lookup_id`'s length test; keep every word findable anyway
                f.keys.iter_mut().for_each(|p| *p = u64::MAX);
                continue;
            }
            let key = filter_key(b);
            f.keys[key >> 6] |= 1 << (key & 63);
        }
        f
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_passes_the_prefilter() {
        for &(lemma, past, third, ing, ..) in CUES {
            for f in [lemma, past, third, ing] {
                assert!((3..=14).contains(&f.len()), "{f}");
                assert_eq!(lookup_id(f), table().ids[f], "{f}");
                assert_ne!(lookup_id(f), 0, "{f}");
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
        assert!(lookup("told").unwrap().addressee);
        assert!(lookup("States").is_none());
        assert!(lookup("table").is_none());
    }
}
