//! Stage 5, features: for one (quote, speaker, target) triple, target-aware stemmed n-grams, the words
//! around each target mention, the side of a contrast the target is on, negation scope, first person
//! near the target, the cue verb, and lexicon signals (VADER valence, CAMEO cooperation/conflict verbs).
//!
//! Features are named strings (`tc:attack`, `wl:<t>`) identified by a 64-bit FNV-1a hash of the
//! name, so extraction for prediction allocates no feature strings; scoring identifies bigrams by a
//! [`pair_key`] of two cached per-word hashes instead. Each distinct lower-cased word is stemmed
//! once per thread, its lexicon values and word-list flags cached with it ([`Info`]) and its
//! feature hashes looked up once per model. The lexicons are indexed at compile time. The
//! configuration is versioned and stored in every model file; a model built with another
//! configuration is refused.

#[cfg(test)]
use crate::text::FxMap;
use crate::text::{pack_word, tokenize, Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::ops::Range;

/// How many words on each side of a target mention the distance-weighted VADER sum looks at.
const VADER_REACH: usize = 64;

/// Version of the feature definitions; bump when any feature changes meaning. Version 3 masks
/// the speaker's own country or organisation ([`StanceInput::own`]) like the speaker's name.
pub const FEATURE_VERSION: u32 = 3;

/// The settings that decide which features exist. Stored with the model and checked on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureConfig {
    /// [`FEATURE_VERSION`] when the model was built.
    pub version: u32,
    /// Words on each side of a target mention that form its window.
    pub window: usize,
    /// Features seen in fewer training examples are dropped.
    pub min_df: usize,
    /// At most this many features are kept (most frequent first).
    pub max_features: usize,
    /// Fingerprint of the lexicons (VADER, CAMEO verbs) compiled into this build.
    pub lexicon_fingerprint: String,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            version: FEATURE_VERSION,
            window: 4,
            min_df: 2,
            max_features: 4000,
            lexicon_fingerprint: lexicon_fingerprint(),
        }
    }
}

/// One (quote, speaker, target) to turn into features. Offsets are byte ranges into `quote`.
#[derive(Debug, Clone, Default)]
pub struct StanceInput<'a> {
    /// The quoted words.
    pub quote: &'a str,
    /// Byte ranges of the target's mentions in `quote` (at least one).
    pub target: Vec<Range<usize>>,
    /// Byte ranges of other actors named in `quote`.
    pub others: Vec<Range<usize>>,
    /// Byte ranges of the speaker's own country or organisation, when the quote names it and it is
    /// not the target ("Tehran" in Khamenei's "Tehran and Moscow must isolate the United
    /// States"): masked like the speaker's name, so reported speech reads like "we".
    pub own: Vec<Range<usize>>,
    /// The speaker's name, masked where it appears in the quote.
    pub speaker: Option<&'a str>,
    /// The cue verb of the attribution ("warned", "praised").
    pub cue: Option<&'a str>,
    /// The target is the speaker's own country or organisation.
    pub own_side: bool,
}

/// Receives features as they are produced.
pub(crate) trait Sink {
    /// False for sinks that only use hashes: features with a known hash are then given to
    /// [`feat_h`](Self::feat_h) with empty `parts` (no name slicing per feature).
    const NAMES: bool = true;
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32);
    /// A presence feature whose hash, `feature_hash(prefix, parts)`, is already known.
    #[inline]
    fn feat_h(&mut self, prefix: &str, parts: &[&str], hash: u64) {
        let _ = hash;
        self.feat(prefix, parts, 1.0)
    }
    /// A feature with a value whose hash is already known.
    #[inline]
    fn feat_hv(&mut self, prefix: &str, parts: &[&str], hash: u64, value: f32) {
        let _ = hash;
        self.feat(prefix, parts, value)
    }
    /// Identifies what [`feat_c`](Self::feat_c) stores in the per-word cells (a model's
    /// vocabulary); 0: this sink does not use them.
    fn cache_key(&self) -> u64 {
        0
    }
    /// A presence feature with a hash computed on demand and a per-word cell (starting at [`VI_UNKNOWN`] and
    /// reset whenever [`cache_key`](Self::cache_key) changes) where the sink may keep what it
    /// looked up for this hash.
    #[inline]
    fn feat_c(
        &mut self,
        prefix: &str,
        parts: &[&str],
        hash: impl FnOnce() -> u64,
        cell: &Cell<u32>,
    ) {
        let _ = cell;
        self.feat_h(prefix, parts, hash())
    }
    /// The presence feature `prefix:a_b` of two non-empty stems (a bigram, `[a, b] = stems()`),
    /// given the FNV-1a state `st` after "prefix:a_" and the FNV-1a hash `b_hash` of `b`: sinks
    /// that only score may identify it by [`pair_key`] instead of its hash, which takes a pass
    /// over `b`, and need not ask for the stems.
    #[inline]
    fn feat_pair<'s>(
        &mut self,
        prefix: &str,
        stems: impl FnOnce() -> [&'s str; 2],
        st: u64,
        b_hash: u64,
    ) {
        let _ = b_hash;
        let [a, b] = stems();
        let h = fnv(st, b.as_bytes());
        if Self::NAMES {
            self.feat_h(prefix, &[a, b], h)
        } else {
            self.feat_h(prefix, &[], h)
        }
    }
}

/// A second identity of the pair feature `prefix:a_b`, mixed from the FNV-1a state `st` after
/// "prefix:a_" and the FNV-1a hash `b_hash` of `b` (both cached per word), so that scoring needs no
/// pass over `b`'s bytes. Models index their pair features under these keys too (see
/// [`pair_keys`]).
#[inline]
pub(crate) fn pair_key(st: u64, b_hash: u64) -> u64 {
    (st.rotate_left(29) ^ b_hash).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The prefixes of the features emitted through [`Sink::feat_pair`].
const PAIR_PREFIXES: [&str; 2] = ["b", "tb"];

/// The [`pair_key`]s under which a feature name can be emitted through [`Sink::feat_pair`]: one
/// per '_' of a "b:" or "tb:" name with a non-empty stem on each side (stems hold no '_', so
/// there is one; every split gives the same name, hence the same feature, anyway).
pub(crate) fn pair_keys(name: &str) -> Vec<u64> {
    let Some((prefix, rest)) = name.split_once(':') else {
        return Vec::new();
    };
    if !PAIR_PREFIXES.contains(&prefix) {
        return Vec::new();
    }
    let head = fnv(fnv(FNV0, prefix.as_bytes()), b":");
    rest.match_indices('_')
        .map(|(i, _)| (&rest[..i], &rest[i + 1..]))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .map(|(a, b)| {
            let st = fnv(fnv(head, a.as_bytes()), b"_");
            pair_key(st, fnv(FNV0, b.as_bytes()))
        })
        .collect()
}

/// A [`Sink::feat_c`] cell not looked up yet.
pub(crate) const VI_UNKNOWN: u32 = u32::MAX;

/// A feature with a fixed name, its hash computed at compile time from that same name (so the
/// named and hashed paths cannot disagree): `fixed_feat!(sink, "num", "vader_tc_pos", v)` is
/// `num:vader_tc_pos` = v, `fixed_feat!(sink, "bias", 1.0)` is `bias:` = 1.
macro_rules! fixed_feat {
    ($sink:expr, $prefix:literal, $part:literal, $v:expr) => {
        $sink.feat_hv(
            $prefix,
            &[$part],
            const { const_hash(concat!($prefix, ":", $part)) },
            $v,
        )
    };
    ($sink:expr, $prefix:literal, $v:expr) => {
        $sink.feat_hv(
            $prefix,
            &[],
            const { const_hash(concat!($prefix, ":")) },
            $v,
        )
    };
}

/// FNV-1a of a whole feature name at compile time ("num:vader_tc_pos", "bias:"): the same as
/// [`feature_hash`] of its prefix and parts.
const fn const_hash(name: &str) -> u64 {
    fnv_const(FNV0, name.as_bytes())
}

/// [`fnv`] at compile time.
const fn fnv_const(mut h: u64, b: &[u8]) -> u64 {
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

const FNV0: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

#[inline]
fn fnv(mut h: u64, b: &[u8]) -> u64 {
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a over `prefix`, ':' and the parts joined by '_', the same bytes as the feature's name.
pub(crate) fn feature_hash(prefix: &str, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= x as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    };
    eat(prefix.as_bytes());
    eat(b":");
    // empty parts (an absent "NOT" marker) are skipped with their separator: "tc:thank", not "tc:_thank"
    for (i, p) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            eat(b"_");
        }
        eat(p.as_bytes());
    }
    h
}

/// Hash of a full feature name ("tc:attack").
pub(crate) fn name_hash(name: &str) -> u64 {
    match name.split_once(':') {
        Some((p, rest)) => feature_hash(p, &[rest]),
        None => feature_hash(name, &[]),
    }
}

#[cfg(test)]
pub(crate) struct HashSink<'a>(pub &'a mut Vec<(u64, f32)>);
#[cfg(test)]
impl Sink for HashSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        self.0.push((feature_hash(prefix, parts), value));
    }
    #[inline]
    fn feat_h(&mut self, _prefix: &str, _parts: &[&str], hash: u64) {
        self.0.push((hash, 1.0));
    }
    fn feat_hv(&mut self, _prefix: &str, _parts: &[&str], hash: u64, value: f32) {
        self.0.push((hash, value));
    }
}

