//! Which of the document's capitalised name runs are people. `Names` collects every run of two to
//! five capitalised words that could be a person; an actor is made only of those that look like
//! one: named with a title, a role noun or a cue verb somewhere in the document, or opening with a
//! common given name (an East Asian family name for names written family name first) or an
//! initial. The last word can make the run an organisation ("Corvane Logistics", "Tampa Bay
//! Times") or a place, law, event or product ("Tax Code", "Middle East"; a surname-like place word
//! only when no given name opens the run: "Allen West" is a person). Runs that open with a
//! greeting or a pronoun ("Hey Frank", "My Santorum") are not names.

use super::ActorKind;
use crate::attribution::np::is_sentence_opener;
use crate::attribution::DocPerson;
use crate::text::{strip_possessive, WordMap, WordSet};
use std::sync::OnceLock;

/// Given names (and family names that open East Asian names), one per line; `#` comments.
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");

/// The usual gender of the given names that are clearly one gender: `Name<TAB>f` or `Name<TAB>m`
/// per line; `#` comments.
const GIVEN_NAME_GENDERS: &str = include_str!("../../data/given_name_genders.txt");

/// Words that never start a person's name, besides the sentence openers of the name collector
/// (`is_sentence_opener`: articles, pronouns, greetings, weekdays...).
static NOT_FIRST: WordSet = WordSet::new(&[
    "All", "Another", "Any", "Each", "Every", "First", "No", "One", "Second", "Third", "Two",
]);

/// Words that make a capitalised run an organisation: a company, a publication, an institution.
static ORG_WORDS: WordSet = WordSet::new(&[
    "Airlines",
    "Airways",
    "Commons",
    "Daily",
    "Foundation",
    "Gallery",
    "Gazette",
    "Herald",
    "Holdings",
    "Industries",
    "Journal",
    "Labs",
    "Logistics",
    "Magazine",
    "Motors",
    "Museum",
    "Networks",
    "Org",
    "Pharmaceuticals",
    "Railways",
    "Review",
    "Sheriff",
    "Shipping",
    "Skyways",
    "Solutions",
    "Systems",
    "Technologies",
    "Times",
    "Tribune",
    "Weekly",
]);

/// Words that make a capitalised run a place, a law, an event or a product.
static THING_WORDS: WordSet = WordSet::new(&[
    "Accord",
    "Accords",
    "Act",
    "Airport",
    "Amendment",
    "Angeles",
    "Arena",
    "Avenue",
    "Award",
    "Awards",
    "Base",
    "Basin",
    "Bay",
    "Bridge",
    "Canal",
    "Cathedral",
    "Center",
    "Centre",
    "Championship",
    "Championships",
    "Chrome",
    "City",
    "Code",
    "Conference",
    "County",
    "Cup",
    "Desert",
    "Dhabi",
    "East",
    "Explorer",
    "Factory",
    "Festival",
    "Firefox",
    "Games",
    "Gulf",
    "Hebdo",
    "Highway",
    "Image",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "North",
    "Northeast",
    "Northwest",
    "Ocean",
    "Orbiter",
    "Orbiters",
    "Peninsula",
    "Plaza",
    "Polaroid",
    "Polaroids",
    "Prize",
    "Province",
    "River",
    "Road",
    "Sea",
    "Shuttle",
    "Soup",
    "South",
    "Southeast",
    "Southwest",
    "Springs",
    "Square",
    "Stadium",
    "Standards",
    "Station",
    "Strait",
    "Street",
    "Summit",
    "Tower",
    "Towers",
    "Treaty",
    "Valley",
    "West",
    // districts and landmarks ("a polling station in Taipei’s Da’an District", "Kibera Market")
    "District",
    "Districts",
    "Region",
    "Prefecture",
    "Township",
    "Borough",
    "Parish",
    "Village",
    "Hills",
    "Mountain",
    "Falls",
    "Coast",
    "Glacier",
    "Reef",
    "Dam",
    "Canyon",
    "Harbour",
    "Harbor",
    "Mall",
    "Market",
    "Temple",
    "Mosque",
    "Estate",
    "Terminal",
    "Campus",
]);

/// Place words that are also common surnames ("Allen West", "Frank Ocean", "Michael Bay"): they
/// make a run a place only when nothing marks it as a person.
static SURNAME_LIKE: WordSet = WordSet::new(&[
    "Arena", "Bay", "Bridge", "East", "Lake", "North", "Ocean", "South", "Strait", "Street",
    "Summit", "Tower", "Valley", "West",
]);

/// True if `w` is a known given name or an initial.
pub(crate) fn is_given_name(w: &str) -> bool {
    given_names().contains(w) || is_initial(w)
}

/// The usual gender of a given name that is clearly one gender ("Victoria", "Ahmed"): `Some(true)`
/// for female, `Some(false)` for male; `None` for a name that is not listed, unisex or differs by
/// language ("Andrea", "Jean", "Kim").
pub(crate) fn given_name_is_female(w: &str) -> Option<bool> {
    static MAP: OnceLock<WordMap<bool>> = OnceLock::new();
    MAP.get_or_init(|| {
        WordMap::from_pairs(
            GIVEN_NAME_GENDERS
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .filter_map(|l| match l.trim().split_once('\t') {
                    Some((name, "f")) => Some((name, true)),
                    Some((name, "m")) => Some((name, false)),
                    _ => None,
                })
                .collect(),
        )
    })
    .get(w)
    .copied()
}

fn given_names() -> &'static WordMap<()> {
    static SET: OnceLock<WordMap<()>> = OnceLock::new();
    SET.get_or_init(|| {
        WordMap::from_pairs(
            GIVEN_NAMES
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| (l, ()))
                .collect(),
        )
    })
}

