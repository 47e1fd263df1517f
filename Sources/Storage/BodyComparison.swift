import Foundation

/// Whether two bodies tell one story, decided on the texts themselves once their fingerprints
/// have made them candidates.
enum BodyComparison {
    /// The least share of the shorter body's shingles the longer must have.
    static let minimumOverlap = 0.9
    /// The shorter body's least length, as a share of the longer's: a one-paragraph brief is not
    /// a copy of the feature that begins with it.
    static let minimumLengthRatio = 0.5

    /// The share of the shorter body's shingles that the longer one has, when the two are one
    /// story: the shorter is almost all in the longer, the two are of comparable length, and
    /// every figure (a word with a digit) of the shorter is in the longer, since a story that
    /// reports other figures (the next day's market report, a new toll) is another story;
    /// `nil` otherwise.
    static func overlap(_ first: String, _ second: String) -> Double? {
        let a = Set(BodyFingerprint.shingleHashes(first))
        let b = Set(BodyFingerprint.shingleHashes(second))
        let (shorter, longer, shorterText, longerText) =
            a.count <= b.count ? (a, b, first, second) : (b, a, second, first)
        guard !shorter.isEmpty, Double(shorter.count) >= minimumLengthRatio * Double(longer.count)
        else { return nil }
        let overlap = Double(shorter.intersection(longer).count) / Double(shorter.count)
        guard overlap >= minimumOverlap, figures(shorterText).isSubset(of: figures(longerText)) else {
            return nil
        }
        return overlap
    }

    /// The words of `text` that hold a digit ("3.5", "2024", "12th"), without the punctuation
    /// around them.
    static func figures(_ text: String) -> Set<String> {
        var found: Set<String> = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) where word.contains(where: \.isNumber) {
            found.insert(word.trimmingCharacters(in: .punctuationCharacters))
        }
        return found
    }
}