pub(crate) struct NameSink<'a>(pub &'a mut Vec<(String, f32)>);
impl Sink for NameSink<'_> {
    fn feat(&mut self, prefix: &str, parts: &[&str], value: f32) {
        let mut name = String::with_capacity(
            prefix.len() + 1 + parts.iter().map(|p| p.len() + 1).sum::<usize>(),
        );
        name.push_str(prefix);
        name.push(':');
        for (i, p) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
            if i > 0 {
                name.push('_');
            }
            name.push_str(p);
        }
        self.0.push((name, value));
    }
}

const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "nor", "neither", "without", "refus", "cannot", "none", "nobodi",
    "noth",
];
const CONTRAST: &[&str] = &[
    "but", "while", "wherea", "howev", "although", "though", "yet", "unlik", "instead", "rather",
    "despit", "except", "unless", "whilst",
];
/// Skipped when looking for the word the target "does" ("<t> has also shown" -> shown).
const AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "must",
    "should", "can", "could", "may", "might", "shall", "also", "to", "do", "doe", "did", "alreadi",
    "just", "continu", "now", "still", "again", "clear", "veri", "realli", "wo", "ca", "not",
    "n't", "onli", "itself", "themselv", "and", "'s", "'", "the", "a", "an",
];
/// Skipped when looking for the word that governs the target ("accuse the <t>" -> accus).
const FUNC_LEFT: &[&str] = &[
    "the", "a", "an", "to", "with", "by", "of", "for", "on", "against", "from", "that", "and",
    "in", "at", "as", "toward", "towards", "about", "between", "'s",
];
const FIRST_PERSON: &[&str] = &["we", "our", "us", "i", "my", "ourselv"];

const VADER: &str = include_str!("../data/vader_lexicon.tsv");
const CAMEO: &str = include_str!("../data/cameo_verbs.tsv");

/// The CAMEO verb classes by stem: `stem+` cooperative, `stem-` hostile, separated by white space.
/// It is what stemming every one-word cooperative or hostile lemma of [`CAMEO`] gives (the last
/// lemma wins when two share a stem), written out so that no thread stems 879 lemmas before its
/// first prediction; the test `cameo_stems_are_the_stemmed_lexicon` checks it and prints the
/// table to paste here when `data/cameo_verbs.tsv` or the stemmer changes.
const CAMEO_STEMS: &str = "
abandon+ abat+ abduct- abhor- abid+ abort- absolv+ abstain+ abus- acced+ acclaim+ accord+
accus- acquaint+ acquiesc+ acquit+ add+ adjur- administ+ admir+ admit+ admonish- advert+
advertis+ advis+ advoc+ affect+ affirm+ agit- agon- agonis- agre+ aid+ aim+ airlift+
alleg- alli+ alloc+ allot+ allow+ alterc- amass+ ambush- amelior+ amplifi+ annex- annihil-
annoy- apolog+ apologis+ appeal+ appeas+ applaud+ appli+ apport+ appreci+ apprehend-
appris+ appriz+ approach+ appropri- approv+ arbitr+ argu- arm+ arous- arrest- arriv+ ask+
assail- assassin- assault- assembl+ assign+ assist+ associ+ assuag+ assur+ attach+ attack-
attend+ attir+ augment+ author+ authoris+ aver- avow- award+ back+ badger- ban- banish-
bankrol+ bar- bargain+ barter+ battl- beat- beg+ behead- belittl- bemoan- benefit+
bequeath+ berat- besieg- best- bestow+ betray- better+ bid- bide+ bill- bind+ blacklist-
blackmail- blame- blasphem- blast- blend+ bless+ blitz- block- blockad- blow- bludgeon-
bomb- bombard- boost+ bother- bow+ boycott- brand- brave+ breach- break- broker+ bruis-
bust- butcher- buy+ cabl+ cage- call+ campaign- cane- capitul+ captur- castig- catch-
caution- cede+ celebr+ censor- censur- certifi+ chain+ challeng- charg- chasten- chastis-
cheer+ chide- circl- claim- clamor- clamour- clap+ clash- clear+ clobber- cluster+
coalesc+ collabor+ combat- combin+ command- commemor+ commend+ communic+ compel- compens-
compet- complain- compli+ compliment+ compound+ compromis+ conced+ concert+ concess+
concili+ condemn- conduct+ confer+ confess+ confid+ confin- confisc- conflat+ conflict-
conform+ confront+ conglomer+ congratul+ congreg+ conjoin+ connect+ consent+ consid+
constel+ constitut+ constrain- consult+ contact+ contain- contamin- contempl+ contend-
contest- contradict- contrast- contraven- contribut+ control+ conven+ converg+ convers+
convict- cooper+ coordin+ correl+ corrupt- counsel+ counten+ counter- counterbal-
countermin- crack- crackdown- cri- crimin- criminalis- critic- criticis- crucifi- crusad-
crush- curb- curs- damag- deal+ debas- debat+ decapit- decid+ decim- declassifi+ declin-
decre- decri- decrimin+ decriminalis+ deepen+ defeat- defect- defend+ defer- defi- defil-
degrad- delay- demand- demolish- demonstr- denigr- denounc- depart+ deplor- deport- derid-
desir+ desol- despair- despoil- destroy- detach+ detain- determin+ deton- devast- dictat+
die- differ- direct+ disagre- disallow- disappoint- disapprov- disarm- disarray-
disassoci- disband- discomfit- disconcert- disconnect+ discourag- discuss+ disengag+
disentangl+ disgrac- dishearten- dishonor- dishonour- dismay- dismiss- disord- disparag-
disput- disquiet- disrupt- dissent- distrust- disturb- divulg+ domin- donat+ duel-
dynamit- eas+ egress+ elicit+ emancip+ embargo- embark+ embolden+ empow+ enabl+ enact+
encircl- enclos- encount+ encourag+ endang- endeavor+ endeavour+ endors+ endow+ enforc-
engag- enhanc+ enjoin+ enkindl- enlarg+ enlist+ enliven+ enrol+ ensur+ entreat- entrust+
equip+ erad- escal+ establish+ esteem+ evacu+ evict- exagger+ exalt+ exchang+ exclud-
excogit+ exculp+ exhort- exil- exoner+ expand+ expect+ expedi+ expel- explod- expos+
express- extol+ extract- extradit+ exuber+ exult+ face+ facilit+ fail- fault- favor+
favour+ felicit+ fight- fill+ financ+ fine- fire- flatten- flock+ flog- foray- forbid-
forc- forestal- forgav+ forgiv+ forgiven+ formal+ forswear+ found+ free+ fund+ furnish+
fuse+ galvan+ garner- gather+ gear+ give+ glorifi+ go+ govern+ grab- grant+ grappl- greet+
griev- grill- groom+ guarante+ guard+ haggl+ hail+ hammer- hamper- handl+ hang- harass-
harm- harmon+ harmonis+ harri- hassl- head+ hear+ heighten+ help+ hijack- hinder- hint+
hit- honor+ honour+ hope+ host+ huddl+ humbl- humili- hurt- illeg- illegalis- impact+
impair- imped- impel- implic- implor+ import+ impos- imprison- improv+ impugn- incarcer-
increas+ indict- infest- inflict- influenc+ inhabit- inhibit- injur- innov+ insert+
insist- inspir+ institut+ integr+ intend+ intensifi+ interact+ interced+ interdict-
interfer+ intermedi+ interven+ introduc+ invad- invest+ invigor+ invit+ irk- irrit- issu+
jail- jeer- join+ journey+ kick- kidnap- kill- lambast- lament- lash- laud+ lead+ learn+
leav+ lectur- legal+ legalis+ legisl+ legitim+ legitimis+ lend+ levi- liber+ link+ loan+
loosen+ loot- magnifi+ malign- manag+ mar- march- marshal- massacr- master- match- mean+
mediat+ medit+ meet+ merg+ mistreat- mitig+ mobil- mobilis- mock- moder- mourn- mull+
murder- muse+ muster- nab- nation- nationalis- necessit- need- negoti+ notifi+ obey+
object- obliter- obstruct- occupi- offer+ oppos- oppugn- orchestr+ order- organ+ organis+
ostrac- ostracis- oust- outfit+ outlaw- overcom- overfli- overpow- overrid- overrul-
overrun- overse+ overshadow- overtak- overthrow- overturn- overwhelm- parad- pardon+ pass+
patrol- pay+ pelt- penal- permit+ persuad+ pester- petit+ phone+ pillag- pillori- pirat-
pit- plagu- plan+ plead+ pledg+ pluck- plunder- ponder+ postpon- pound- prais+ prefer+
prepar+ prescrib+ press- pressur- prevent- prize+ procrastin- profess+ proffer+ prohibit-
promis+ promot+ promulg+ propos+ proscrib- prosecut- protect+ protest- provid+ provok-
pull- pummel- punish- purchas+ push- quarrel- quell- rag- raid- ralli- ram- rampag-
ransack- rape- ratifi+ ravag- ravish- raze- re-arrest- re-establish+ readi+ rearrest-
reason+ reassert+ reassur+ reav- rebuff- rebuk- recaptur- reced+ recogn+ recognis+
recommend+ reconsid+ redoubl+ regret- regul+ reimpos- reinforc- reinvit+ rejoic+ relat+
relax+ releas+ relinquish+ remit- remonstr- remov- render+ renounc- repel- repress-
reprimand- reproach- reprob- repuls- request+ rescind- rescu+ resettl+ resid- resign+
resolv+ respect+ restrain- restrict- resurrect+ resuscit+ retali- retard- retir+ retract+
retreat+ reveal+ revit+ reviv+ revolution- revolutionis- reward+ ridicul- ring- riot- rip-
risk- rous+ ruin- rule+ rumin+ sabotag- sadden- safeguard+ salut+ sanctifi+ satifi+ savag-
scoff- scold- scorn- scuffl- seced- seek+ segreg- seiz- sentenc- serv+ settl+ shatter-
shell- shelter+ shelv- shield+ shoot- shun- sieg- signal+ simplifi+ skirmish- slander-
slap- slaughter- slay- slight- smash- snatch- snipe- snub- solicit+ specul+ spoil-
sponsor+ spur+ spurn- stab- stabil+ stabilis+ stall- steal- steer+ stock+ stone- storm-
strangl- strike- strive+ struggl- stymi- subdu- subjug- submit+ subscrib+ subvert-
succumb+ sue- suggest+ summon+ superv+ supervis+ suppli+ support+ suppress- surmount-
surrend+ surround- suspect- swap+ swear- synchron+ synchronis+ tabl- take- target-
tarnish- task+ tax- tear- teas+ telephon+ tempt+ tend+ tender+ terror- thank+ think+
threaten- thump- toast+ toler+ torch- torment- tortur- tour+ trade+ train+ travel+
triumph+ unblock+ undermin- underwrit+ undo+ unifi+ union+ unionis+ unit+ unloos+ unti+
unveil+ upset- usurp- valu+ vandal- vandalis- verifi+ veto- vex- vindic+ visit+ vitiat-
volunt+ vote+ vouch+ wail- waiv+ want+ ward+ warn- weep- weigh+ welcom+ whine- whip-
withdraw+ withhold- wound- wrangl- wrest- wrestl- yield+
";

