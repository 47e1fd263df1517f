/// What the extractor finds in one article: its claims and the names it mentions.
public struct Extraction: Sendable, Hashable {
    public var claims: [Claim]
    public var mentions: [Mention]

    public init(claims: [Claim], mentions: [Mention]) {
        self.claims = claims
        self.mentions = mentions
    }
}
