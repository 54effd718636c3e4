//! Names within one document: titles stripped ("Iranian Supreme Leader Ayatollah Ali Khamenei" ->
//! "Ali Khamenei", title "Supreme Leader Ayatollah", affiliation from "Iranian"), short forms
//! ("Khamenei") mapped to the full name, organisations and roles ("the federation"), pronouns.

use super::np::{is_cap, is_sentence_opener, Np, NpKind};
use super::{Context, Entity, EntityKind};
use crate::text::{Doc, TokenKind};

/// Title and rank words stripped from the front of a person's name.
const TITLES: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Finance", "Interior",
    "Trade", "Secretary", "General", "Supreme", "Leader", "Ayatollah", "Grand", "Chancellor", "King",
    "Queen", "Prince", "Princess", "Crown", "Sheikh", "Emir", "Sultan", "Pope", "Cardinal",
    "Archbishop", "Bishop", "Rabbi", "Imam", "Chief", "Executive", "Officer", "CEO", "Chairman",
    "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador",
    "Envoy", "Special", "Governor", "Mayor", "Senator", "Sen.", "Rep.", "Representative",
    "Congressman", "Congresswoman", "Judge", "Justice", "Attorney", "Prosecutor", "Coach", "Captain",
    "Capt.", "Gen.", "Lt.", "Col.", "Maj.", "Sgt.", "Adm.", "Admiral", "Colonel", "Major",
    "Lieutenant", "Sergeant", "Commander", "Field", "Marshal", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.",
    "Mr", "Mrs", "Ms", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Gov.", "Deputy",
    "Assistant", "Acting", "Former", "Speaker", "Premier", "Commissioner", "High", "State",
    "Opposition", "Party", "Head", "Manager", "Striker", "Midfielder", "Defender", "Goalkeeper",
    "Coach", "Founder", "Co-founder", "Economy", "Health", "Energy", "Justice", "Education",
    "Environment", "Agriculture", "Culture", "Sports", "Labour", "Labor", "Transport", "Home",
    "Affairs", "Security", "National", "Adviser", "Advisor", "Chairperson", "Rev.", "Father",
    "Brother", "Sister", "Saint", "Crown", "Regional", "Top", "Senior", "Secretary-General",
    "Director-General", "Under-Secretary", "President-elect", "Chief", "of", "the", "for",
    "Undersecretary", "Shadow", "Co-author", "Author", "Majority", "Minority", "Whip", "Leader",
    "Researcher", "Professor", "Lead", "Analyst", "Economist", "Scientist", "Chef", "Secretary-general",
];

/// Head words that make a capitalised phrase an organisation.
const ORG_HEADS: &[&str] = &[
    "Department", "Ministry", "Federation", "Company", "Commission", "Council", "Party", "Union",
    "Agency", "Office", "Inc.", "Inc", "Ltd", "Ltd.", "Group", "Bank", "Association", "Committee",
    "Coalition", "Court", "Government", "Army", "Police", "Institute", "Foundation", "University",
    "Organisation", "Organization", "Corporation", "Corp.", "Airways", "Airlines", "Service",
    "Authority", "Board", "Parliament", "Congress", "Senate", "Assembly", "Kremlin", "Pentagon",
    "House", "Club", "FC", "League", "Forces", "Navy", "Guard", "Network", "Times", "News", "Post",
    "Press", "Reuters", "Television", "TV", "Radio", "Agency", "Fund", "Centre", "Center", "Society",
    "Alliance", "Movement", "Front", "Secretariat", "Cabinet", "Administration", "Embassy",
    "Ministries", "Tribunal", "Bureau", "Trust", "Hospital", "Council", "Chamber", "Treasury",
    "Commerce", "Unit", "Corps", "Brigade", "Brigades", "Holdings", "Motors", "Technologies",
    "Systems", "Industries", "Energy", "Oil", "Gas", "Petroleum", "Nations", "Organisation",
];

