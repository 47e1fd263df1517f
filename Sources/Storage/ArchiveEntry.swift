import ClaimsModel

/// One article ready to store: the article as read, its content hash, and what was extracted.
public struct ArchiveEntry: Sendable {
    public var article: Article
    public var hash: ContentHash
    public var extraction: Extraction

    /// Wraps an article and its extraction; the hash is computed unless given.
    public init(article: Article, extraction: Extraction, hash: ContentHash? = nil) {
        self.article = article
        self.extraction = extraction
        self.hash = hash ?? ContentHash(of: article.body)
    }
}

/// What became of one article handed to `ClaimStore.write(_:)`.
public enum WriteOutcome: Sendable, Hashable {
    /// Stored as a new article with this many claims.
    case stored(articleID: Int64, claims: Int)
    /// The archive already holds an article with the same body; nothing changed.
    case unchanged
    /// Not stored, for this reason (a sentence); nothing of it is in the archive.
    case failed(String)
}
