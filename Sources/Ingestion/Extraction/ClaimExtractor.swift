import ClaimsModel

/// Finds the attributed claims in an article: who said what, how, through which source, when.
public struct ClaimExtractor: Sendable {
    public init(lexicon: Lexicon = .standard) {}

    /// The claims and mentions of `article`.
    public func extract(_ article: Article) -> Extraction {
        // Replaced by the rule-based extractor.
        Extraction(claims: [], mentions: [])
    }
}
