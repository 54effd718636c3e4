//! Labelled stance examples in JSON Lines: `{"quote", "speaker", "target", "stance", ...}`.
//!
//! The loader reports every bad row with its file, line and reason (invalid JSON, missing field,
//! unknown label, target not found in the quote by any alias) and never drops one silently.

use crate::actors::Gazetteer;
use crate::stance::Stance;
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One labelled example.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Where it came from: `file:line`.
    pub origin: String,
    /// Row id, if the file gives one.
    pub id: Option<String>,
    /// Story id used to keep related rows in one split.
    pub story: Option<String>,
    /// The quoted words.
    pub quote: String,
    /// Who said it.
    pub speaker: Option<String>,
    /// The speaker's country or organisation id.
    pub speaker_affiliation: Option<String>,
    /// The target as written in the quote.
    pub target: String,
    /// The target's canonical id, if given.
    pub target_id: Option<String>,
    /// The cue verb: the optional `cue` field, else the first speech verb of `context`.
    pub cue: Option<String>,
    /// The label (absent for unlabelled rows given to `classify`).
    pub stance: Option<Stance>,
    /// Byte ranges of the target's mentions in `quote`.
    pub target_spans: Vec<Range<usize>>,
    /// Byte ranges of other actors named in `quote`.
    pub other_spans: Vec<Range<usize>>,
    /// Byte ranges of the speaker's own country or organisation (`speaker_affiliation`) in
    /// `quote`, when it is not the target.
    pub own_spans: Vec<Range<usize>>,
}

/// A bad row: file, line and reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The file (or `<stdin>`).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// What went wrong loading a data file.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Some rows are bad; all of them are listed.
    #[error("{} bad row(s); first: {}", .0.len(), .0[0])]
    Rows(Vec<RowError>),
    /// The file has no rows.
    #[error("{0}: no examples")]
    Empty(String),
}

#[derive(Deserialize)]
struct Raw {
    id: Option<String>,
    story: Option<String>,
    quote: Option<String>,
    speaker: Option<String>,
    speaker_affiliation: Option<String>,
    target: Option<String>,
    target_id: Option<String>,
    cue: Option<String>,
    context: Option<String>,
    stance: Option<String>,
}

/// Parses one JSON line into an example. `need_label` demands a valid `stance`.
pub fn parse_example(
    line: &str,
    origin: &str,
    gaz: &Gazetteer,
    need_label: bool,
) -> Result<Example, String> {
    let raw: Raw = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let quote = raw
        .quote
        .filter(|q| !q.trim().is_empty())
        .ok_or("missing field \"quote\"")?;
    let target = raw
        .target
        .filter(|t| !t.trim().is_empty())
        .ok_or("missing field \"target\"")?;
    let stance = match raw.stance.as_deref() {
        Some(s) => Some(s.parse::<Stance>().map_err(|_| {
            format!("unknown label {s:?} (expected hostile, cooperative or neutral)")
        })?),
        None if need_label => return Err("missing field \"stance\"".into()),
        None => None,
    };
    let target_id = raw
        .target_id
        .or_else(|| gaz.lookup(&target).map(|a| a.id.clone()));
    let Located {
        target: target_spans,
        others: other_spans,
        own: own_spans,
    } = locate_target(
        &quote,
        &target,
        target_id.as_deref(),
        raw.speaker_affiliation.as_deref(),
        gaz,
    );
    if target_spans.is_empty() {
        return Err(format!(
            "target {target:?} not found in the quote by any alias"
        ));
    }
    Ok(Example {
        origin: origin.to_string(),
        id: raw.id,
        story: raw.story,
        quote,
        speaker: raw.speaker,
        speaker_affiliation: raw.speaker_affiliation,
        target,
        target_id,
        cue: raw
            .cue
            .or_else(|| raw.context.as_deref().and_then(cue_in_context)),
        stance,
        target_spans,
        other_spans,
        own_spans,
    })
}

/// The first speech verb of the attribution sentence ("..., the minister warned on Tuesday."), the
/// same cue `analyze` passes for a quote it attributes.
fn cue_in_context(context: &str) -> Option<String> {
    context
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| crate::cues::lookup(w).is_some())
        .map(str::to_string)
}

/// The actors [`locate_target`] finds in a quote, as byte ranges.
pub(crate) struct Located {
    /// The target's mentions.
    pub target: Vec<Range<usize>>,
    /// Other actors but the speaker's own side.
    pub others: Vec<Range<usize>>,
    /// The speaker's own country or organisation, when it is not the target.
    pub own: Vec<Range<usize>>,
}

/// The target's mentions in the quote (the literal string, and every gazetteer alias of its id),
/// the other actors the gazetteer finds there, and among them the speaker's own side (`own_id`).
pub(crate) fn locate_target(
    quote: &str,
    target: &str,
    target_id: Option<&str>,
    own_id: Option<&str>,
    gaz: &Gazetteer,
) -> Located {
    let mut spans: Vec<Range<usize>> = quote
        .match_indices(target)
        .map(|(i, t)| i..i + t.len())
        .collect();
    if spans.is_empty() {
        // case-insensitive fallback
        let lq = quote.to_lowercase();
        let lt = target.to_lowercase();
        if lq.len() == quote.len() {
            spans = lq.match_indices(&lt).map(|(i, t)| i..i + t.len()).collect();
        }
    }
    let mut others = Vec::new();
    let mut own = Vec::new();
    for m in gaz.find(quote) {
        let id = Some(gaz.actor(m.actor).id.as_str());
        let r = m.start..m.end;
        if spans.iter().any(|s| s.start < r.end && r.start < s.end) {
            continue;
        }
        if id == target_id {
            spans.push(r);
        } else if id == own_id {
            own.push(r);
        } else {
            others.push(r);
        }
    }
    spans.sort_by_key(|r| r.start);
    Located {
        target: spans,
        others,
        own,
    }
}

/// Loads a labelled JSONL file; every bad row is reported, none is dropped.
pub fn load(path: impl AsRef<Path>, gaz: &Gazetteer) -> Result<Vec<Example>, CorpusError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_jsonl(&text, &path.display().to_string(), gaz)
}

/// Parses labelled JSONL text; `file` names it in errors.
pub fn parse_jsonl(text: &str, file: &str, gaz: &Gazetteer) -> Result<Vec<Example>, CorpusError> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_example(line, &format!("{file}:{}", i + 1), gaz, true) {
            Ok(e) => out.push(e),
            Err(reason) => errors.push(RowError {
                file: file.to_string(),
                line: i + 1,
                reason,
            }),
        }
    }
    if !errors.is_empty() {
        return Err(CorpusError::Rows(errors));
    }
    if out.is_empty() {
        return Err(CorpusError::Empty(file.to_string()));
    }
    Ok(out)
}

/// The feature input for a labelled or unlabelled example.
pub fn input_of(e: &Example) -> crate::StanceInput<'_> {
    crate::stance::example_input(e)
}
