//! The stance network aggregates hand-built analyses: these tests check the counting, folding,
//! time series and output formats, not the stance model.

use quotestance::network::{Fold, Period, StanceNetwork};
use quotestance::{
    ActorKind, ActorRef, ActorStance, Analysis, Entity, EntityKind, Gazetteer, Probabilities,
    Quote, QuoteKind, Stance,
};

// Four short articles. The analyses below are what a careful reader would extract from them.
const A1: &str = "“America is the number one enemy of our nation,” Iranian Supreme Leader Ali \
Khamenei said. “We thank Russia for standing with Iran,” Khamenei added. “Washington keeps \
plotting,” he said.";
const A2: &str = "“Washington has always been a reliable partner,” Hamas said, without irony. \
“Hamas will not disarm,” Hamas said. “The United States met us on Tuesday,” an official said.";
const A3: &str = "“The United States broke every promise,” Khamenei said. “Russia and America \
both came to Tehran,” Khamenei said. Putin said that Iran had been a good partner.";
const A4: &str = "“Iran is ready to talk,” Khamenei said. A statement said talks had stalled.";

fn who(name: &str, kind: EntityKind, affiliation: Option<&str>) -> Entity {
    Entity {
        name: name.to_string(),
        mention: name.to_string(),
        start: 0,
        end: name.len(),
        kind,
        title: None,
        affiliation: affiliation.map(str::to_string),
    }
}

fn stance(id: &str, name: &str, kind: ActorKind, s: Stance) -> ActorStance {
    let p = |x: Stance| if x == s { 0.8 } else { 0.1 };
    ActorStance {
        actor: ActorRef {
            id: id.to_string(),
            name: name.to_string(),
            kind,
        },
        stance: s,
        probabilities: Probabilities {
            hostile: p(Stance::Hostile),
            cooperative: p(Stance::Cooperative),
            neutral: p(Stance::Neutral),
        },
    }
}

fn quote(text: &str, speaker: Option<Entity>, stances: Vec<ActorStance>) -> Quote {
    Quote {
        text: text.to_string(),
        start: 0,
        end: text.len(),
        kind: QuoteKind::Direct,
        speaker,
        addressee: None,
        cue: Some("said".to_string()),
        channel: None,
        actors: Vec::new(),
        stances,
    }
}

fn usa(s: Stance) -> ActorStance {
    stance("USA", "United States", ActorKind::Country, s)
}
fn rus(s: Stance) -> ActorStance {
    stance("RUS", "Russia", ActorKind::Country, s)
}
fn irn(s: Stance) -> ActorStance {
    stance("IRN", "Iran", ActorKind::Country, s)
}
fn hamas(s: Stance) -> ActorStance {
    stance("HAMAS", "Hamas", ActorKind::Group, s)
}
fn putin(s: Stance) -> ActorStance {
    stance("VLADIMIR_PUTIN", "Vladimir Putin", ActorKind::Person, s)
}