/// Country adjectives and their ids, for affiliations revealed by a title ("Iranian President").
const DEMONYMS: &[(&str, &str)] = &[
    ("Iranian", "IRN"), ("Russian", "RUS"), ("American", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("Chinese", "CHN"), ("British", "GBR"), ("French", "FRA"), ("German", "DEU"), ("Israeli", "ISR"),
    ("Palestinian", "PSE"), ("Ukrainian", "UKR"), ("Turkish", "TUR"), ("Syrian", "SYR"),
    ("Iraqi", "IRQ"), ("Saudi", "SAU"), ("Indian", "IND"), ("Pakistani", "PAK"), ("Japanese", "JPN"),
    ("Korean", "KOR"), ("South", ""), ("North", ""), ("Italian", "ITA"), ("Spanish", "ESP"),
    ("Canadian", "CAN"), ("Mexican", "MEX"), ("Brazilian", "BRA"), ("Egyptian", "EGY"),
    ("Azerbaijani", "AZE"), ("Armenian", "ARM"), ("Polish", "POL"), ("Hungarian", "HUN"),
    ("Australian", "AUS"), ("Afghan", "AFG"), ("Lebanese", "LBN"), ("Jordanian", "JOR"),
    ("Qatari", "QAT"), ("Emirati", "ARE"), ("Yemeni", "YEM"), ("Venezuelan", "VEN"),
    ("Cuban", "CUB"), ("Nigerian", "NGA"), ("Kenyan", "KEN"), ("Ethiopian", "ETH"),
    ("Sudanese", "SDN"), ("Taiwanese", "TWN"), ("Vietnamese", "VNM"), ("Filipino", "PHL"),
    ("Indonesian", "IDN"), ("Malaysian", "MYS"), ("Thai", "THA"), ("Dutch", "NLD"),
    ("Belgian", "BEL"), ("Swedish", "SWE"), ("Norwegian", "NOR"), ("Danish", "DNK"),
    ("Finnish", "FIN"), ("Greek", "GRC"), ("Portuguese", "PRT"), ("Irish", "IRL"), ("Swiss", "CHE"),
    ("Austrian", "AUT"), ("Czech", "CZE"), ("Romanian", "ROU"), ("Serbian", "SRB"),
    ("Belarusian", "BLR"), ("Georgian", "GEO"), ("Kazakh", "KAZ"), ("Argentine", "ARG"),
    ("Argentinian", "ARG"), ("Chilean", "CHL"), ("Colombian", "COL"), ("Peruvian", "PER"),
    ("South African", "ZAF"), ("Algerian", "DZA"), ("Moroccan", "MAR"), ("Libyan", "LBY"),
    ("Tunisian", "TUN"), ("Bangladeshi", "BGD"), ("Sri Lankan", "LKA"), ("Nepalese", "NPL"),
    ("European", "EU"), ("EU", "EU"), ("UN", "UN"), ("NATO", "NATO"), ("Spanish", "ESP"),
];

fn demonym(w: &str) -> Option<&'static str> {
    DEMONYMS.iter().find(|(d, _)| *d == w).map(|(_, id)| *id)
}

fn is_title(w: &str) -> bool {
    TITLES.contains(&w)
}

/// A full person name seen in the document.
#[derive(Debug, Clone)]
struct Person {
    full: String,
    parts: Vec<String>,
    title: Option<String>,
    affiliation: Option<String>,
    titled: bool,
    first_pos: usize,
}

/// The names of one document.
#[derive(Debug, Default)]
pub(crate) struct Names {
    persons: Vec<Person>,
    orgs: Vec<(String, usize)>,
}

/// Splits a capitalised run into (title words, name words, affiliation).
fn split_title(words: &[&str]) -> (usize, Option<String>) {
    let mut i = 0;
    let mut aff = None;
    while i < words.len() {
        let w = words[i];
        let next_is_titleish = words.get(i + 1).is_some_and(|n| is_title(n) || demonym(n).is_some());
        if let Some(id) = demonym(w) {
            if next_is_titleish || i + 1 < words.len() && words.len() - i > 2 {
                if !id.is_empty() {
                    aff = Some(id.to_string());
                }
                i += 1;
                continue;
            }
        }
        if is_title(w) && i + 1 < words.len() {
            i += 1;
            continue;
        }
        break;
    }
    (i, aff)
}

/// An organisation's name ends with its head word: "Commerce Department", "Refugee Council".
fn is_org(words: &[&str]) -> bool {
    words.last().is_some_and(|w| ORG_HEADS.contains(&strip_possessive(w)))
        || (words.len() == 1 && words[0].len() >= 2 && words[0].chars().all(|c| c.is_uppercase() || c == '.' || c == '&'))
}

/// Cuts a person's name out of a longer capitalised run: everything after the last title word,
/// organisation head or possessive ("Refugee Council Enver Solomon" -> "Enver Solomon",
/// "Labour's Shadow Home Secretary Yvette Cooper" -> "Yvette Cooper"), and before "of"
/// ("Tobias Lindgren of Stockholm University").
fn person_part(words: &[&str]) -> std::ops::Range<usize> {
    let end = words.iter().position(|w| *w == "of" || *w == "for").filter(|&i| i > 0).unwrap_or(words.len());
    let end = if words[..end].iter().all(|w| is_title(w) || demonym(w).is_some()) { words.len() } else { end };
    let mut start = 0;
    for (i, w) in words[..end].iter().enumerate() {
        if i + 1 < end && (is_title(w) || ORG_HEADS.contains(w) || w.ends_with("'s") || w.ends_with("’s") || demonym(w).is_some()) {
            start = i + 1;
        }
    }
    // skip "of X"/"for X" parts of titles: "Secretary of State Marco Rubio"
    start..end
}

