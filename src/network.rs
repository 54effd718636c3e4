//! The stance network of a corpus: who speaks about whom, how often, and how (hostile,
//! cooperative, neutral), optionally per month or per year.
//!
//! Feed [`StanceNetwork::add`] one [`Analysis`] per article; every stance of every quote with a
//! speaker becomes one count on the edge *speaker -> actor*. The network is written as CSV
//! ([`StanceNetwork::to_csv`]), JSON ([`StanceNetwork::to_json`]) or Graphviz DOT
//! ([`StanceNetwork::to_dot`]).
//!
//! ```
//! use quotestance::network::{Fold, Period, StanceNetwork};
//! use quotestance::Analyzer;
//! let analyzer = Analyzer::default();
//! let text = "“America is the number one enemy of our nation,” Khamenei told Putin.";
//! let mut net = StanceNetwork::new(Fold::Speaker, Period::Month);
//! net.add(&analyzer.analyze(text), Some("2017-11-01"));
//! let e = &net.edges()[0];
//! assert_eq!((e.source.as_str(), e.target.as_str(), e.period.as_str()), ("Khamenei", "USA", "2017-11"));
//! assert_eq!((e.hostile, e.total), (1, 1));
//! assert!(net.to_csv().starts_with("source,target,period,hostile,cooperative,neutral,total,net\n"));
//! ```

use crate::actors::{ActorKind, Gazetteer};
use crate::analyzer::Analysis;
use crate::attribution::{Entity, EntityKind};
use crate::stance::Stance;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// How speakers (and person actors) become nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fold {
    /// One node per speaker name (or per gazetteer actor, when the name is one of its aliases
    /// and a gazetteer is attached with [`StanceNetwork::with_gazetteer`]).
    #[default]
    Speaker,
    /// Speakers are folded into their affiliation when it is known: the affiliation the title
    /// reveals ("Iranian Supreme Leader Ali Khamenei" -> IRN) or, with a gazetteer attached, the
    /// affiliation of the person the name resolves to. Target actors of kind person are folded
    /// likewise through the gazetteer. Everyone else stays as in [`Fold::Speaker`].
    Affiliation,
}

impl FromStr for Fold {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "speaker" => Ok(Fold::Speaker),
            "affiliation" => Ok(Fold::Affiliation),
            _ => Err(format!(
                "unknown fold {s:?} (expected speaker or affiliation)"
            )),
        }
    }
}

impl fmt::Display for Fold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fold::Speaker => "speaker",
            Fold::Affiliation => "affiliation",
        })
    }
}

/// How edges are grouped in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// One edge per dyad; the period column reads `all`.
    #[default]
    All,
    /// One edge per dyad and month: the `YYYY-MM` prefix of the date.
    Month,
    /// One edge per dyad and year: the `YYYY` prefix of the date.
    Year,
}

impl Period {
    /// The period key of a date (`"2015-08-21"` -> `"2015-08"` by month, `"2015"` by year).
    /// A missing date, or one that does not start with `YYYY` / `YYYY-MM`, gives `"unknown"`;
    /// [`Period::All`] always gives `"all"`.
    ///
    /// ```
    /// use quotestance::network::Period;
    /// assert_eq!(Period::Month.key(Some("2015-08-21")), "2015-08");
    /// assert_eq!(Period::Year.key(Some("2015-08-21")), "2015");
    /// assert_eq!(Period::Month.key(Some("August 2015")), "unknown");
    /// assert_eq!(Period::All.key(None), "all");
    /// ```
    pub fn key(self, date: Option<&str>) -> String {
        let date = date.map(str::trim).unwrap_or("").as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            date.len() >= r.end && date[r].iter().all(u8::is_ascii_digit)
        };
        let (ok, len) = match self {
            Period::All => return "all".to_string(),
            Period::Year => (digits(0..4), 4),
            Period::Month => {
                let month = digits(5..7)
                    && matches!(&date[5..7], [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
                (digits(0..4) && date.get(4) == Some(&b'-') && month, 7)
            }
        };
        if ok {
            // ASCII digits and '-', so this is valid UTF-8
            String::from_utf8_lossy(&date[..len]).into_owned()
        } else {
            UNKNOWN.to_string()
        }
    }
}

const UNKNOWN: &str = "unknown";

impl FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "all" => Ok(Period::All),
            "month" => Ok(Period::Month),
            "year" => Ok(Period::Year),
            _ => Err(format!(
                "unknown period {s:?} (expected all, month or year)"
            )),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Period::All => "all",
            Period::Month => "month",
            Period::Year => "year",
        })
    }
}

