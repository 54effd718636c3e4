//! Accuracy, macro-F1, per-class precision/recall/F1, confusion matrix and calibration error.

use super::{Probabilities, Stance};
use serde::{Deserialize, Serialize};

/// Classification metrics over the three labels.
///
/// ```
/// use quotestance::{Metrics, Stance::*};
/// let m = Metrics::compute(&[Hostile, Neutral, Cooperative], &[Hostile, Neutral, Neutral]);
/// assert!((m.accuracy - 2.0 / 3.0).abs() < 1e-9);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Number of examples.
    pub n: usize,
    /// Share of correct predictions.
    pub accuracy: f64,
    /// Unweighted mean of the per-class F1.
    pub macro_f1: f64,
    /// Precision per class, in [`Stance::ALL`] order.
    pub precision: [f64; 3],
    /// Recall per class.
    pub recall: [f64; 3],
    /// F1 per class.
    pub f1: [f64; 3],
    /// `confusion[gold][predicted]`.
    pub confusion: [[usize; 3]; 3],
}

impl Metrics {
    /// Compares gold labels with predictions (same length).
    pub fn compute(gold: &[Stance], pred: &[Stance]) -> Metrics {
        let mut confusion = [[0usize; 3]; 3];
        for (g, p) in gold.iter().zip(pred) {
            confusion[g.index()][p.index()] += 1;
        }
        let n = gold.len().min(pred.len());
        let correct: usize = (0..3).map(|i| confusion[i][i]).sum();
        let mut precision = [0.0; 3];
        let mut recall = [0.0; 3];
        let mut f1 = [0.0; 3];
        for c in 0..3 {
            let tp = confusion[c][c] as f64;
            let pred_c: usize = (0..3).map(|g| confusion[g][c]).sum();
            let gold_c: usize = confusion[c].iter().sum();
            precision[c] = if pred_c > 0 { tp / pred_c as f64 } else { 0.0 };
            recall[c] = if gold_c > 0 { tp / gold_c as f64 } else { 0.0 };
            f1[c] = if precision[c] + recall[c] > 0.0 {
                2.0 * precision[c] * recall[c] / (precision[c] + recall[c])
            } else {
                0.0
            };
        }
        Metrics {
            n,
            accuracy: if n > 0 {
                correct as f64 / n as f64
            } else {
                0.0
            },
            macro_f1: f1.iter().sum::<f64>() / 3.0,
            precision,
            recall,
            f1,
            confusion,
        }
    }

    /// A plain-text report: accuracy, macro-F1, per-class table and confusion matrix.
    pub fn report(&self) -> String {
        let mut s = format!(
            "n={}  accuracy={:.3}  macro-F1={:.3}\n",
            self.n, self.accuracy, self.macro_f1
        );
        s.push_str("class         precision recall  f1\n");
        for (i, c) in Stance::ALL.iter().enumerate() {
            s.push_str(&format!(
                "{:<13} {:>9.3} {:>6.3} {:>6.3}\n",
                c.as_str(),
                self.precision[i],
                self.recall[i],
                self.f1[i]
            ));
        }
        s.push_str("confusion (rows gold, columns predicted: hostile cooperative neutral)\n");
        for (i, c) in Stance::ALL.iter().enumerate() {
            s.push_str(&format!(
                "{:<13} {:>7} {:>11} {:>7}\n",
                c.as_str(),
                self.confusion[i][0],
                self.confusion[i][1],
                self.confusion[i][2]
            ));
        }
        s
    }
}

/// Expected calibration error of the top-label probability over `bins` equal-width bins.
pub fn expected_calibration_error(gold: &[Stance], probs: &[Probabilities], bins: usize) -> f64 {
    let bins = bins.max(1);
    let mut conf = vec![0.0f64; bins];
    let mut acc = vec![0.0f64; bins];
    let mut cnt = vec![0usize; bins];
    for (g, p) in gold.iter().zip(probs) {
        let a = p.to_array();
        let pred = p.argmax();
        let c = a[pred.index()] as f64;
        let b = ((c * bins as f64) as usize).min(bins - 1);
        conf[b] += c;
        acc[b] += (pred == *g) as u8 as f64;
        cnt[b] += 1;
    }
    let n: usize = cnt.iter().sum();
    if n == 0 {
        return 0.0;
    }
    (0..bins)
        .filter(|&b| cnt[b] > 0)
        .map(|b| (cnt[b] as f64 / n as f64) * ((acc[b] - conf[b]) / cnt[b] as f64).abs())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    #[test]
    fn golden_numbers() {
        let gold = [Hostile, Hostile, Cooperative, Neutral, Neutral, Neutral];
        let pred = [Hostile, Neutral, Cooperative, Neutral, Neutral, Hostile];
        let m = Metrics::compute(&gold, &pred);
        assert_eq!(m.confusion, [[1, 0, 1], [0, 1, 0], [1, 0, 2]]);
        assert!((m.accuracy - 4.0 / 6.0).abs() < 1e-12);
        assert!((m.f1[0] - 0.5).abs() < 1e-12);
        assert!((m.f1[1] - 1.0).abs() < 1e-12);
        assert!((m.f1[2] - 2.0 / 3.0).abs() < 1e-12);
        assert!((m.macro_f1 - (0.5 + 1.0 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
    }

    #[test]
    fn ece_of_perfectly_calibrated_is_zero() {
        let p = Probabilities {
            hostile: 1.0,
            cooperative: 0.0,
            neutral: 0.0,
        };
        assert_eq!(
            expected_calibration_error(&[Hostile, Hostile], &[p, p], 10),
            0.0
        );
        let half = Probabilities {
            hostile: 0.5,
            cooperative: 0.25,
            neutral: 0.25,
        };
        let e = expected_calibration_error(&[Hostile, Neutral], &[half, half], 10);
        assert!(e.abs() < 1e-9, "{e}");
    }
}
