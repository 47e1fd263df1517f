/// What the extractor finds in one article: its claims and the names it mentions.
public struct Extraction: Sendable, Hashable {
    public var claims: [Claim]
    public var mentions: [Mention]
    /// Short forms the article defines for organisations ("IMF" → "International Monetary
    /// Fund"), so the archive files a later article's "IMF" under the full name.
    public var abbreviations: [String: String]

    public init(claims: [Claim], mentions: [Mention], abbreviations: [String: String] = [:]) {
        self.claims = claims
        self.mentions = mentions
        self.abbreviations = abbreviations
    }
}