/// Open-addressing look-up tables over the keys of an embedded text, built at compile time: one
/// `u64` per slot, the top [`TAG_BITS`] bits of the key's FNV-1a hash, the key's byte offset
/// (plus one; 0: empty slot) and its length. The text is searched only on a tag match.
const LEX_BITS: u32 = 14;
const LEX_SLOTS: usize = 1 << LEX_BITS;
const TAG_BITS: u32 = 32;
const OFF_BITS: u32 = 22;
const LEN_BITS: u32 = 64 - TAG_BITS - OFF_BITS;

const fn bytes_eq(t: &[u8], a: usize, b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        if t[a + i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Adds the key `t[start..start + len]` (FNV-1a hash `h`); a repeated key takes the later entry,
/// as a map filled in text order would.
const fn lex_insert(slots: &mut [u64; LEX_SLOTS], t: &[u8], start: usize, len: usize, h: u64) {
    assert!(start + 1 < 1 << OFF_BITS && len < 1 << LEN_BITS);
    let tag = h >> (64 - TAG_BITS) << (64 - TAG_BITS);
    let entry = tag | ((start as u64 + 1) << LEN_BITS) | len as u64;
    let mut s = lex_slot(h);
    let mut probes = 0;
    loop {
        let v = slots[s];
        if v == 0 {
            slots[s] = entry;
            return;
        }
        let (o, l) = lex_entry(v);
        if v >> (64 - TAG_BITS) << (64 - TAG_BITS) == tag && l == len {
            let mut i = 0;
            while i < len && t[o + i] == t[start + i] {
                i += 1;
            }
            if i == len {
                slots[s] = entry;
                return;
            }
        }
        probes += 1;
        assert!(probes < LEX_SLOTS / 2, "lexicon table too full");
        s = (s + 1) & (LEX_SLOTS - 1);
    }
}

/// The first slot of the key with FNV-1a hash `h`: the top bits of `h` remixed (in FNV-1a the last
/// byte hardly reaches the top bits, so words differing only there would share a slot).
const fn lex_slot(h: u64) -> usize {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - LEX_BITS)) as usize
}

/// The offset and length of a slot's key.
const fn lex_entry(v: u64) -> (usize, usize) {
    (
        ((v << TAG_BITS) >> (TAG_BITS + LEN_BITS)) as usize - 1,
        (v & ((1 << LEN_BITS) - 1)) as usize,
    )
}

/// The offset just past `key` in the text of `slots`, if it is one of its keys; `h` is
/// `fnv(FNV0, key)`.
#[inline]
fn lex_find(slots: &[u64; LEX_SLOTS], text: &str, key: &[u8], h: u64) -> Option<usize> {
    let tag = h >> (64 - TAG_BITS);
    let mut s = lex_slot(h);
    loop {
        let v = slots[s];
        if v == 0 {
            return None;
        }
        if v >> (64 - TAG_BITS) == tag {
            let (o, l) = lex_entry(v);
            if l == key.len() && text.as_bytes()[o..o + l] == *key {
                return Some(o + l);
            }
        }
        s = (s + 1) & (LEX_SLOTS - 1);
    }
}

