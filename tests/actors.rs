//! Table tests for the gazetteer: every alias class and every named ambiguity.

use quotestance::{Analyzer, Gazetteer};

fn ids(g: &Gazetteer, text: &str) -> Vec<String> {
    g.find(text)
        .iter()
        .map(|m| g.actor(m.actor).id.clone())
        .collect()
}

#[test]
fn alias_classes() {
    let g = Gazetteer::embedded();
    let table: &[(&str, &[&str])] = &[
        ("Iran said", &["IRN"]),
        ("the Islamic Republic of Iran", &["IRN"]),
        ("Iranian officials", &["IRN"]),
        ("Americans continue", &["USA"]),
        ("the U.S. said", &["USA"]),
        ("the U.K. and the UAE", &["GBR", "ARE"]),
        ("the DPRK fired", &["PRK"]),
        ("Tehran and Moscow", &["IRN", "RUS"]),
        ("Brussels wants", &["EU"]),
        ("the Kremlin said", &["RUS"]),
        ("America’s hostility and Russia's plan", &["USA", "RUS"]),
        ("the Netherlands and Dutch farmers", &["NLD", "NLD"]),
        ("NATO and the IMF", &["NATO", "IMF"]),
        ("Taiwan, Kosovo and the Vatican", &["TWN", "XKX", "VAT"]),
    ];
    for (text, want) in table {
        assert_eq!(ids(&g, text), *want, "{text}");
    }
}

#[test]
fn ambiguities() {
    let g = Gazetteer::embedded();
    let table: &[(&str, &[&str])] = &[
        ("Washington imposed sanctions.", &["USA"]),
        ("George Washington crossed the river.", &[]),
        ("the Washington state governor", &[]),
        ("let us go", &[]),
        ("Georgia and Armenia signed", &["GEO", "ARM"]),
        ("Atlanta, the capital of Georgia, voted.", &[]),
        ("Jordan Eliot said", &[]),
        ("King Abdullah of Jordan said", &["JOR"]),
        ("Paris and Berlin agreed", &["FRA", "DEU"]),
        ("the Paris Agreement on climate", &[]),
    ];
    for (text, want) in table {
        assert_eq!(ids(&g, text), *want, "{text}");
    }
}

#[test]
fn user_actors_override_and_add() {
    let mut g = Gazetteer::embedded();
    g.extend_from_tsv("id\tkind\tname\taffiliation\taliases\nACME\torganisation\tAcme Corp\tUSA\tAcme|Acme Corp.\n", "mine.tsv").unwrap();
    assert_eq!(ids(&g, "Acme said"), ["ACME"]);
    let err = Gazetteer::from_tsv(
        "id\tkind\tname\taffiliation\taliases\nX\tplanet\tX\t\tX\n",
        "bad.tsv",
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("bad.tsv:2:"), "{err}");
    let err =
        Gazetteer::from_tsv("A\tcountry\tA\t\tA\nA\tcountry\tA\t\tA\n", "dup.tsv").unwrap_err();
    assert!(err.to_string().contains("duplicate id A"), "{err}");
}

#[test]
fn seed_article_actors() {
    let text = include_str!("golden/seed.txt");
    let a = Analyzer::default().analyze(text);
    let first = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Our cooperation can isolate"))
        .expect("quote");
    let ids: Vec<&str> = first.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"USA") && ids.contains(&"SYR"), "{ids:?}");
    let usa = first.actors.iter().find(|a| a.id == "USA").unwrap();
    let forms: Vec<&str> = usa.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(forms, ["America", "U.S.", "Americans"]);
    let lede = &a.quotes[0];
    assert!(
        lede.actors.iter().any(|a| a.name == "Vladimir Putin"),
        "addressee is an actor"
    );
    // no actor from sentence-initial capitalised words
    for q in &a.quotes {
        for act in &q.actors {
            assert!(
                !["Since", "Together", "Our", "We"].contains(&act.name.as_str()),
                "{act:?}"
            );
            for m in &act.mentions {
                assert_eq!(&text[m.start..m.end], m.text);
            }
        }
    }
    let hostility = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("America’s hostility"))
        .unwrap();
    assert!(
        hostility.actors.iter().any(|a| a.id == "IRN"),
        "Iranian nation"
    );
}

/// Person actors of every quote of `text`.
fn person_actors(text: &str) -> Vec<String> {
    let a = Analyzer::default().analyze(text);
    let mut names: Vec<String> = a
        .quotes
        .iter()
        .flat_map(|q| &q.actors)
        .filter(|a| a.kind == quotestance::ActorKind::Person)
        .map(|a| a.name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

// Regression: capitalised runs of places, products and greetings were made person actors
// ("Middle East", "Google Chrome", "Hey Frank", "World Cup"); real people named in passing stay.
#[test]
fn places_products_and_greetings_are_not_people() {
    let seed = include_str!("golden/seed.txt");
    let people = person_actors(seed);
    assert!(!people.iter().any(|p| p == "Middle East"), "{people:?}");
    assert!(people.iter().any(|p| p == "Vladimir Putin"), "{people:?}");

    // Wikinews, "Microsoft waits for death of Internet Explorer 6" (CC BY 2.5)
    let browsers = "Internet Explorer's market share is slipping. Mozilla Firefox, its main rival, has been actively increasing its market share while the recently released Google Chrome is also quickly gaining users. PC World's recent analysis of its own web traffic statistics concluded, \"Usually, Internet Explorer is the #2 browser after Firefox, but over the past 30 days it's been #3, a couple of points behind Safari - and nearly tied with Chrome. It might be a statistical blip. But if it isn't, and Chrome continues to surge, IE could fall to fourth place.\"";
    assert_eq!(person_actors(browsers), Vec::<String>::new());

    // Wikinews (GUM), the Mets poet interview
    let mets =
        "He said, \"Hey Frank, my name is John,\" and I said \"Hey John, my name is Frank.\"";
    let people = person_actors(mets);
    assert!(!people.iter().any(|p| p.starts_with("Hey")), "{people:?}");

    let cup = "\"This is the fifth time I've been at a World Cup but it felt like the first,\" coach Daniel Roca said after John Kerry's visit.";
    let people = person_actors(cup);
    assert!(!people.iter().any(|p| p == "World Cup"), "{people:?}");
    // people outside the gazetteer, met only in passing inside a quote, stay people, including
    // surnames that are also place words and names that open with initials
    let passing =
        "\"We met Frank Ocean, Allen West and J. K. Rowling in the Middle East,\" the aide said.";
    let people = person_actors(passing);
    for name in ["Frank Ocean", "Allen West", "J. K. Rowling"] {
        assert!(people.iter().any(|p| p == name), "{name}: {people:?}");
    }
    assert!(!people.iter().any(|p| p == "Middle East"), "{people:?}");
}

// Regression: a company named like a person ("Nordic Skyways", "Corvane Logistics") was a person
// actor; its words make it an organisation.
#[test]
fn companies_named_like_people_are_organisations() {
    let text = include_str!("golden/business_airline_strike.txt");
    let a = Analyzer::default().analyze(text);
    let kinds: Vec<quotestance::ActorKind> = a
        .quotes
        .iter()
        .flat_map(|q| &q.actors)
        .filter(|a| a.name == "Nordic Skyways")
        .map(|a| a.kind)
        .collect();
    assert!(!kinds.is_empty(), "Nordic Skyways is named in a quote");
    assert!(
        kinds
            .iter()
            .all(|&k| k == quotestance::ActorKind::Organisation),
        "{kinds:?}"
    );
}