/// What the words of a capitalised run can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Possibly a person: no word rules it out.
    Person,
    /// An organisation: a company, publication or institution ("LA Weekly", "Corvane Logistics").
    Organisation,
    /// A place, law, event or product ("Middle East", "Tax Code", "World Cup").
    Thing,
    /// Not a name at all ("Hey Frank", "I'm").
    NotAName,
}

/// The shape of the name made of `words`, judged by its last word (the head: "Tampa Bay
/// *Times*", "Pacific *Northwest*") and its first.
pub(crate) fn shape<'a>(words: impl Iterator<Item = &'a str>) -> Shape {
    shape_of(words, false)
}

/// `person_marked`: the run opens with a given name or an initial, so a surname-like last word
/// ("Allen West") does not make it a place.
fn shape_of<'a>(mut words: impl Iterator<Item = &'a str>, person_marked: bool) -> Shape {
    let Some(first) = words.next() else {
        return Shape::NotAName;
    };
    if is_sentence_opener(first) || NOT_FIRST.contains(first) {
        return Shape::NotAName;
    }
    let mut last = first;
    for w in std::iter::once(first).chain(words) {
        if matches!(w, "I" | "I'm") {
            return Shape::NotAName;
        }
        last = w;
    }
    let last = strip_possessive(last);
    if ORG_WORDS.contains(last) {
        Shape::Organisation
    } else if THING_WORDS.contains(last) && !(person_marked && SURNAME_LIKE.contains(last)) {
        Shape::Thing
    } else {
        Shape::Person
    }
}

/// An initial: "J." or "K.".
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// The actor kind of the document name `p` (not in the gazetteer), if it names an actor:
/// an organisation if its last word says so ("Corvane Logistics"); a person if the document
/// introduces it as one (title, role noun, cue verb) or it opens with a given name or an initial
/// ("J. K. Rowling"), and no word rules it out; otherwise none.
pub(crate) fn kind_of(p: &DocPerson) -> Option<ActorKind> {
    let first = p.first();
    let named = given_names().contains(first) || is_initial(first);
    match shape_of(p.parts(), named) {
        Shape::Organisation => Some(ActorKind::Organisation),
        Shape::Person if named || p.introduced => Some(ActorKind::Person),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(full: &str, introduced: bool) -> bool {
        kind_of(&DocPerson {
            full,
            affiliation: None,
            introduced,
        }) == Some(ActorKind::Person)
    }

    #[test]
    fn given_name_genders_are_well_formed_given_names() {
        let mut n = 0;
        for l in GIVEN_NAME_GENDERS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (name, g) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("no tab in {l:?}"));
            assert!(matches!(g, "f" | "m"), "{l:?}: not f or m");
            assert!(
                given_names().contains(name),
                "{name}: not in given_names.txt"
            );
            n += 1;
        }
        assert!(n > 1000, "only {n} names with a gender");
        assert_eq!(given_name_is_female("Fatima"), Some(true));
        assert_eq!(given_name_is_female("Ahmed"), Some(false));
        // unisex or differing by language: no gender
        assert_eq!(given_name_is_female("Andrea"), None);
        assert_eq!(given_name_is_female("Kim"), None);
    }

    #[test]
    fn given_names_make_people_of_runs_met_in_passing() {
        for name in [
            "John Kerry",
            "Ted Kennedy",
            "Bonnie Dunbar",
            "Kim Jong Un",
            "Fuad Basya",
        ] {
            assert!(person(name, false), "{name}");
        }
        for name in [
            "Campbell Soup",
            "Better Idea",
            "Silver Clouds",
            "Creative Commons",
        ] {
            assert!(!person(name, false), "{name}");
        }
    }

    #[test]
    fn things_places_and_greetings_are_not_people_even_when_introduced() {
        for name in [
            "Middle East",
            "Los Angeles",
            "Tax Code",
            "World Cup",
            "Hey Frank",
            "Second Amendment",
            "Andy Warhol Foundation",
            "Google Chrome",
        ] {
            assert!(!person(name, true), "{name}");
        }
        assert!(person("Kendrick Moxon", true));
    }

    #[test]
    fn shapes() {
        let sh = |s: &str| shape(s.split(' '));
        assert_eq!(sh("LA Weekly"), Shape::Organisation);
        assert_eq!(sh("Corvane Logistics"), Shape::Organisation);
        assert_eq!(sh("Los Angeles Sheriff"), Shape::Organisation);
        assert_eq!(sh("Tampa Bay Times"), Shape::Organisation);
        assert_eq!(sh("Sea Org"), Shape::Organisation);
        assert_eq!(sh("Pacific Northwest"), Shape::Thing);
        assert_eq!(sh("Middle East"), Shape::Thing);
        assert_eq!(sh("I'm"), Shape::NotAName);
        assert_eq!(sh("Prompted I"), Shape::NotAName);
        assert_eq!(sh("Hey Frank"), Shape::NotAName);
        assert_eq!(sh("Steve Whitmore"), Shape::Person);
    }

    #[test]
    fn the_list_has_no_blank_or_duplicate_entries() {
        let lines: Vec<&str> = GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert!(lines.len() > 1000, "{}", lines.len());
        assert!(lines.iter().all(|l| !l.trim().is_empty() && l.trim() == *l));
        let distinct: crate::text::FxSet<&str> = lines.iter().copied().collect();
        assert_eq!(distinct.len(), lines.len(), "duplicate given names");
        assert!(lines.iter().all(|l| given_names().contains(l)));
    }
}
