//! # quotestance
//!
//! Who said what, to whom, and how do they stand toward each actor they name?
//!
//! ```
//! use quotestance::Analyzer;
//! let text = "“We will never accept their bullying,” Khamenei said.";
//! let analysis = Analyzer::default().analyze(text);
//! for q in &analysis.quotes {
//!     println!("{:?} said {:?}", q.speaker.as_ref().map(|s| &s.name), q.text);
//! }
//! ```
#![deny(missing_docs)]

mod analyzer;
mod attribution;
mod cues;
mod quotes;
mod text;

pub use analyzer::{Analysis, Analyzer, Quote};
pub use attribution::{Entity, EntityKind};
pub use quotes::QuoteKind;