/// [`VADER`] by word: every line with a tab, keyed by what comes before it (as
/// `lines().filter_map(split_once('\t'))` into a map; all values parse, see the test
/// `vader_index_finds_every_line`).
static VADER_INDEX: [u64; LEX_SLOTS] = {
    let t = VADER.as_bytes();
    let mut slots = [0u64; LEX_SLOTS];
    let mut i = 0;
    while i < t.len() {
        let start = i;
        let mut h = FNV0;
        while i < t.len() && t[i] != b'\t' && t[i] != b'\n' {
            h = (h ^ t[i] as u64).wrapping_mul(FNV_PRIME);
            i += 1;
        }
        if i < t.len() && t[i] == b'\t' {
            lex_insert(&mut slots, t, start, i - start, h);
        }
        while i < t.len() && t[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    slots
};

/// [`CAMEO_STEMS`] by stem.
static CAMEO_INDEX: [u64; LEX_SLOTS] = {
    let t = CAMEO_STEMS.as_bytes();
    let mut slots = [0u64; LEX_SLOTS];
    let mut i = 0;
    while i < t.len() {
        if t[i] == b' ' || t[i] == b'\n' {
            i += 1;
            continue;
        }
        let start = i;
        while i < t.len() && t[i] != b' ' && t[i] != b'\n' {
            i += 1;
        }
        // the stem without its class sign
        let (mut h, mut j) = (FNV0, start);
        while j + 1 < i {
            h = (h ^ t[j] as u64).wrapping_mul(FNV_PRIME);
            j += 1;
        }
        assert!(t[i - 1] == b'+' || t[i - 1] == b'-');
        lex_insert(&mut slots, t, start, i - 1 - start, h);
    }
    slots
};

/// VADER valence of a lower-cased word (`h`: its FNV-1a hash); 0 when absent.
#[inline]
fn vader_of(word: &[u8], h: u64) -> f32 {
    match lex_find(&VADER_INDEX, VADER, word, h) {
        Some(tab) => vader_value(tab),
        None => 0.0,
    }
}

/// The value of the VADER line whose tab is at `tab`.
#[cold]
fn vader_value(tab: usize) -> f32 {
    let rest = &VADER[tab + 1..];
    let line = rest.split('\n').next().unwrap_or("");
    line.trim().parse::<f32>().unwrap_or(0.0)
}

/// +1 for a cooperative CAMEO stem, -1 for a hostile one (`h`: the stem's FNV-1a hash).
#[inline]
fn cameo_of(stem: &[u8], h: u64) -> Option<f32> {
    let end = lex_find(&CAMEO_INDEX, CAMEO_STEMS, stem, h)?;
    Some(if CAMEO_STEMS.as_bytes()[end] == b'+' {
        1.0
    } else {
        -1.0
    })
}

// bits of `WORD_FLAGS`
const F_CONTRAST: u8 = 1;
const F_NEGATOR: u8 = 2;
const F_AUX: u8 = 4;
const F_FUNC_LEFT: u8 = 8;
const F_FIRST_PERSON: u8 = 16;
const WORD_SLOTS: usize = 256;

/// The stems of the word lists ([`CONTRAST`], [`NEGATORS`], [`AUX`], [`FUNC_LEFT`],
/// [`FIRST_PERSON`]) with their flags, by FNV-1a hash (open addressing; flags 0: empty slot).
static WORD_FLAGS: [(&str, u8); WORD_SLOTS] = {
    let mut slots: [(&str, u8); WORD_SLOTS] = [("", 0); WORD_SLOTS];
    let lists: [(&[&str], u8); 5] = [
        (CONTRAST, F_CONTRAST),
        (NEGATORS, F_NEGATOR),
        (AUX, F_AUX),
        (FUNC_LEFT, F_FUNC_LEFT),
        (FIRST_PERSON, F_FIRST_PERSON),
    ];
    let mut l = 0;
    while l < lists.len() {
        let (words, flag) = lists[l];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let mut s = (const_hash(words[k]) >> 56) as usize;
            loop {
                let (sw, f) = slots[s];
                if f == 0 {
                    slots[s] = (words[k], flag);
                    break;
                }
                if sw.len() == w.len() && bytes_eq(sw.as_bytes(), 0, w) {
                    slots[s].1 = f | flag;
                    break;
                }
                s = (s + 1) % WORD_SLOTS;
            }
            k += 1;
        }
        l += 1;
    }
    slots
};

/// The word-list flags of a stem (`h`: its FNV-1a hash).
#[inline]
fn word_flags(stem: &str, h: u64) -> u8 {
    let mut s = (h >> 56) as usize;
    loop {
        let (w, f) = WORD_FLAGS[s];
        if f == 0 {
            return 0;
        }
        if w == stem {
            return f;
        }
        s = (s + 1) % WORD_SLOTS;
    }
}

/// A short fingerprint of the embedded lexicons: `feature_hash(VADER, &[CAMEO])`.
pub(crate) fn lexicon_fingerprint() -> String {
    const H: u64 = {
        let h = fnv_const(FNV0, VADER.as_bytes());
        fnv_const(fnv_const(h, b":"), CAMEO.as_bytes())
    };
    format!("{H:016x}")
}

/// Turns (quote, speaker, target) triples into features. Cheap to share between threads.
pub struct FeatureExtractor {
    config: FeatureConfig,
}

impl std::fmt::Debug for FeatureExtractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeatureExtractor")
            .field("config", &self.config)
            .finish()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mask {
    None,
    Target,
    Other,
    Speaker,
}

/// The stems of the tokens that have no word of their own: the masks of the target, of other
/// actors and of the speaker, numbers, and the "not" split off "n't". Their [`Info`]s open every
/// thread's cache, at these indices, so every non-punctuation token has an `Info`.
const PRELUDE: [&str; 5] = ["<t>", "<o>", "<s>", "<num>", "not"];
const I_T: u32 = 0;
const I_O: u32 = 1;
const I_S: u32 = 2;
const I_NUM: u32 = 3;
const I_NOT: u32 = 4;

/// A word (any token but punctuation) after masking.
struct Tok {
    /// Index into `Scratch::infos` (a word, a mask, a number, a split-off "not").
    info: u32,
    /// VADER valence of the lower-cased token (0 when absent), before negation; a masked token
    /// keeps its word's valence.
    vader: f32,
    clause: u16,
    negated: bool,
}

/// A mention of the target (its tokens merged into one) after masking.
struct Mention {
    /// Its index among the words; 0 when the mention's first token is punctuation.
    k: usize,
    /// The mention is a word (not punctuation).
    word: bool,
    clause: u16,
    /// The token before it is a comma, and it is not the first or second token.
    after_comma: bool,
}

/// What [`FeatureExtractor::tokens`] finds besides the words, in the same pass. Positions count
/// every token after masking (punctuation and split-off "not" included).
#[derive(Default)]
struct Found {
    /// The position of the first contrast word.
    contrast_at: Option<usize>,
    /// The position of the first target mention.
    first_target: Option<usize>,
    /// Other actors are named.
    has_other: bool,
}

const NO_INFO: u32 = u32::MAX;

// slots of `Info::vi` (the single-word features of a stem): prefix + 0 plain, + 1 with "NOT"
const H_U: usize = 0;
const H_TC: usize = 2;
const H_WL: usize = 4;
const H_WR: usize = 6;
const H_VR: usize = 8;
const H_VL: usize = 10;
const H_T1L: usize = 12;
const H_T1R: usize = 13;
const H_CUE: usize = 14;
const N_H: usize = 15;
/// The prefix and negation marker of each slot.
const SLOT_NAMES: [(&str, &str); N_H] = [
    ("u", ""),
    ("u", "NOT"),
    ("tc", ""),
    ("tc", "NOT"),
    ("wl", ""),
    ("wl", "NOT"),
    ("wr", ""),
    ("wr", "NOT"),
    ("vr", ""),
    ("vr", "NOT"),
    ("vl", ""),
    ("vl", "NOT"),
    ("t1l", ""),
    ("t1r", ""),
    ("cue", ""),
];

/// `feature_hash` of the single-word feature in slot `k` of `stem`. Computed when needed rather
/// than for every new word: most slots of most words are never asked for.
#[inline]
fn slot_hash(k: usize, stem: &str) -> u64 {
    let (prefix, neg) = SLOT_NAMES[k];
    feature_hash(prefix, &[neg, stem])
}

/// The FNV-1a states after "b:" and "tb:" (see [`PAIR_PREFIXES`]).
const PAIR_HEADS: [u64; 2] = [const_hash("b:"), const_hash("tb:")];

/// What is known about a lower-cased word once stemmed; cached per thread.
struct Info {
    /// The stem: `Scratch::stem_text[stem.0..stem.0 + stem.1]`.
    stem: (u32, u32),
    vader: f32,
    /// [`WORD_FLAGS`] bits.
    flags: u8,
    cameo: Option<f32>,
    /// FNV state after `b:<stem>_` and `tb:<stem>_` (see [`PAIR_PREFIXES`]).
    st: [u64; 2],
    /// FNV-1a hash of the stem.
    stem_h: u64,
    /// Per slot, the sink's cached look-up of that slot's feature (see [`Sink::feat_c`]).
    vi: [Cell<u32>; N_H],
}

impl Info {
    /// `lower` (FNV-1a hash `lower_h`) stemmed to `stem`, which `stem_text` holds from `start`.
    fn new(lower: &[u8], lower_h: u64, stem: &str, start: usize) -> Info {
        let stem_h = fnv(FNV0, stem.as_bytes());
        Info {
            stem: (start as u32, stem.len() as u32),
            vader: vader_of(lower, lower_h),
            flags: word_flags(stem, stem_h),
            cameo: cameo_of(stem.as_bytes(), stem_h),
            st: PAIR_HEADS.map(|h| fnv(fnv(h, stem.as_bytes()), b"_")),
            stem_h,
            vi: std::array::from_fn(|_| Cell::new(VI_UNKNOWN)),
        }
    }

    #[inline]
    fn stem<'a>(&self, stem_text: &'a str) -> &'a str {
        let (s, l) = self.stem;
        &stem_text[s as usize..(s + l) as usize]
    }

    #[inline]
    fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// Punctuation clause breaks outside ASCII: — – “ ”.
const BRK_EM_DASH: &[u8] = "—".as_bytes();
const BRK_EN_DASH: &[u8] = "–".as_bytes();
const BRK_LDQUO: &[u8] = "“".as_bytes();
const BRK_RDQUO: &[u8] = "”".as_bytes();

/// Stems cached per thread, keyed by the lower-cased word, across quotes and documents (news
/// vocabulary is Zipfian: after a few articles most words have been stemmed before); cleared
/// back to the [`PRELUDE`] when it grows past this, so memory stays flat for any input. A word
/// costs about 150 bytes (its `Info`, map entry and stem text), so about 5 MB per thread at most.
const STEM_CACHE_MAX: usize = 1 << 15;

/// Buffers reused between calls on one thread.
struct Scratch {
    raw: Vec<Token>,
    /// The lower-cased word being looked up.
    word: Vec<u8>,
    /// The words of the current input, masked.
    toks: Vec<Tok>,
    /// Per token of `raw`, its mask for the current input.
    masks: Vec<Mask>,
    speaker: Vec<(usize, usize)>,
    targets: Vec<Mention>,
    target_clauses: Vec<bool>,
    /// The indices of the words of `toks` with a valence (not 0).
    valenced: Vec<u32>,
    /// The stem cache.
    lex: Words,
    /// Per token of `raw`: its word info and flags, before masking.
    pre: Vec<Pre>,
    /// The quote `raw` and `pre` were made from.
    cached_quote: String,
    /// `raw` and `pre` hold the tokens of `cached_quote`.
    prepared: bool,
    /// The [`Sink::cache_key`] the `Info::vi` cells were filled for.
    vi_key: u64,
}

/// Every lower-cased word seen by a thread, stemmed once, with what is known about it.
struct Words {
    stemmer: Stemmer,
    /// [`word_key`] of the lower-cased word -> index into `infos`. Keyed by the 64-bit key
    /// alone: no string to chase and compare on every token.
    stems: KeyIndex,
    /// The [`PRELUDE`] stems, then every word looked up through `stems`.
    infos: Vec<Info>,
    /// The stems of `infos`, end to end (one buffer rather than a string per word).
    stem_text: String,
}

/// The negation scope of the masking pass as a table: by a token's `P_*` flags (after masking)
/// and the number of tokens still to be negated before it (0-3), whether it is negated
/// ([`NEG_NEGATED`]) and that number after it (the low two bits). A clause break or contrast word
/// ends the scope before the token, a comma after it; "n't" or a negator opens one of 3 tokens;
/// punctuation is never negated but counts.
const NEG_STEP: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0usize;
    while i < 256 {
        let (f, mut left) = ((i >> 2) as u8, i & 3);
        if f & (P_BRK | P_CONTRAST) != 0 {
            left = 0;
        }
        let negated = left > 0 && f & P_PUNCT == 0;
        if f & P_COMMA != 0 {
            left = 0;
        } else {
            left = left.saturating_sub(1);
        }
        if f & (P_NT | P_NEGATOR) != 0 {
            left = 3;
        }
        t[i] = left as u8 | if negated { NEG_NEGATED } else { 0 };
        i += 1;
    }
    t
};
const NEG_NEGATED: u8 = 0x80;