/// A node: a speaker, an actor, or both (an actor that also speaks).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Node id: an actor id ("USA"), or a speaker name when it is no known actor.
    pub id: String,
    /// Display name ("United States", "Ali Khamenei").
    pub label: String,
    /// "country", "organisation", "person" or "group".
    pub kind: String,
    /// Stances counted with this node as the source (speaker).
    pub out_stances: u32,
    /// Stances counted with this node as the target (actor).
    pub in_stances: u32,
}

/// One edge: the stances of `source` toward `target` in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Speaker node id.
    pub source: String,
    /// Actor node id.
    pub target: String,
    /// Period key: `all`, `YYYY`, `YYYY-MM` or `unknown`.
    pub period: String,
    /// Hostile stances.
    pub hostile: u32,
    /// Cooperative stances.
    pub cooperative: u32,
    /// Neutral stances.
    pub neutral: u32,
    /// hostile + cooperative + neutral.
    pub total: u32,
    /// (cooperative - hostile) / total, in [-1, 1].
    pub net: f64,
    /// The speaker talks about itself (source == target): kept, and drawn dashed in DOT.
    pub self_loop: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    hostile: u32,
    cooperative: u32,
    neutral: u32,
}

/// Aggregates analyses into a speaker -> actor stance network.
///
/// ```
/// use quotestance::network::{Fold, Period, StanceNetwork};
/// use quotestance::Analyzer;
/// let analyzer = Analyzer::default();
/// let docs = [
///     "“We thank Japan for its steadfast support,” Li Wei said.",
///     "“Japan has betrayed us,” Li Wei said.",
/// ];
/// let mut net = StanceNetwork::new(Fold::Speaker, Period::All)
///     .with_gazetteer(analyzer.gazetteer());
/// for a in analyzer.analyze_batch(&docs) {
///     net.add(&a, None);
/// }
/// let series = net.series("Li Wei", "JPN");
/// assert_eq!(series.len(), 1);
/// assert_eq!(series[0].total, 2);
/// let dot = net.to_dot();
/// assert!(dot.starts_with("digraph"));
/// ```
#[derive(Debug, Clone)]
pub struct StanceNetwork {
    fold: Fold,
    period: Period,
    gazetteer: Option<Gazetteer>,
    nodes: BTreeMap<String, Node>,
    edges: BTreeMap<(String, String, String), Counts>,
    documents: usize,
    quotes: usize,
    without_speaker: usize,
}

impl Default for StanceNetwork {
    fn default() -> Self {
        Self::new(Fold::Speaker, Period::All)
    }
}

impl StanceNetwork {
    /// An empty network folding speakers as `fold` and grouping edges by `period`.
    pub fn new(fold: Fold, period: Period) -> Self {
        StanceNetwork {
            fold,
            period,
            gazetteer: None,
            nodes: BTreeMap::new(),
            edges: BTreeMap::new(),
            documents: 0,
            quotes: 0,
            without_speaker: 0,
        }
    }

    /// Resolves speaker names through `gazetteer` (a speaker named exactly like an actor alias
    /// becomes that actor's node, so "Hamas" speaking about Hamas is a self-loop) and supplies
    /// the affiliations of people for [`Fold::Affiliation`] and the labels of affiliation nodes.
    /// Use [`Analyzer::gazetteer`](crate::Analyzer::gazetteer) to match the analyzer.
    pub fn with_gazetteer(mut self, gazetteer: &Gazetteer) -> Self {
        self.gazetteer = Some(gazetteer.clone());
        self
    }

    /// How speakers are folded.
    pub fn fold(&self) -> Fold {
        self.fold
    }

    /// How edges are grouped in time.
    pub fn period(&self) -> Period {
        self.period
    }

    /// Documents added.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// Quotes seen, with or without a speaker.
    pub fn quotes(&self) -> usize {
        self.quotes
    }

    /// Quotes skipped because no speaker was found.
    pub fn quotes_without_speaker(&self) -> usize {
        self.without_speaker
    }