/// (text, date, analysis) of the four articles.
fn corpus() -> Vec<(&'static str, Option<&'static str>, Analysis)> {
    use Stance::*;
    let kh = || who("Ali Khamenei", EntityKind::Person, Some("IRN"));
    let kh_bare = || who("Khamenei", EntityKind::Person, None);
    let a1 = Analysis {
        quotes: vec![
            quote(
                "America is the number one enemy of our nation",
                Some(kh()),
                vec![usa(Hostile)],
            ),
            quote(
                "We thank Russia for standing with Iran",
                Some(kh()),
                vec![rus(Cooperative), irn(Neutral)],
            ),
            quote("Washington keeps plotting", Some(kh()), vec![usa(Hostile)]),
        ],
    };
    let a2 = Analysis {
        quotes: vec![
            quote(
                "Washington has always been a reliable partner",
                Some(who("Hamas", EntityKind::Organisation, None)),
                vec![usa(Cooperative)],
            ),
            quote(
                "Hamas will not disarm",
                Some(who("Hamas", EntityKind::Organisation, None)),
                vec![hamas(Neutral)],
            ),
            // no speaker: skipped
            quote(
                "The United States met us on Tuesday",
                None,
                vec![usa(Neutral)],
            ),
        ],
    };
    let a3 = Analysis {
        quotes: vec![
            quote(
                "The United States broke every promise",
                Some(kh()),
                vec![usa(Hostile)],
            ),
            quote(
                "Russia and America both came to Tehran",
                Some(kh()),
                vec![rus(Neutral), usa(Neutral), irn(Neutral)],
            ),
            quote(
                "Iran had been a good partner",
                Some(who("Putin", EntityKind::Person, None)),
                vec![irn(Cooperative)],
            ),
        ],
    };
    let a4 = Analysis {
        quotes: vec![
            quote(
                "Iran is ready to talk",
                Some(kh_bare()),
                vec![irn(Neutral), putin(Hostile)],
            ),
            quote("talks had stalled", None, vec![]),
        ],
    };
    vec![
        (A1, Some("2017-11-01"), a1),
        (A2, Some("2017-11-20"), a2),
        (A3, Some("2017-12-03"), a3),
        (A4, None, a4),
    ]
}

fn build(fold: Fold, period: Period, gazetteer: bool) -> StanceNetwork {
    let mut net = StanceNetwork::new(fold, period);
    if gazetteer {
        net = net.with_gazetteer(&Gazetteer::embedded());
    }
    for (text, date, a) in corpus() {
        assert!(!text.is_empty());
        net.add(&a, date);
    }
    net
}

fn counts(net: &StanceNetwork, s: &str, t: &str) -> (u32, u32, u32, u32) {
    let series = net.series(s, t);
    assert_eq!(series.len(), 1, "{s} -> {t}: {series:?}");
    let e = &series[0];
    (e.hostile, e.cooperative, e.neutral, e.total)
}

#[test]
fn counts_by_speaker_name() {
    let net = build(Fold::Speaker, Period::All, false);
    assert_eq!(net.documents(), 4);
    assert_eq!(net.quotes(), 11);
    assert_eq!(net.quotes_without_speaker(), 2);
    // "Ali Khamenei" and "Khamenei" are different names without a gazetteer
    assert_eq!(counts(&net, "Ali Khamenei", "USA"), (3, 0, 1, 4));
    assert_eq!(counts(&net, "Ali Khamenei", "RUS"), (0, 1, 1, 2));
    assert_eq!(counts(&net, "Ali Khamenei", "IRN"), (0, 0, 2, 2));
    assert_eq!(counts(&net, "Khamenei", "IRN"), (0, 0, 1, 1));
    assert_eq!(counts(&net, "Khamenei", "VLADIMIR_PUTIN"), (1, 0, 0, 1));
    assert_eq!(counts(&net, "Hamas", "USA"), (0, 1, 0, 1));
    assert_eq!(counts(&net, "Putin", "IRN"), (0, 1, 0, 1));
    let edges = net.edges();
    assert_eq!(edges.len(), 8);
    assert_eq!(edges.iter().map(|e| e.total).sum::<u32>(), 13);
    let e = &net.series("Ali Khamenei", "USA")[0];
    assert_eq!(e.period, "all");
    assert!((e.net - (-0.75)).abs() < 1e-12);
    // "Hamas" (a name) and HAMAS (an actor id) differ: no self-loop without the gazetteer
    assert!(!net.series("Hamas", "HAMAS")[0].self_loop);
    let node = net.node_by_id("Ali Khamenei").unwrap();
    assert_eq!(
        (node.out_stances, node.in_stances, node.kind.as_str()),
        (8, 0, "person")
    );
    assert_eq!(net.node_by_id("USA").unwrap().in_stances, 5);
}

