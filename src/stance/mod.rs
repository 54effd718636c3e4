//! Stage 6, stance: multinomial logistic regression (trained with linfa-logistic) over the features
//! of [`crate::features`], predicted with a sparse dot product, with probabilities and explanations.

mod metrics;
mod model;
mod train;
/// Helpers used by the training and evaluation examples.
pub mod train_helpers {
    pub use super::train::{data_fingerprint, predict_bag_of_words};
}

pub use metrics::{expected_calibration_error, Metrics};
pub use model::{
    Contribution, ModelError, StanceModel, TrainingInfo, MODEL_FORMAT, MODEL_FORMAT_VERSION,
};
pub(crate) use train::example_input;
pub use train::{TrainError, TrainParams, TrainReport, ValidTrainParams};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A speaker's stance toward an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Criticism, accusation, threat, opposition.
    Hostile,
    /// Praise, support, agreement, willingness to work together.
    Cooperative,
    /// Mentioned without an evaluative position.
    Neutral,
}

impl Stance {
    /// The three labels in model order.
    pub const ALL: [Stance; 3] = [Stance::Hostile, Stance::Cooperative, Stance::Neutral];

    /// Position in [`Stance::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The label as written in data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Hostile => "hostile",
            Stance::Cooperative => "cooperative",
            Stance::Neutral => "neutral",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Stance {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "hostile" => Ok(Stance::Hostile),
            "cooperative" => Ok(Stance::Cooperative),
            "neutral" => Ok(Stance::Neutral),
            _ => Err(format!("unknown stance {s:?}")),
        }
    }
}

/// Probabilities of the three labels; they sum to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Probabilities {
    /// P(hostile).
    pub hostile: f32,
    /// P(cooperative).
    pub cooperative: f32,
    /// P(neutral).
    pub neutral: f32,
}

impl Probabilities {
    pub(crate) fn from_array(p: [f32; 3]) -> Self {
        Probabilities {
            hostile: p[0],
            cooperative: p[1],
            neutral: p[2],
        }
    }

    /// As an array in [`Stance::ALL`] order.
    pub fn to_array(self) -> [f32; 3] {
        [self.hostile, self.cooperative, self.neutral]
    }

    /// The most probable label.
    pub fn argmax(self) -> Stance {
        let a = self.to_array();
        let mut best = 0;
        for i in 1..3 {
            if a[i] > a[best] {
                best = i;
            }
        }
        Stance::ALL[best]
    }
}

/// A prediction: the label and the probabilities of all three.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// The most probable label.
    pub stance: Stance,
    /// Probabilities of all three labels.
    pub probabilities: Probabilities,
}
