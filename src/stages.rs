//! The pipeline's stages one at a time, for the per-stage benches in `benches/pipeline.rs`.
//!
//! Not a stable API (hidden from the docs): most users want [`crate::Analyzer::analyze`], which
//! runs all of them. Each stage function runs that stage alone on a document whose earlier stages
//! were computed once by [`Staged::new`], so a bench of one stage times only that stage.

use crate::actors::{DocActors, Gazetteer};
use crate::attribution::{self, Names};
use crate::quotes::{self, Indirect, Span};
use crate::text::Doc;

/// Stage 1 alone: paragraphs, sentences and tokens with byte offsets. Returns the sentence count.
pub fn sentences(text: &str) -> usize {
    Doc::new(text).sents.len()
}

/// A document with the output of every stage kept, so that any one stage can be re-run alone.
pub struct Staged<'a> {
    doc: Doc<'a>,
    marked: Vec<Span>,
    indirect: Vec<Indirect>,
    turns: Vec<quotes::Turn>,
    names: Names,
    /// Where `analyze` looks for actors: the attributed quotes and addressees.
    ranges: Vec<std::ops::Range<usize>>,
}

impl<'a> Staged<'a> {
    /// Runs sentences, quote detection, name registration and attribution once.
    pub fn new(text: &'a str) -> Self {
        let doc = Doc::new(text);
        let marked = quotes::detect_marked(&doc);
        let indirect = quotes::detect_indirect(&doc, &marked);
        let turns = quotes::detect_turns(&doc);
        let names = Names::build(&doc);
        let mut attributed = attribution::attribute(&doc, &names, &marked, &indirect);
        attribution::attribute_turns(&doc, &names, &turns, &mut attributed);
        let ranges = crate::analyzer::actor_ranges(&attributed);
        Staged {
            doc,
            marked,
            indirect,
            turns,
            names,
            ranges,
        }
    }

    /// Stage 2 alone: quote marks paired and classified, then indirect speech, then transcript
    /// turns. Returns the count of speech found, as `analyze` outputs it: not the marked spans
    /// that are no speech, nor the rejected cues `detect_indirect` keeps only as speaker context
    /// (`Indirect::speech`).
    pub fn detect_quotes(&self) -> usize {
        let marked = quotes::detect_marked(&self.doc);
        let indirect = quotes::detect_indirect(&self.doc, &marked);
        let turns = quotes::detect_turns(&self.doc);
        marked.iter().filter(|s| s.kind.is_ok()).count()
            + indirect.iter().filter(|i| i.speech).count()
            + turns.len()
    }

    /// Stage 3a alone: the document's people and organisations (names, aliases, genders).
    pub fn names(&self) -> usize {
        Names::build(&self.doc).mention_count()
    }

    /// Stage 3b alone: speakers, addressees and channels for the detected quotes.
    pub fn attribute(&self) -> usize {
        let mut attributed =
            attribution::attribute(&self.doc, &self.names, &self.marked, &self.indirect);
        attribution::attribute_turns(&self.doc, &self.names, &self.turns, &mut attributed);
        attributed.len()
    }

    /// Stage 4 alone: gazetteer actors and the document's own named actors, looked up where
    /// `analyze` looks for them (inside the attributed quotes and at the addressees).
    pub fn actors(&self, gazetteer: &Gazetteer) -> usize {
        DocActors::find_in(&self.doc, gazetteer, &self.names, &self.ranges)
            .mentions
            .len()
    }

    /// Stage 4 over the whole document (every mention, as `analyze` did before it looked only
    /// where quotes are).
    pub fn actors_whole_document(&self, gazetteer: &Gazetteer) -> usize {
        DocActors::find(&self.doc, gazetteer, &self.names)
            .mentions
            .len()
    }
}