/// A token lower-cased and stemmed, before masking.
#[derive(Clone, Copy)]
struct Pre {
    /// As [`Tok::info`], unmasked.
    info: u32,
    /// VADER valence of the lower-cased token, masked or not; 0 for punctuation.
    vader: f32,
    /// What the masking pass needs, computed once per quote: `P_*` bits.
    flags: u8,
}

// bits of `Pre::flags`: the contrast/negator word-list flags of the unmasked token (the same bits
// as in `WORD_FLAGS`), "n't" cut off, punctuation, a punctuation clause break
// (". ; ! ? — – : ( ) \" “ ”"), a comma
const P_CONTRAST: u8 = F_CONTRAST;
const P_NEGATOR: u8 = F_NEGATOR;
const P_NT: u8 = 4;
const P_PUNCT: u8 = 8;
const P_BRK: u8 = 16;
const P_COMMA: u8 = 32;

impl Scratch {
    fn new() -> Self {
        let mut sc = Scratch {
            raw: Vec::new(),
            word: Vec::new(),
            toks: Vec::new(),
            masks: Vec::new(),
            speaker: Vec::new(),
            targets: Vec::new(),
            target_clauses: Vec::new(),
            valenced: Vec::new(),
            lex: Words {
                stemmer: Stemmer::create(Algorithm::English),
                // room for the words of a typical batch of documents without regrowing
                stems: KeyIndex::new(),
                infos: Vec::with_capacity(1024),
                stem_text: String::with_capacity(8192),
            },
            pre: Vec::new(),
            cached_quote: String::new(),
            prepared: false,
            vi_key: 0,
        };
        sc.reset_infos();
        sc
    }

    /// Empties the stem cache down to the [`PRELUDE`] infos.
    fn reset_infos(&mut self) {
        let w = &mut self.lex;
        w.stems.clear();
        w.infos.clear();
        w.stem_text.clear();
        for stem in PRELUDE {
            let start = w.stem_text.len();
            w.stem_text.push_str(stem);
            w.infos.push(Info::new(
                stem.as_bytes(),
                fnv(FNV0, stem.as_bytes()),
                stem,
                start,
            ));
        }
        self.prepared = false;
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::new());
}

/// Empties this thread's stem cache down to the [`PRELUDE`] (for tests: features and scores
/// must not depend on what the cache holds).
#[cfg(test)]
pub(crate) fn reset_thread_stem_cache() {
    SCRATCH.with(|cell| cell.borrow_mut().reset_infos());
}

impl Words {
    /// The index in `infos` of the lower-cased word `word`, stemmed and added on first sight.
    #[inline]
    fn word_info(&mut self, word: &[u8]) -> u32 {
        let key = word_key(word);
        match self.stems.get(key) {
            Some(id) => id,
            None => self.add_word(key, word),
        }
    }

    /// Stems `word` (lower-cased, [`word_key`] `key`) and adds its info to the cache.
    #[cold]
    #[inline(never)]
    fn add_word(&mut self, key: u64, word: &[u8]) -> u32 {
        let word = std::str::from_utf8(word).expect("lower-cased text is UTF-8");
        let id = self.infos.len() as u32;
        let start = self.stem_text.len();
        self.stem_text.push_str(&self.stemmer.stem(word));
        let info = Info::new(
            word.as_bytes(),
            fnv(FNV0, word.as_bytes()),
            &self.stem_text[start..],
            start,
        );
        self.infos.push(info);
        self.stems.insert(key, id);
        id
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The ASCII capitals among 8 bytes of ASCII lower-cased (any other byte, and every byte once
/// lower-cased, is left as it is).
#[inline]
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // per byte (< 0x80, so no carry into the next): high bit set if >= 'A', if > 'Z'
    let ge_a = x.wrapping_add((0x80 - b'A' as u64) * ONES);
    let gt_z = x.wrapping_add((0x80 - b'Z' as u64 - 1) * ONES);
    x | ((ge_a & !gt_z & !x & HIGH_BITS) >> 2)
}

/// The length of a word of up to 8 ASCII bytes in the high bits of its first four bytes, which
/// ASCII leaves clear.
#[inline]
fn len_mark(len: usize) -> u64 {
    const MARKS: [u64; 9] = {
        let mut m = [0u64; 9];
        let mut l = 0;
        while l < 9 {
            let x = l as u64;
            m[l] = (x & 1) << 7 | (x & 2) << 14 | (x & 4) << 21 | (x & 8) << 28;
            l += 1;
        }
        m
    };
    MARKS[len]
}

/// The stem cache's key of a lower-cased word: for up to 8 ASCII bytes, the bytes
/// ([`pack_word`]) and the length themselves, so no two such words share a key; else
/// [`long_key`].
#[inline]
fn word_key(w: &[u8]) -> u64 {
    if w.len() <= 8 {
        let p = pack_word(w);
        if p & HIGH_BITS == 0 {
            return p | len_mark(w.len());
        }
    }
    long_key(w)
}

/// [`word_key`] of `w` lower-cased, if `w` is ASCII (from its bytes 8 at a time, without a
/// lower-cased copy).
#[inline]
fn ascii_key(w: &[u8]) -> Option<u64> {
    if w.len() <= 8 {
        let p = pack_word(w);
        (p & HIGH_BITS == 0).then(|| lower8(p) | len_mark(w.len()))
    } else {
        w.is_ascii().then(|| long_key(w))
    }
}

/// A 64-bit hash of a word (8 bytes at a time, each ASCII capital lower-cased first, so that a
/// word and its lower-cased form get the same key).
fn long_key(w: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = (w.len() as u64).wrapping_mul(K);
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ lower8(x)).wrapping_mul(K);
    }
    (h.rotate_left(5) ^ lower8(pack_word(chunks.remainder()))).wrapping_mul(K)
}

/// Word key -> index into `Words::infos`: open addressing over a power of two of slots, at most
/// half full (a look-up is a multiplication and, mostly, one compare).
struct KeyIndex {
    /// (key, index); index [`NO_INFO`]: an empty slot.
    slots: Vec<(u64, u32)>,
    /// 64 - log2 of the number of slots.
    shift: u32,
    len: usize,
}

impl KeyIndex {
    fn new() -> Self {
        // room for the words of a typical batch of documents without regrowing
        const BITS: u32 = 11;
        KeyIndex {
            slots: vec![(0, NO_INFO); 1 << BITS],
            shift: 64 - BITS,
            len: 0,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut s = self.slot(key);
        loop {
            let (k, v) = self.slots[s];
            if v == NO_INFO {
                return None;
            }
            if k == key {
                return Some(v);
            }
            s = (s + 1) & mask;
        }
    }

    /// Adds a key that is not in the index.
    fn insert(&mut self, key: u64, v: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![(0, NO_INFO); old.len() * 2];
            self.shift -= 1;
            self.len = 0;
            for (k, v) in old.into_iter().filter(|s| s.1 != NO_INFO) {
                self.insert(k, v);
            }
        }
        let mask = self.slots.len() - 1;
        let mut s = self.slot(key);
        while self.slots[s].1 != NO_INFO {
            s = (s + 1) & mask;
        }
        self.slots[s] = (key, v);
        self.len += 1;
    }

    fn clear(&mut self) {
        self.slots.fill((0, NO_INFO));
        self.len = 0;
    }
}

impl FeatureExtractor {
    /// An extractor with the given configuration.
    pub fn new(config: FeatureConfig) -> Self {
        FeatureExtractor { config }
    }

    /// The configuration (stored with models).
    pub fn config(&self) -> &FeatureConfig {
        &self.config
    }

    /// Lower-cases and stems every token of `q` into `sc` (the part of tokenisation that does not
    /// depend on the target), unless `q` is the quote of the previous call.
    fn prepare_quote(sc: &mut Scratch, q: &str) {
        if sc.lex.stems.len() >= STEM_CACHE_MAX {
            sc.reset_infos();
        }
        if sc.prepared && sc.cached_quote.as_str() == q {
            return;
        }
        let Scratch {
            raw,
            word,
            lex,
            pre,
            cached_quote,
            prepared,
            ..
        } = sc;
        raw.clear();
        tokenize(q, 0..q.len(), raw);
        pre.clear();
        pre.reserve(raw.len());
        for t in raw.iter() {
            // bytes: no char-boundary checks (the token's text is only needed as a str when it
            // is not ASCII)
            let b = &q.as_bytes()[t.start..t.end];
            if t.kind == TokenKind::Punct {
                let brk = matches!(b, b"." | b";" | b"!" | b"?" | b":" | b"(" | b")" | b"\"")
                    || [BRK_EM_DASH, BRK_EN_DASH, BRK_LDQUO, BRK_RDQUO].contains(&b);
                // (punctuation is in neither word list)
                pre.push(Pre {
                    info: NO_INFO,
                    vader: 0.0,
                    flags: P_PUNCT
                        | if brk { P_BRK } else { 0 }
                        | if b == b"," { P_COMMA } else { 0 },
                });
                continue;
            }
            // the word without "'s" then "n't"
            let mut end = b.len();
            if end >= 2 && b[end - 2] == b'\'' && b[end - 1].eq_ignore_ascii_case(&b's') {
                end -= 2;
            }
            let mut nt = end > 3 && b[end - 3..end].eq_ignore_ascii_case(b"n't");
            if nt {
                end -= 3;
            }
            let w = &b[..end];
            // digits, dots and commas (no case to lower)
            let is_num = |w: &[u8]| {
                w.iter()
                    .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
            };
            let (info, vader) = if let Some(key) = ascii_key(w) {
                if is_num(w) {
                    // a number, valence looked up by its own text (no case to lower)
                    (I_NUM, vader_of(w, fnv(FNV0, w)))
                } else {
                    // `Info::vader` is the valence of this same lower-cased word
                    let id = match lex.stems.get(key) {
                        Some(id) => id,
                        None => {
                            word.clear();
                            word.extend(w.iter().map(u8::to_ascii_lowercase));
                            lex.add_word(key, word)
                        }
                    };
                    (id, lex.infos[id as usize].vader)
                }
            } else {
                let text = t.text(q);
                // lower-case with '’' turned into '\''; the possessive is cut after that, which
                // is the same as cutting "'s" / "’s" first
                word.clear();
                let l = text.to_lowercase();
                if l.contains('’') {
                    word.extend_from_slice(l.replace('’', "'").as_bytes());
                } else {
                    word.extend_from_slice(l.as_bytes());
                }
                if word.ends_with(b"'s") {
                    word.truncate(word.len() - 2);
                }
                nt = word.len() > 3 && word.ends_with(b"n't");
                if nt {
                    word.truncate(word.len() - 3);
                }
                if is_num(word) {
                    (I_NUM, vader_of(word, fnv(FNV0, word)))
                } else {
                    let id = lex.word_info(word);
                    (id, lex.infos[id as usize].vader)
                }
            };
            let wl = lex.infos[info as usize].flags & (F_CONTRAST | F_NEGATOR);
            pre.push(Pre {
                info,
                vader,
                flags: wl | if nt { P_NT } else { 0 },
            });
        }
        cached_quote.clear();
        cached_quote.push_str(q);
        *prepared = true;
    }