#[test]
fn gazetteer_merges_names_and_marks_self_loops() {
    let net = build(Fold::Speaker, Period::All, true);
    // "Ali Khamenei" and "Khamenei" both resolve to ALI_KHAMENEI
    assert_eq!(counts(&net, "ALI_KHAMENEI", "USA"), (3, 0, 1, 4));
    assert_eq!(counts(&net, "ALI_KHAMENEI", "IRN"), (0, 0, 3, 3));
    assert_eq!(counts(&net, "ALI_KHAMENEI", "VLADIMIR_PUTIN"), (1, 0, 0, 1));
    assert_eq!(
        net.node_by_id("ALI_KHAMENEI").unwrap().label,
        "Ali Khamenei"
    );
    let hamas = &net.series("HAMAS", "HAMAS")[0];
    assert!(hamas.self_loop);
    assert_eq!((hamas.neutral, hamas.total), (1, 1));
    assert!(net.edges().iter().filter(|e| e.self_loop).count() == 1);
    // Putin speaking about Iran
    assert_eq!(counts(&net, "VLADIMIR_PUTIN", "IRN"), (0, 1, 0, 1));
}

#[test]
fn affiliation_folds_people() {
    let net = build(Fold::Affiliation, Period::All, true);
    // Khamenei -> IRN (from the title, or through the gazetteer); Putin -> RUS, also as a target
    assert_eq!(counts(&net, "IRN", "USA"), (3, 0, 1, 4));
    let own = &net.series("IRN", "IRN")[0];
    assert_eq!((own.neutral, own.total), (3, 3));
    assert!(own.self_loop);
    assert_eq!(counts(&net, "IRN", "RUS"), (1, 1, 1, 3));
    assert_eq!(counts(&net, "RUS", "IRN"), (0, 1, 0, 1));
    assert!(net.node_by_id("VLADIMIR_PUTIN").is_none());
    assert_eq!(net.node_by_id("RUS").unwrap().label, "Russia");

    // without a gazetteer only the title's affiliation is known
    let net = build(Fold::Affiliation, Period::All, false);
    assert_eq!(counts(&net, "IRN", "USA"), (3, 0, 1, 4));
    assert_eq!(counts(&net, "Khamenei", "VLADIMIR_PUTIN"), (1, 0, 0, 1));
    assert_eq!(counts(&net, "Putin", "IRN"), (0, 1, 0, 1));
    assert_eq!(net.node_by_id("IRN").unwrap().label, "Iran");
}

#[test]
fn month_time_series() {
    let net = build(Fold::Speaker, Period::Month, true);
    let s = net.series("ALI_KHAMENEI", "USA");
    let got: Vec<_> = s
        .iter()
        .map(|e| {
            (
                e.period.as_str(),
                e.hostile,
                e.cooperative,
                e.neutral,
                e.total,
            )
        })
        .collect();
    assert_eq!(got, [("2017-11", 2, 0, 0, 2), ("2017-12", 1, 0, 1, 2)]);
    assert!((s[0].net + 1.0).abs() < 1e-12);
    assert!((s[1].net + 0.5).abs() < 1e-12);
    // the undated article goes to "unknown"
    let iran: Vec<_> = net
        .series("ALI_KHAMENEI", "IRN")
        .iter()
        .map(|e| (e.period.clone(), e.total))
        .collect();
    assert_eq!(
        iran,
        [
            ("2017-11".to_string(), 1),
            ("2017-12".to_string(), 1),
            ("unknown".to_string(), 1)
        ]
    );
    let by_year = build(Fold::Speaker, Period::Year, true);
    assert_eq!(by_year.series("ALI_KHAMENEI", "USA")[0].period, "2017");
    assert_eq!(by_year.series("ALI_KHAMENEI", "USA")[0].total, 4);
}

