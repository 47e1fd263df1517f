import Foundation

/// A linear model over ``ClaimFeatures`` that decides which candidate attributions become
/// claims, and how confident each one is.
///
/// The weights are data (`data/lexicons/claim-weights.txt`, one `feature<TAB>weight` a line,
/// plus a `threshold` line), produced by `scripts/train-extractor` from the PolNeAR train
/// split with an averaged perceptron. With no weights every candidate is kept.
struct ClaimScorer: Sendable {
    private let weights: [String: Double]
    private let threshold: Double

    init(_ lexicon: Lexicon) {
        var weights: [String: Double] = [:]
        var threshold = 0.0
        for (feature, value) in lexicon.table("claim-weights.txt") {
            guard let weight = Double(value) else { continue }
            if feature == "threshold" { threshold = weight } else { weights[feature] = weight }
        }
        self.weights = weights
        self.threshold = threshold
    }

    /// Whether the model has any weights.
    var isTrained: Bool { !weights.isEmpty }

    /// The score of a candidate; it becomes a claim when the score is at least the threshold.
    func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) } - threshold
    }

    /// A confidence between 0 and 1 from a score (0.5 at the threshold).
    func confidence(_ score: Double) -> Double {
        let value = 1 / (1 + exp(-score))
        return (value * 100).rounded() / 100
    }
}