    /// Adds every stance of every quote with a speaker in `analysis`, dated `date`
    /// (`YYYY-MM-DD` or a prefix of it; only used when grouping by month or year).
    pub fn add(&mut self, analysis: &Analysis, date: Option<&str>) {
        self.documents += 1;
        let period = self.period.key(date);
        for q in &analysis.quotes {
            self.quotes += 1;
            let Some(speaker) = &q.speaker else {
                self.without_speaker += 1;
                continue;
            };
            if q.stances.is_empty() {
                continue;
            }
            let (sid, slabel, skind) = self.speaker_node(speaker);
            for st in &q.stances {
                let (tid, tlabel, tkind) =
                    self.actor_node(&st.actor.id, &st.actor.name, st.actor.kind);
                self.node(&sid, &slabel, &skind).out_stances += 1;
                self.node(&tid, &tlabel, &tkind).in_stances += 1;
                let c = self
                    .edges
                    .entry((sid.clone(), tid, period.clone()))
                    .or_default();
                match st.stance {
                    Stance::Hostile => c.hostile += 1,
                    Stance::Cooperative => c.cooperative += 1,
                    Stance::Neutral => c.neutral += 1,
                }
            }
        }
    }

    fn node(&mut self, id: &str, label: &str, kind: &str) -> &mut Node {
        let n = self.nodes.entry(id.to_string()).or_insert_with(|| Node {
            id: id.to_string(),
            label: label.to_string(),
            kind: kind.to_string(),
            out_stances: 0,
            in_stances: 0,
        });
        // an affiliation id seen first without a name ("IRN") gets the actor's name when known
        if n.label == n.id && label != id {
            n.label = label.to_string();
            n.kind = kind.to_string();
        }
        n
    }

    /// (id, label, kind) of an affiliation id.
    fn affiliation_node(&self, id: &str) -> (String, String, String) {
        match self.gazetteer.as_ref().and_then(|g| g.get(id)) {
            Some(a) => (a.id.clone(), a.name.clone(), actor_kind(a.kind).to_string()),
            None => (id.to_string(), id.to_string(), "affiliation".to_string()),
        }
    }

    fn speaker_node(&self, s: &Entity) -> (String, String, String) {
        let known = self.gazetteer.as_ref().and_then(|g| g.lookup(&s.name));
        if self.fold == Fold::Affiliation {
            if let Some(aff) = &s.affiliation {
                return self.affiliation_node(aff);
            }
            if let Some(aff) = known
                .filter(|a| a.kind == ActorKind::Person)
                .and_then(|a| a.affiliation.as_deref())
            {
                return self.affiliation_node(aff);
            }
        }
        match known {
            Some(a) => (a.id.clone(), a.name.clone(), actor_kind(a.kind).to_string()),
            None => (
                s.name.clone(),
                s.name.clone(),
                entity_kind(s.kind).to_string(),
            ),
        }
    }

    fn actor_node(&self, id: &str, name: &str, kind: ActorKind) -> (String, String, String) {
        if self.fold == Fold::Affiliation && kind == ActorKind::Person {
            if let Some(aff) = self
                .gazetteer
                .as_ref()
                .and_then(|g| g.get(id))
                .and_then(|a| a.affiliation.as_deref())
            {
                return self.affiliation_node(aff);
            }
        }
        (
            id.to_string(),
            name.to_string(),
            actor_kind(kind).to_string(),
        )
    }

    /// All nodes, by id.
    pub fn nodes(&self) -> Vec<&Node> {
        self.nodes.values().collect()
    }