    /// Masks the tokens of `inp.quote` into the words `sc.toks` and the target mentions
    /// `sc.targets`.
    fn tokens(sc: &mut Scratch, inp: &StanceInput) -> Found {
        let q = inp.quote;
        Self::prepare_quote(sc, q);
        let Scratch {
            raw,
            toks: out,
            targets,
            masks,
            speaker,
            pre,
            lex,
            ..
        } = sc;
        // each token's mask: the mentions of other actors, then of the target over them (tokens
        // are in order, so the tokens a mention overlaps are found by binary search), then the
        // speaker's name among the tokens still unmasked
        masks.clear();
        masks.resize(raw.len(), Mask::None);
        for (ranges, mask) in [
            (&inp.others, Mask::Other),
            (&inp.own, Mask::Speaker),
            (&inp.target, Mask::Target),
        ] {
            for r in ranges {
                let first = raw.partition_point(|t| t.end <= r.start);
                for (t, m) in raw[first..].iter().zip(&mut masks[first..]) {
                    if t.start >= r.end {
                        break;
                    }
                    *m = mask;
                }
            }
        }
        speaker.clear();
        let spk = inp.speaker.unwrap_or("");
        // and the first bytes of the speaker's words: most tokens start with none of them
        let mut spk_first = [false; 256];
        for w in spk.split_whitespace().filter(|w| w.len() > 2) {
            let off = w.as_ptr() as usize - spk.as_ptr() as usize;
            speaker.push((off, off + w.len()));
            spk_first[w.as_bytes()[0] as usize] = true;
        }
        if !speaker.is_empty() {
            let (q, spk) = (q.as_bytes(), spk.as_bytes());
            for (t, m) in raw.iter().zip(masks.iter_mut()) {
                // bytes, not str slices: no char-boundary checks per token and speaker word
                if *m == Mask::None
                    && spk_first[q[t.start] as usize]
                    && speaker
                        .iter()
                        .any(|&(a, b)| q[t.start..t.end].starts_with(&spk[a..b]))
                {
                    *m = Mask::Speaker;
                }
            }
        }
        out.clear();
        out.reserve(raw.len() * 2);
        targets.clear();
        let mut found = Found::default();
        // (the prelude info of "not" holds the valence of the word "not")
        let vader_not = lex.infos[I_NOT as usize].vader;
        let mut clause = 0u16;
        let mut neg_left = 0u8;
        // the number of tokens so far, and the mask and comma flag of the last one
        let mut n = 0usize;
        let mut prev_mask = Mask::None;
        let mut prev_comma = false;
        for (pr, &mask) in pre.iter().zip(masks.iter()) {
            let mut f = pr.flags;
            let mut info = pr.info;
            if mask != Mask::None {
                // merge a multi-word mention into one token
                if n > 0 && prev_mask == mask {
                    continue;
                }
                // "<t>", "<o>" or "<s>": in neither word list (see the test
                // `masks_are_in_no_word_list`); its valence is its lower-cased text's
                f &= !(P_CONTRAST | P_NEGATOR);
                info = match mask {
                    Mask::Target => I_T,
                    Mask::Other => I_O,
                    _ => I_S,
                };
            }
            // clause breaks: sentence ends, dashes, colons, brackets, quotation marks, contrast
            // words (past 65,535 of them, in a quote of megabytes, the rest is one clause: a
            // count that wrapped made the target's clauses index out of bounds)
            clause = clause.saturating_add((f & (P_BRK | P_CONTRAST) != 0) as u16);
            let e = NEG_STEP[usize::from(f & 63) << 2 | usize::from(neg_left & 3)];
            let negated = e & NEG_NEGATED != 0;
            neg_left = e & 3;
            let punct = f & P_PUNCT != 0;
            match mask {
                Mask::None => {}
                Mask::Target => {
                    found.first_target.get_or_insert(n);
                    targets.push(Mention {
                        k: if punct { 0 } else { out.len() },
                        word: !punct,
                        clause,
                        after_comma: n >= 2 && prev_comma,
                    });
                }
                Mask::Other => found.has_other = true,
                Mask::Speaker => {}
            }
            if f & P_CONTRAST != 0 && found.contrast_at.is_none() {
                found.contrast_at = Some(n);
            }
            if !punct {
                out.push(Tok {
                    info,
                    vader: pr.vader,
                    clause,
                    negated,
                });
            }
            n += 1;
            prev_mask = mask;
            prev_comma = f & P_COMMA != 0;
            if f & P_NT != 0 {
                // keep the negation itself visible
                out.push(Tok {
                    info: I_NOT,
                    vader: vader_not,
                    clause,
                    negated: false,
                });
                n += 1;
                prev_mask = Mask::None;
                prev_comma = false;
            }
        }
        found
    }
    /// Emits every feature of `inp` into `sink`.
    pub(crate) fn emit<S: Sink>(&self, inp: &StanceInput, sink: &mut S) {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => self.emit_with(&mut sc, inp, sink),
            Err(_) => self.emit_with(&mut Scratch::new(), inp, sink),
        })
    }

    fn emit_with<S: Sink>(&self, sc: &mut Scratch, inp: &StanceInput, sink: &mut S) {
        let Found {
            contrast_at,
            first_target,
            has_other,
        } = Self::tokens(sc, inp);
        // the cue verb's word info, looked up now (its feature comes last)
        let cue = inp.cue.map(|c| {
            let Scratch { word, lex, .. } = &mut *sc;
            word.clear();
            if c.is_ascii() {
                word.extend(c.bytes().map(|b| b.to_ascii_lowercase()));
            } else {
                word.extend_from_slice(c.to_lowercase().as_bytes());
            }
            lex.word_info(word)
        });
        let key = sink.cache_key();
        if key != 0 && key != sc.vi_key {
            for i in &sc.lex.infos {
                i.vi.iter().for_each(|c| c.set(VI_UNKNOWN));
            }
            sc.vi_key = key;
        }
        let Scratch {
            toks,
            targets,
            target_clauses,
            valenced,
            lex,
            ..
        } = sc;
        let infos: &[Info] = &lex.infos;
        let stem_text: &str = &lex.stem_text;
        let toks: &[Tok] = toks;
        let targets: &[Mention] = targets;
        // per clause (numbered from 0 in token order), whether a target mention is in it
        target_clauses.clear();
        target_clauses.resize(toks.last().map_or(0, |t| t.clause as usize + 1), false);
        for m in targets {
            if let Some(c) = target_clauses.get_mut(m.clause as usize) {
                *c = true;
            }
        }
        let target_clauses: &[bool] = target_clauses;
        let infos_r: &[Info] = infos;
        // the word info of a token that is not punctuation
        let info = |t: &Tok| &infos_r[t.info as usize];
        // `prefix:[NOT_]stem` (functions rather than closures, to be inlined: these run for most
        // words); scoring sinks look the hash up once per word and slot, and keep the answer in
        // the word's cell
        #[inline(always)]
        fn emit_uni<S: Sink>(
            sink: &mut S,
            stem_text: &str,
            prefix: &str,
            slot: usize,
            i: &Info,
            negated: bool,
        ) {
            let k = slot + negated as usize;
            if S::NAMES {
                let neg = if negated { "NOT" } else { "" };
                let stem = i.stem(stem_text);
                sink.feat_h(prefix, &[neg, stem], slot_hash(k, stem))
            } else {
                sink.feat_c(
                    prefix,
                    &[],
                    move || slot_hash(k, i.stem(stem_text)),
                    &i.vi[k],
                )
            }
        }
        let uni = |sink: &mut S, prefix: &str, slot: usize, t: &Tok| {
            emit_uni(sink, stem_text, prefix, slot, info(t), t.negated)
        };
        // `prefix:a_b`, continuing the cached state of `a`
        #[inline(always)]
        fn emit_bi<S: Sink>(
            sink: &mut S,
            stem_text: &str,
            prefix: &str,
            slot: usize,
            a: &Info,
            b: &Info,
        ) {
            let stems = || [a.stem(stem_text), b.stem(stem_text)];
            if a.stem.1 == 0 || b.stem.1 == 0 {
                sink.feat(prefix, &stems(), 1.0)
            } else {
                sink.feat_pair(prefix, stems, a.st[slot], b.stem_h)
            }
        }
        // `prefix:stem` (t1l, t1r, cue) of a word info
        let one = |sink: &mut S, prefix: &str, slot: usize, i: &Info| {
            if S::NAMES {
                let stem = i.stem(stem_text);
                sink.feat_h(prefix, &[stem], slot_hash(slot, stem))
            } else {
                sink.feat_c(
                    prefix,
                    &[],
                    move || slot_hash(slot, i.stem(stem_text)),
                    &i.vi[slot],
                )
            }
        };
        // whole-quote unigrams and bigrams, in this order: u(t0), b(t0 t1), u(t1), ... (each word's
        // info looked up once)
        let mut prev: Option<&Info> = None;
        for t in toks {
            let i = info(t);
            if let Some(p) = prev {
                emit_bi(sink, stem_text, "b", 0, p, i);
            }
            emit_uni(sink, stem_text, "u", H_U, i, t.negated);
            prev = Some(i);
        }
        // the target's own clause
        let mut tc_pos = 0f32;
        let mut tc_neg = 0f32;
        let mut all_pos = 0f32;
        let mut all_neg = 0f32;
        let mut cameo_coop = 0f32;
        let mut cameo_host = 0f32;
        let mut neg_in_tc = false;
        let mut prev_tc: Option<&Info> = None;
        valenced.clear();
        for (i, t) in toks.iter().enumerate() {
            let in_tc = target_clauses[t.clause as usize];
            // (words without valence add ±0 to sums that are never -0: they are skipped)
            if t.vader != 0.0 {
                valenced.push(i as u32);
                let mut v = t.vader;
                if t.negated {
                    v *= -0.74;
                }
                if v > 0.0 {
                    all_pos += v
                } else {
                    all_neg -= v
                }
                if in_tc {
                    if v > 0.0 {
                        tc_pos += v
                    } else {
                        tc_neg -= v
                    }
                }
            }
            if in_tc {
                let wi = info(t);
                emit_uni(sink, stem_text, "tc", H_TC, wi, t.negated);
                if let Some(p) = prev_tc {
                    emit_bi(sink, stem_text, "tb", 1, p, wi);
                }
                prev_tc = Some(wi);
                if let Some(c) = wi.cameo {
                    let c = if t.negated { -c } else { c };
                    if c > 0.0 {
                        cameo_coop += 1.0
                    } else {
                        cameo_host += 1.0
                    }
                }
                // (the negators include "not")
                if wi.has(F_NEGATOR) {
                    neg_in_tc = true;
                }
            }
        }
        // windows around each target mention
        let w = self.config.window;
        let mut fp_near = false;
        for m in targets {
            let k = m.k;
            for d in 1..=w {
                if k >= d {
                    let t = &toks[k - d];
                    uni(sink, "wl", H_WL, t);
                    if d == 1 {
                        one(sink, "t1l", H_T1L, info(t));
                    }
                    fp_near |= info(t).has(F_FIRST_PERSON);
                }
                if let Some(t) = toks.get(k + d) {
                    uni(sink, "wr", H_WR, t);
                    if d == 1 {
                        one(sink, "t1r", H_T1R, info(t));
                    }
                    fp_near |= info(t).has(F_FIRST_PERSON);
                }
            }
            if m.after_comma {
                fixed_feat!(sink, "list", 1.0);
            }
        }
        // per mention: the word the target does (first content word after it, auxiliaries skipped),
        // the word governing it (first content word before it), and VADER valence of its clause
        // weighted by 1/sqrt(distance)
        let (mut wpos, mut wneg) = (0f32, 0f32);
        for m in targets {
            let (k, cl) = (m.k, m.clause);
            if let Some(t) = toks[k + 1..]
                .iter()
                .take(5)
                .filter(|t| t.clause == cl)
                .find(|t| !info(t).has(F_AUX))
            {
                uni(sink, "vr", H_VR, t);
            }
            if let Some(t) = toks[..k]
                .iter()
                .rev()
                .take(4)
                .filter(|t| t.clause == cl)
                .find(|t| !info(t).has(F_FUNC_LEFT))
            {
                uni(sink, "vl", H_VL, t);
            }
            // words within VADER_REACH of the mention only: a clause thousands of words long
            // with thousands of mentions would otherwise cost mentions x words
            let from = k.saturating_sub(VADER_REACH);
            let to = (k + VADER_REACH + 1).min(toks.len());
            // clause numbers do not decrease along the words: the clause's words are a block
            let lo = toks.partition_point(|t| t.clause < cl).max(from);
            let hi = toks.partition_point(|t| t.clause <= cl).min(to);
            // (a mention that is punctuation is none of the words)
            let own = if m.word { k } else { usize::MAX };
            // (words without valence add ±0 to a sum that is never -0: they are skipped)
            let first = valenced.partition_point(|&i| (i as usize) < lo);
            for &i in &valenced[first..] {
                let i = i as usize;
                if i >= hi {
                    break;
                }
                if i == own {
                    continue;
                }
                let t = &toks[i];
                let mut v = t.vader;
                if t.negated {
                    v *= -0.74;
                }
                v /= (i.abs_diff(k) as f32).max(1.0).sqrt();
                if v > 0.0 {
                    wpos += v
                } else {
                    wneg -= v
                }
            }
        }
        // which side of a contrast the target stands on
        if let (Some(c), Some(p)) = (contrast_at, first_target) {
            if p < c {
                sink.feat_h(
                    "contrast",
                    &["before"],
                    const { const_hash("contrast:before") },
                );
            } else {
                sink.feat_h(
                    "contrast",
                    &["after"],
                    const { const_hash("contrast:after") },
                );
            }
        }
        if neg_in_tc {
            fixed_feat!(sink, "neg_tc", 1.0);
        }
        if fp_near {
            fixed_feat!(sink, "fp_near", 1.0);
        }
        if has_other {
            fixed_feat!(sink, "others", 1.0);
        }
        if inp.own_side {
            fixed_feat!(sink, "own_side", 1.0);
        }
        if let Some(c) = cue {
            one(sink, "cue", H_CUE, &infos_r[c as usize]);
        }
        if first_target.is_some_and(|p| p <= 1) {
            fixed_feat!(sink, "target_first", 1.0);
        }
        // lexicon strengths, squashed to about 0..1
        let sq = |x: f32| x / (x + 4.0);
        fixed_feat!(sink, "num", "vader_tc_pos", sq(tc_pos));
        fixed_feat!(sink, "num", "vader_tc_neg", sq(tc_neg));
        fixed_feat!(sink, "num", "vader_all_pos", sq(all_pos));
        fixed_feat!(sink, "num", "vader_all_neg", sq(all_neg));
        fixed_feat!(sink, "num", "vader_w_pos", wpos / (wpos + 2.0));
        fixed_feat!(sink, "num", "vader_w_neg", wneg / (wneg + 2.0));
        fixed_feat!(sink, "num", "cameo_tc_coop", sq(cameo_coop * 2.0));
        fixed_feat!(sink, "num", "cameo_tc_host", sq(cameo_host * 2.0));
        fixed_feat!(sink, "bias", 1.0);
    }

    /// Feature hashes and values, deduplicated (the first value of a repeated feature is kept).
    #[cfg(test)]
    pub(crate) fn hashed(&self, inp: &StanceInput, out: &mut Vec<(u64, f32)>) {
        out.clear();
        self.emit(inp, &mut HashSink(out));
        out.sort_unstable_by_key(|&(h, _)| h);
        out.dedup_by(|a, b| a.0 == b.0);
    }

    /// Feature names and values (for training vocabularies and explanations).
    pub fn named(&self, inp: &StanceInput) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        self.emit(inp, &mut NameSink(&mut out));
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(q: &str, target: &str) -> StanceInput<'static> {
        let q: &'static str = Box::leak(q.to_string().into_boxed_str());
        let s = q.find(target).unwrap();
        StanceInput {
            quote: q,
            target: vec![s..s + target.len()],
            ..Default::default()
        }
    }

    /// The stems in [`CAMEO_STEMS`] are what stemming the lexicon gives, and [`cameo_of`] finds
    /// them; on failure, prints the table to paste into [`CAMEO_STEMS`].
    #[test]
    fn cameo_stems_are_the_stemmed_lexicon() {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut want = std::collections::BTreeMap::new();
        for l in CAMEO.lines().skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 2 || f[0].contains(' ') {
                continue;
            }
            let v = match f[1] {
                "cooperative" => '+',
                "hostile" => '-',
                _ => continue,
            };
            want.insert(stemmer.stem(&f[0].to_lowercase()).into_owned(), v);
        }
        let got: std::collections::BTreeMap<String, char> = CAMEO_STEMS
            .split_whitespace()
            .map(|t| {
                (
                    t[..t.len() - 1].to_string(),
                    t[t.len() - 1..].parse().unwrap(),
                )
            })
            .collect();
        if got != want {
            let mut table = String::new();
            let mut line = String::new();
            for (s, v) in &want {
                if line.len() + s.len() + 2 > 90 {
                    table.push_str(&line);
                    table.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(s);
                line.push(*v);
            }
            table.push_str(&line);
            panic!("CAMEO_STEMS is out of date; it should be:\n{table}");
        }
        assert_eq!(CAMEO_STEMS.split_whitespace().count(), want.len());
        for (s, v) in &want {
            let c = if *v == '+' { 1.0 } else { -1.0 };
            assert_eq!(
                cameo_of(s.as_bytes(), fnv(FNV0, s.as_bytes())),
                Some(c),
                "{s}"
            );
        }
        for s in ["", "the", "attac", "attacks", "x"] {
            assert_eq!(cameo_of(s.as_bytes(), fnv(FNV0, s.as_bytes())), None, "{s}");
        }
    }

    /// [`vader_of`] gives what a map of the lexicon's lines (the later of two equal words) gives.
    #[test]
    fn vader_index_finds_every_line() {
        let mut map = FxMap::default();
        for l in VADER.lines() {
            if let Some((w, v)) = l.split_once('\t') {
                // all values parse, so no line is skipped (which `vader_of` does not do)
                let v: f32 = v.trim().parse().unwrap_or_else(|_| panic!("{l:?}"));
                map.insert(w, v);
            }
        }
        assert!(map.len() > 7000);
        for (w, v) in &map {
            let got = vader_of(w.as_bytes(), fnv(FNV0, w.as_bytes()));
            assert_eq!(got.to_bits(), v.to_bits(), "{w}");
        }
        for w in ["", "zzzz", "goo", "goodx", "<t>"] {
            assert!(!map.contains_key(w));
            assert_eq!(vader_of(w.as_bytes(), fnv(FNV0, w.as_bytes())), 0.0, "{w}");
        }
        assert_eq!(
            format!("{:016x}", feature_hash(VADER, &[CAMEO])),
            lexicon_fingerprint()
        );
    }

    /// The key of a word's bytes as they are in the quote is the key of the word lower-cased;
    /// distinct short words have distinct keys.
    #[test]
    fn word_keys() {
        let words = [
            "",
            "a",
            "A",
            "I",
            "we",
            "We",
            "WE",
            "the",
            "The",
            "obama",
            "Obama",
            "OBAMA",
            "zZ@[`{",
            "abcdefgh",
            "ABCDEFGH",
            "abcdefghi",
            "AbCdEfGhIjKlMnOpQ",
            "state-of-the-art",
            "U.S.",
            "3,000",
            "x1y2",
            "naïve",
            "Ünited",
            "@",
            "[",
            "`",
            "{",
        ];
        for w in words {
            let lower = w.to_lowercase();
            assert_eq!(
                ascii_key(w.as_bytes()),
                w.is_ascii().then(|| word_key(lower.as_bytes())),
                "{w}"
            );
        }
        let mut keys = std::collections::HashMap::new();
        let letters = b"az'-.0AZ";
        for len in 0..=4 {
            for n in 0..letters.len().pow(len) {
                let w: Vec<u8> = (0..len)
                    .map(|i| letters[n / letters.len().pow(i) % letters.len()])
                    .collect();
                let w = w.to_ascii_lowercase();
                if let Some(other) = keys.insert(word_key(&w), w.clone()) {
                    assert_eq!(other, w);
                }
            }
        }
    }

    #[test]
    fn word_flags_are_the_lists() {
        let lists = [
            (CONTRAST, F_CONTRAST),
            (NEGATORS, F_NEGATOR),
            (AUX, F_AUX),
            (FUNC_LEFT, F_FUNC_LEFT),
            (FIRST_PERSON, F_FIRST_PERSON),
        ];
        let all = lists.iter().flat_map(|l| l.0.iter());
        for w in all.chain(["", "attack", "notx", "bu"].iter()) {
            let want = lists
                .iter()
                .filter(|l| l.0.contains(w))
                .fold(0, |f, l| f | l.1);
            assert_eq!(word_flags(w, fnv(FNV0, w.as_bytes())), want, "{w}");
        }
    }

    #[test]
    fn masks_are_in_no_word_list() {
        // the masking pass in `tokens` relies on this
        for m in ["<t>", "<o>", "<s>"] {
            assert!(!CONTRAST.contains(&m) && !NEGATORS.contains(&m), "{m}");
        }
    }

    /// Emptying the thread's stem cache (as when it grows too large) changes no feature, and a
    /// fresh scratch gives the same features as one that has seen other quotes.
    #[test]
    fn stem_cache_reset_changes_nothing() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let inputs = [
            input(
                "We will never accept Washington's bullying, but Moscow is a friend.",
                "Moscow",
            ),
            input(
                "Don't trust Paris: its 3,000 troops aren't welcome.",
                "Paris",
            ),
            input("“Berlin’s ministers can’t win,” he said.", "Berlin"),
        ];
        let run = |sc: &mut Scratch| {
            inputs
                .iter()
                .map(|i| {
                    let mut out = Vec::new();
                    fx.emit_with(sc, i, &mut NameSink(&mut out));
                    out
                })
                .collect::<Vec<_>>()
        };
        let mut sc = Scratch::new();
        let first = run(&mut sc);
        assert!(sc.lex.infos.len() > PRELUDE.len());
        assert_eq!(run(&mut sc), first, "cached");
        sc.reset_infos();
        assert_eq!(sc.lex.infos.len(), PRELUDE.len());
        assert_eq!(run(&mut sc), first, "after a reset");
        assert_eq!(run(&mut Scratch::new()), first, "fresh");
    }

    #[test]
    fn names_and_hashes_agree() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let inp = input(
            "We will never accept Washington's bullying, but Moscow is a friend.",
            "Washington",
        );
        let named = fx.named(&inp);
        let mut hashed = Vec::new();
        fx.hashed(&inp, &mut hashed);
        let mut from_names: Vec<u64> = named.iter().map(|(n, _)| name_hash(n)).collect();
        from_names.sort_unstable();
        from_names.dedup();
        let hs: Vec<u64> = hashed.iter().map(|h| h.0).collect();
        assert_eq!(from_names, hs);
        let names: Vec<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"contrast:before"), "{names:?}");
        assert!(names.contains(&"tc:NOT_accept"), "{names:?}");
        assert!(names.contains(&"t1r:bulli"), "{names:?}");
        assert!(
            !names.iter().any(|n| n.contains("washington")),
            "target masked: {names:?}"
        );
    }

    #[test]
    fn target_clause_differs_between_targets() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let q = "We thank Japan for its support, but Beijing's actions are reckless.";
        let a = fx.named(&input(q, "Japan"));
        let b = fx.named(&input(q, "Beijing"));
        assert!(a.iter().any(|(n, _)| n == "tc:thank"));
        assert!(!b.iter().any(|(n, _)| n == "tc:thank"));
        assert!(b.iter().any(|(n, _)| n == "tc:reckless"));
    }

    #[test]
    fn own_side_is_masked_like_the_speaker() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let q = "Tehran and Moscow must step up cooperation to isolate the United States.";
        let mut inp = input(q, "the United States");
        inp.others.push(11..17);
        let plain = fx.named(&inp);
        assert!(plain.iter().any(|(n, _)| n == "b:tehran_and"), "{plain:?}");
        inp.own.push(0..6);
        let own = fx.named(&inp);
        assert!(own.iter().any(|(n, _)| n == "b:<s>_and"), "{own:?}");
        assert!(!own.iter().any(|(n, _)| n.contains("tehran")), "{own:?}");
    }

    #[test]
    fn verb_after_and_before_target() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let a = fx.named(&input("Beijing has also shown great restraint.", "Beijing"));
        assert!(a.iter().any(|(n, _)| n == "vr:shown"), "{a:?}");
        let b = fx.named(&input("We accuse the Kremlin of lying.", "Kremlin"));
        assert!(b.iter().any(|(n, _)| n == "vl:accus"), "{b:?}");
        // the governing word must be in the target's clause
        let c = fx.named(&input("We will win: Paris is ready.", "Paris"));
        assert!(!c.iter().any(|(n, _)| n == "vl:win"), "{c:?}");
        assert!(c.iter().any(|(n, _)| n == "vr:readi"), "{c:?}");
    }

    #[test]
    fn window_valence_is_clause_local_and_distance_weighted() {
        let fx = FeatureExtractor::new(FeatureConfig::default());
        let val = |q: &str, t: &str, f: &str| {
            fx.named(&input(q, t))
                .into_iter()
                .find(|(n, _)| n == f)
                .map_or(0.0, |x| x.1)
        };
        let near = val(
            "Ankara is a great friend, but Athens is reckless.",
            "Ankara",
            "num:vader_w_pos",
        );
        let far = val(
            "Ankara is a great friend, but Athens is reckless.",
            "Athens",
            "num:vader_w_pos",
        );
        assert!(near > 0.0 && far == 0.0, "{near} {far}");
        let close = val(
            "Rome is great and we like the plan.",
            "Rome",
            "num:vader_w_pos",
        );
        let distant = val(
            "Rome is the city and we like the plan and it is great.",
            "Rome",
            "num:vader_w_pos",
        );
        assert!(close > distant, "{close} {distant}");
    }
}
