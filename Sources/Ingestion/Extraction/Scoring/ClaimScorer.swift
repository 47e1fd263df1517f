import Foundation

/// A linear model over ``ClaimFeatures`` that decides which candidate attributions become
/// claims, and how confident each one is.
///
/// The weights are data (`data/lexicons/claim-weights.txt`, one `feature<TAB>weight` a line,
/// plus `threshold`, `scale` and `offset` lines), produced by `scripts/train-extractor` from the PolNeAR train
/// split with an averaged perceptron. With no weights every candidate is kept.
struct ClaimScorer: Sendable {
    private let weights: [String: Double]
    private let threshold: Double
    /// Turn a score into the chance the claim is right: `1 / (1 + e^-(scale * score + offset))`.
    private let scale: Double
    private let offset: Double

    init(_ lexicon: Lexicon) {
        var weights: [String: Double] = [:]
        var settings = ["threshold": 0.0, "scale": 1.0, "offset": 0.0]
        for (feature, value) in lexicon.table("claim-weights.txt") {
            guard let weight = Double(value) else { continue }
            if settings[feature] != nil { settings[feature] = weight } else { weights[feature] = weight }
        }
        self.weights = weights
        threshold = settings["threshold"]!
        scale = settings["scale"]!
        offset = settings["offset"]!
    }

    /// Whether the model has any weights.
    var isTrained: Bool { !weights.isEmpty }

    /// The score of a candidate; it becomes a claim when the score is at least the threshold.
    func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) } - threshold
    }

    /// The chance between 0 and 1 that a claim with this score is right, as fitted on the train
    /// split; two decimals.
    func confidence(_ score: Double) -> Double {
        let value = 1 / (1 + exp(-(scale * score + offset)))
        return (value * 100).rounded() / 100
    }
}