#[test]
fn csv_output() {
    let net = build(Fold::Speaker, Period::Month, true);
    let csv = net.to_csv();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("source,target,period,hostile,cooperative,neutral,total,net")
    );
    assert!(
        csv.contains("\nALI_KHAMENEI,USA,2017-11,2,0,0,2,-1.000\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\nALI_KHAMENEI,USA,2017-12,1,0,1,2,-0.500\n"),
        "{csv}"
    );
    assert_eq!(lines.count(), net.edges().len());

    // names with commas are quoted
    let mut net = StanceNetwork::new(Fold::Speaker, Period::All);
    let a = Analysis {
        quotes: vec![quote(
            "x",
            Some(who("Smith, \"Jr\"", EntityKind::Person, None)),
            vec![usa(Stance::Neutral)],
        )],
    };
    net.add(&a, None);
    assert!(net
        .to_csv()
        .contains("\n\"Smith, \"\"Jr\"\"\",USA,all,0,0,1,1,0.000\n"));
}

#[test]
fn json_output() {
    let net = build(Fold::Speaker, Period::All, true);
    let v: serde_json::Value = serde_json::from_str(&net.to_json()).unwrap();
    assert_eq!(v["fold"], "speaker");
    assert_eq!(v["period"], "all");
    assert_eq!(v["quotes_without_speaker"], 2);
    let edges = v["edges"].as_array().unwrap();
    assert_eq!(edges.len(), net.edges().len());
    let e = edges
        .iter()
        .find(|e| e["source"] == "HAMAS" && e["target"] == "HAMAS")
        .unwrap();
    assert_eq!(e["self_loop"], true);
    assert!(v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == "USA" && n["label"] == "United States"));
}

#[test]
fn dot_output() {
    let net = build(Fold::Speaker, Period::All, true);
    let dot = net.to_dot();
    assert!(dot.starts_with("digraph stance {\n") && dot.ends_with("}\n"));
    assert!(
        dot.contains("  \"USA\" [label=\"United States\", shape=box];\n"),
        "{dot}"
    );
    // 3 hostile, 0 cooperative, 1 neutral: red, penwidth 1 + 1.5 * log2(4) = 4
    assert!(
        dot.contains(
            "  \"ALI_KHAMENEI\" -> \"USA\" [color=\"#d62728\", fontcolor=\"#d62728\", \
             penwidth=4.00, label=\"3/0/1\", tooltip=\"net -0.75\"];\n"
        ),
        "{dot}"
    );
    // cooperative: green; neutral: grey; self-loop: dashed
    assert!(dot.contains("\"VLADIMIR_PUTIN\" -> \"IRN\" [color=\"#2ca02c\""));
    assert!(dot.contains("\"ALI_KHAMENEI\" -> \"IRN\" [color=\"#8c8c8c\""));
    assert!(
        dot.contains("\"HAMAS\" -> \"HAMAS\" [color=\"#8c8c8c\"") && dot.contains("style=dashed")
    );
}

#[test]
fn pruned_keeps_the_biggest_edges() {
    let net = build(Fold::Speaker, Period::All, true);
    let p = net.pruned(2, Some(1));
    let e = p.edges();
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].source.as_str(), e[0].target.as_str(), e[0].total),
        ("ALI_KHAMENEI", "USA", 4)
    );
    assert_eq!(p.nodes().len(), 2);
    assert_eq!(net.pruned(2, None).edges().len(), 3); // USA (4), IRN (3), RUS (2)
    assert_eq!(net.pruned(1, None).edges().len(), net.edges().len());
}

#[test]
fn period_keys() {
    assert_eq!(Period::Month.key(Some("2015-08-21")), "2015-08");
    assert_eq!(Period::Month.key(Some("2015-8-21")), "unknown");
    assert_eq!(Period::Month.key(Some("2015-13")), "unknown");
    assert_eq!(Period::Month.key(Some("2015")), "unknown");
    assert_eq!(Period::Year.key(Some("2015")), "2015");
    assert_eq!(Period::Year.key(Some("20é5")), "unknown");
    assert_eq!(Period::Month.key(Some("20é5-01")), "unknown");
    assert_eq!(Period::Month.key(None), "unknown");
    assert_eq!("month".parse::<Period>(), Ok(Period::Month));
    assert_eq!("affiliation".parse::<Fold>(), Ok(Fold::Affiliation));
    assert!("weekly".parse::<Period>().is_err());
}
