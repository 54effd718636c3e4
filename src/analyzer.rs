//! The one-line entry point: [`Analyzer::analyze`] runs every stage on a document.

use crate::attribution::{self, Entity, Names};
use crate::quotes::{self, QuoteKind};
use crate::text::Doc;
use serde::{Deserialize, Serialize};

/// One quote with its speaker, addressee, actors and stances.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the enclosing quote marks: `input[start..end] == text`.
    pub text: String,
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// Byte offset just after `text`.
    pub end: usize,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, if it can be told.
    pub speaker: Option<Entity>,
    /// To whom it was said ("told Putin"), if named.
    pub addressee: Option<Entity>,
    /// The cue verb as written ("told", "said", "according to").
    pub cue: Option<String>,
    /// The medium that relayed it ("Iranian state television"), when a speaker is also given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub channel: Option<String>,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Quotes in document order.
    pub quotes: Vec<Quote>,
}

/// Runs the pipeline. Build it once and share it: it is `Send + Sync`.
///
/// ```
/// use quotestance::Analyzer;
/// let a = Analyzer::default();
/// let r = a.analyze("“Our cooperation can isolate America,” Khamenei told Putin.");
/// assert_eq!(r.quotes[0].speaker.as_ref().unwrap().name, "Khamenei");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// Finds quotes, speakers and addressees in `text`. Empty or quote-free text gives an empty result.
    pub fn analyze(&self, text: &str) -> Analysis {
        let doc = Doc::new(text);
        let marked = quotes::detect_marked(&doc);
        let indirect = quotes::detect_indirect(&doc, &marked);
        let names = Names::build(&doc);
        let attributed = attribution::attribute(&doc, &names, &marked, &indirect);
        let quotes = attributed
            .into_iter()
            .map(|a| Quote {
                text: text[a.content.clone()].to_string(),
                start: a.content.start,
                end: a.content.end,
                kind: a.kind,
                speaker: a.speaker,
                addressee: a.addressee,
                cue: a.cue,
                channel: a.channel,
            })
            .collect();
        Analysis { quotes }
    }
}
