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

mod actors;
mod analyzer;
mod attribution;
pub mod corpus;
mod cues;
mod features;
pub mod network;
mod quotes;
#[doc(hidden)]
pub mod stages;
mod stance;
mod text;

pub use actors::{
    Actor, ActorKind, Gazetteer, GazetteerError, GazetteerMatch, Mention, QuoteActor,
};
pub use analyzer::{ActorRef, ActorStance, Analysis, Analyzer, InputError, Quote};
pub use attribution::{Entity, EntityKind};
pub use features::{FeatureConfig, FeatureExtractor, StanceInput, FEATURE_VERSION};
pub use quotes::QuoteKind;
pub use stance::train_helpers::{data_fingerprint, predict_bag_of_words};
pub use stance::{
    expected_calibration_error, Contribution, Metrics, ModelError, Prediction, Probabilities,
    Stance, StanceModel, TrainError, TrainParams, TrainReport, TrainingInfo, ValidTrainParams,
    MODEL_FORMAT, MODEL_FORMAT_VERSION,
};
