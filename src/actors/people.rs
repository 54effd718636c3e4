//! Which of the document's capitalised name runs are people. `Names` collects every run of two to
//! five capitalised words that could be a person; an actor is made only of those that look like
//! one: named with a title, a role noun or a cue verb somewhere in the document, or opening with a
//! common given name (an East Asian family name for names written family name first). Runs with
//! a word that names a place, a thing or an institution ("Los Angeles Sheriff", "Tax Code",
//! "Middle East") or that opens with a greeting or a pronoun ("Hey Frank", "My Santorum") are not.

use crate::attribution::DocPerson;
use crate::text::{strip_possessive, FxSet, WordSet};
use std::sync::OnceLock;

/// Given names (and family names that open East Asian names), one per line; `#` comments.
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");

/// Words that never start a person's name in news text.
static NOT_FIRST: WordSet = WordSet::new(&[
    "A", "All", "An", "Another", "Any", "Dear", "Each", "Every", "First", "Hey", "Hi", "Hello",
    "Her", "His", "I", "I'm", "Its", "My", "No", "Oh", "One", "Our", "Second", "Some", "That",
    "The", "Their", "These", "Third", "This", "Those", "Two", "Your",
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
    "Post",
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
]);

fn given_names() -> &'static FxSet<&'static str> {
    static SET: OnceLock<FxSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
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

/// The shape of the name made of `words`.
pub(crate) fn shape<'a>(mut words: impl Iterator<Item = &'a str>) -> Shape {
    let Some(first) = words.next() else {
        return Shape::NotAName;
    };
    let mut shape = Shape::Person;
    for w in std::iter::once(first).chain(words) {
        if matches!(w, "I" | "I'm") {
            return Shape::NotAName;
        }
        let w = strip_possessive(w);
        if THING_WORDS.contains(w) {
            shape = Shape::Thing;
        } else if ORG_WORDS.contains(w) && shape == Shape::Person {
            shape = Shape::Organisation;
        }
    }
    if NOT_FIRST.contains(first) {
        return Shape::NotAName;
    }
    shape
}

/// True if the document name `p` (not in the gazetteer) stands for a person: nothing in its words
/// rules it out, and the document introduces it as a person or it opens with a given name.
pub(crate) fn is_person(p: &DocPerson) -> bool {
    shape(p.parts.iter().map(String::as_str)) == Shape::Person
        && (p.introduced
            || p.parts
                .first()
                .is_some_and(|f| given_names().contains(f.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(full: &str, introduced: bool) -> bool {
        let parts: Vec<String> = full.split(' ').map(str::to_string).collect();
        is_person(&DocPerson {
            full,
            parts: &parts,
            affiliation: None,
            introduced,
        })
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
        assert_eq!(sh("Los Angeles Sheriff"), Shape::Thing);
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
        assert_eq!(given_names().len(), lines.len(), "duplicate given names");
    }
}