/// A person named in the document: full name, title and affiliation.
pub(crate) struct DocPerson<'a> {
    pub full: &'a str,
    pub parts: &'a [String],
    pub affiliation: Option<&'a str>,
}

impl Names {
    /// Full person names seen in the document.
    pub fn persons(&self) -> impl Iterator<Item = DocPerson<'_>> {
        self.persons.iter().map(|p| DocPerson { full: &p.full, parts: &p.parts, affiliation: p.affiliation.as_deref() })
    }

    /// Organisation names seen in the document, with the offset of their first mention.
    pub fn orgs(&self) -> impl Iterator<Item = &str> {
        self.orgs.iter().map(|(o, _)| o.as_str())
    }

    /// Collects full names and organisations from every capitalised run of the document.
    pub fn build(doc: &Doc) -> Self {
        let mut names = Names::default();
        let mut i = 0;
        let toks = &doc.tokens;
        while i < toks.len() {
            if toks[i].kind != TokenKind::Word || !is_cap(doc.tok(i)) {
                i += 1;
                continue;
            }
            let s = i;
            while i < toks.len()
                && toks[i].kind == TokenKind::Word
                && (is_cap(doc.tok(i)) || (matches!(doc.tok(i), "al" | "bin" | "de" | "van" | "von" | "of" | "for" | "the" | "da" | "der" | "di" | "del" | "la" | "le") && i + 1 < toks.len() && is_cap(doc.tok(i + 1))))
            {
                i += 1;
            }
            let words: Vec<&str> = (s..i).map(|t| doc.tok(t)).collect();
            names.add_run(&words, toks[s].start);
        }
        names
    }

    fn add_run(&mut self, words: &[&str], pos: usize) {
        let mut words = words;
        while let Some(w) = words.first() {
            if is_sentence_opener(w) {
                words = &words[1..];
            } else {
                break;
            }
        }
        if words.is_empty() {
            return;
        }
        if is_org(words) {
            let name = words.iter().skip_while(|w| **w == "the").cloned().collect::<Vec<_>>().join(" ");
            self.orgs.push((name, pos));
            return;
        }
        let (_, aff) = split_title(words);
        let part = person_part(words);
        let t = part.start;
        let rest: Vec<&str> = words[part].iter().map(|w| strip_possessive(w)).collect();
        if rest.len() >= 2 && rest.len() <= 5 && rest.iter().all(|w| !w.contains('.') || w.len() <= 3) {
            let full = rest.join(" ");
            if let Some(p) = self.persons.iter_mut().find(|p| p.full == full) {
                if p.title.is_none() && t > 0 {
                    p.title = Some(words[..t].join(" "));
                    p.titled = true;
                }
                if p.affiliation.is_none() {
                    p.affiliation = aff;
                }
                return;
            }
            let title_words: Vec<&str> = words[..t].iter().filter(|w| demonym(w).is_none()).cloned().collect();
            self.persons.push(Person {
                full,
                parts: rest.iter().map(|s| s.to_string()).collect(),
                title: (!title_words.is_empty()).then(|| title_words.join(" ")),
                affiliation: aff,
                titled: t > 0,
                first_pos: pos,
            });
        }
    }

    /// The full person that a one-word mention ("Khamenei", "Park") refers to.
    fn person_for(&self, word: &str, pos: usize) -> Option<&Person> {
        let word = strip_possessive(word);
        let mut best: Option<&Person> = None;
        for p in &self.persons {
            let last = p.parts.last().map(String::as_str) == Some(word);
            let first = p.parts.first().map(String::as_str) == Some(word);
            if !(last || first) {
                continue;
            }
            let score = |q: &Person| (q.parts.last().map(String::as_str) == Some(word), q.titled, q.first_pos <= pos);
            if best.is_none_or(|b| score(p) > score(b)) {
                best = Some(p);
            }
        }
        best
    }

    /// Resolves a subject phrase to an entity, using `ctx` for pronouns.
    pub fn resolve(&self, doc: &Doc, np: &Np, ctx: &Context) -> Option<Entity> {
        match np.kind {
            NpKind::Pronoun => {
                let w = doc.tok(np.toks.start);
                let t = &doc.tokens[np.toks.start];
                let (e, _) = ctx.last_speaker.as_ref()?;
                let fits = match w.to_lowercase().as_str() {
                    "he" | "she" => e.kind == EntityKind::Person,
                    "they" => true,
                    _ => false,
                };
                fits.then(|| Entity { mention: w.to_string(), start: t.start, end: t.end, ..e.clone() })
            }
            NpKind::Name => self.entity_from_name(doc, np),
            NpKind::Role => self.entity_from_role(doc, np),
        }
    }

    /// Resolves an addressee: only named people and organisations ("told reporters" -> none).
    pub fn resolve_addressee(&self, doc: &Doc, np: &Np) -> Option<Entity> {
        if np.kind != NpKind::Name {
            return None;
        }
        self.entity_from_name(doc, np)
    }

    fn entity_from_name(&self, doc: &Doc, np: &Np) -> Option<Entity> {
        // keep only the capitalised run (drop "visiting", "his", ...)
        let toks: Vec<usize> = np.toks.clone().filter(|&t| is_cap(doc.tok(t)) || matches!(doc.tok(t), "al" | "bin" | "de" | "van" | "von" | "of" | "for" | "the" | "da")).collect();
        let first_cap = toks.iter().position(|&t| is_cap(doc.tok(t)))?;
        let toks = &toks[first_cap..];
        let words: Vec<&str> = toks.iter().map(|&t| doc.tok(t)).collect();
        if is_org(&words) {
            let name = words.join(" ");
            let s = doc.tokens[toks[0]].start;
            let e = doc.tokens[*toks.last()?].end;
            return Some(Entity {
                name: strip_possessive(&name).to_string(),
                mention: doc.text[s..e].to_string(),
                start: s,
                end: e,
                kind: EntityKind::Organisation,
                title: None,
                affiliation: None,
            });
        }
        let (_, aff) = split_title(&words);
        let part = person_part(&words);
        let t = part.start;
        let name_toks = &toks[part];
        if name_toks.is_empty() {
            return None;
        }
        let s = doc.tokens[name_toks[0]].start;
        let e = doc.tokens[*name_toks.last()?].end;
        let mention = strip_possessive(&doc.text[s..e]).to_string();
        let e = s + mention.len();
        let title_words: Vec<&str> = words[..t].iter().filter(|w| demonym(w).is_none()).cloned().collect();
        let title = (!title_words.is_empty()).then(|| title_words.join(" "));
        if name_toks.len() == 1 {
            if let Some(p) = self.person_for(&mention, s) {
                return Some(Entity {
                    name: p.full.clone(),
                    mention,
                    start: s,
                    end: e,
                    kind: EntityKind::Person,
                    title: title.or_else(|| p.title.clone()),
                    affiliation: aff.or_else(|| p.affiliation.clone()),
                });
            }
            // a lone capitalised word: a country/organisation ("Moscow said") or a surname
            let kind = if demonym(&mention).is_some() || mention.chars().all(|c| c.is_uppercase() || c == '.') {
                EntityKind::Organisation
            } else {
                EntityKind::Person
            };
            return Some(Entity { name: mention.clone(), mention, start: s, end: e, kind, title, affiliation: aff });
        }
        let full = mention.clone();
        let p = self.persons.iter().find(|p| p.full == full);
        Some(Entity {
            name: full,
            mention,
            start: s,
            end: e,
            kind: EntityKind::Person,
            title: title.or_else(|| p.and_then(|p| p.title.clone())),
            affiliation: aff.or_else(|| p.and_then(|p| p.affiliation.clone())),
        })
    }

    fn entity_from_role(&self, doc: &Doc, np: &Np) -> Option<Entity> {
        let toks: Vec<usize> = np.toks.clone().collect();
        // a capitalised organisation inside the phrase: "a State Department spokesperson",
        // "a spokesperson for the Commerce Department"
        let caps: Vec<usize> = toks.iter().cloned().filter(|&t| is_cap(doc.tok(t))).collect();
        if !caps.is_empty() {
            let sub = Np { toks: caps[0]..caps[caps.len() - 1] + 1, kind: NpKind::Name };
            let mut e = self.entity_from_name(doc, &sub)?;
            if e.kind == EntityKind::Person && caps.len() == 1 {
                e.kind = EntityKind::Organisation;
            }
            return Some(e);
        }
        let head = doc.tok(*toks.last()?);
        let s = doc.tokens[toks[0]].start;
        let e = doc.tokens[*toks.last()?].end;
        let mention = doc.text[s..e].to_string();
        // "the federation" -> the last organisation named with that head word
        let definite = toks.len() >= 2 && doc.tok(toks[0]).eq_ignore_ascii_case("the");
        if definite {
            let head_cap: String = head.chars().take(1).flat_map(char::to_uppercase).chain(head.chars().skip(1)).collect();
            if let Some((org, _)) = self.orgs.iter().rev().find(|(o, p)| *p < s && o.split(' ').any(|w| w == head_cap)) {
                return Some(Entity { name: org.clone(), mention, start: s, end: e, kind: EntityKind::Organisation, title: None, affiliation: None });
            }
        }
        let name = toks
            .iter()
            .map(|&t| doc.tok(t))
            .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            return None;
        }
        Some(Entity { name, mention, start: s, end: e, kind: EntityKind::Group, title: None, affiliation: None })
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}