    /// The node with this id, if any.
    pub fn node_by_id(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// All edges, sorted by source, target and period.
    pub fn edges(&self) -> Vec<Edge> {
        self.edges
            .iter()
            .map(|((s, t, p), c)| {
                let total = c.hostile + c.cooperative + c.neutral;
                Edge {
                    source: s.clone(),
                    target: t.clone(),
                    period: p.clone(),
                    hostile: c.hostile,
                    cooperative: c.cooperative,
                    neutral: c.neutral,
                    total,
                    net: if total == 0 {
                        0.0
                    } else {
                        (c.cooperative as f64 - c.hostile as f64) / total as f64
                    },
                    self_loop: s == t,
                }
            })
            .collect()
    }

    /// The time series of one dyad: its edges in period order (one edge with [`Period::All`]).
    pub fn series(&self, source: &str, target: &str) -> Vec<Edge> {
        self.edges()
            .into_iter()
            .filter(|e| e.source == source && e.target == target)
            .collect()
    }

    /// A copy keeping only the edges with `total >= min_total`, at most `max_edges` of them
    /// (biggest total first, ties by id), and only the nodes those edges touch.
    pub fn pruned(&self, min_total: u32, max_edges: Option<usize>) -> StanceNetwork {
        let mut kept: Vec<Edge> = self
            .edges()
            .into_iter()
            .filter(|e| e.total >= min_total)
            .collect();
        kept.sort_by_key(|e| std::cmp::Reverse(e.total));
        if let Some(m) = max_edges {
            kept.truncate(m);
        }
        let mut out = StanceNetwork {
            nodes: BTreeMap::new(),
            edges: BTreeMap::new(),
            gazetteer: self.gazetteer.clone(),
            ..*self
        };
        for e in kept {
            for id in [&e.source, &e.target] {
                if let Some(n) = self.nodes.get(id) {
                    out.nodes.insert(id.clone(), n.clone());
                }
            }
            out.edges.insert(
                (e.source, e.target, e.period),
                Counts {
                    hostile: e.hostile,
                    cooperative: e.cooperative,
                    neutral: e.neutral,
                },
            );
        }
        out
    }

    /// CSV with the header `source,target,period,hostile,cooperative,neutral,total,net`, one row
    /// per edge (net with 3 decimals; fields with commas or quotes are quoted).
    pub fn to_csv(&self) -> String {
        let mut out = String::from("source,target,period,hostile,cooperative,neutral,total,net\n");
        for e in self.edges() {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{:.3}\n",
                csv_field(&e.source),
                csv_field(&e.target),
                csv_field(&e.period),
                e.hostile,
                e.cooperative,
                e.neutral,
                e.total,
                e.net
            ));
        }
        out
    }

    /// The network as a JSON value: `{"fold", "period", "documents", "quotes",
    /// "quotes_without_speaker", "nodes": [..], "edges": [..]}`.
    pub fn to_json_value(&self) -> serde_json::Value {
        serde_json::json!({
            "fold": self.fold,
            "period": self.period,
            "documents": self.documents,
            "quotes": self.quotes,
            "quotes_without_speaker": self.without_speaker,
            "nodes": self.nodes(),
            "edges": self.edges(),
        })
    }

    /// [`to_json_value`](Self::to_json_value), pretty-printed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_json_value()).expect("JSON values serialize")
    }

    /// Graphviz DOT: nodes labelled with names (speakers that are no known actor drawn as
    /// ellipses, actors as boxes), edges coloured by net stance (red when net <= -0.2, green
    /// when net >= 0.2, grey otherwise), pen width growing with the count, labelled
    /// `hostile/cooperative/neutral` (plus the period when grouped in time); self-loops dashed.
    pub fn to_dot(&self) -> String {
        let mut out = String::from("digraph stance {\n");
        out.push_str(
            "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n",
        );
        out.push_str(
            "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#f4f4f4\"];\n",
        );
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n");
        for n in self.nodes.values() {
            let shape = if n.in_stances > 0 { "box" } else { "ellipse" };
            out.push_str(&format!(
                "  \"{}\" [label=\"{}\", shape={}];\n",
                dot_escape(&n.id),
                dot_escape(&n.label),
                shape
            ));
        }
        for e in self.edges() {
            let color = if e.net <= -0.2 {
                "#d62728"
            } else if e.net >= 0.2 {
                "#2ca02c"
            } else {
                "#8c8c8c"
            };
            let width = 1.0 + 1.5 * (e.total as f64).log2();
            let mut label = format!("{}/{}/{}", e.hostile, e.cooperative, e.neutral);
            if self.period != Period::All {
                label = format!("{} {}", e.period, label);
            }
            let style = if e.self_loop { ", style=dashed" } else { "" };
            out.push_str(&format!(
                "  \"{}\" -> \"{}\" [color=\"{}\", fontcolor=\"{}\", penwidth={:.2}, label=\"{}\", tooltip=\"net {:+.2}\"{}];\n",
                dot_escape(&e.source),
                dot_escape(&e.target),
                color,
                color,
                width,
                dot_escape(&label),
                e.net,
                style
            ));
        }
        out.push_str("}\n");
        out
    }
}

fn actor_kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "country",
        ActorKind::Organisation => "organisation",
        ActorKind::Person => "person",
        ActorKind::Group => "group",
    }
}

fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Group => "group",
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}
