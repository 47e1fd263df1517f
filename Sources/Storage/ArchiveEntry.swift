import ClaimsModel

/// One article ready to store: the article as read, its content hash, and what was extracted.
///
/// Creating an entry also checks the claim spans against the body, finds which contents differ
/// from their span, and sketches the body and each claim's statement, so this work runs on the
/// thread that makes the entry (an extraction worker) instead of on the single writer.
public struct ArchiveEntry: Sendable {
    public var article: Article {
        didSet {
            spans = SpanCheck(article: article, extraction: extraction)
            fingerprint = BodyFingerprint(article.body)
        }
    }
    public var hash: ContentHash
    public var extraction: Extraction {
        didSet {
            spans = SpanCheck(article: article, extraction: extraction)
            statements = Self.statements(extraction)
        }
    }
    /// What the writer needs to know about the spans, kept current with the two above.
    private(set) var spans: SpanCheck
    /// The body's sketch, for finding copies of it; `nil` for a body too short to compare.
    private(set) var fingerprint: BodyFingerprint?
    /// Per claim, what it says, for grouping; `nil` for a claim without an actor.
    private(set) var statements: [StatementSketch?]

    /// Wraps an article and its extraction; the hash is computed unless given.
    public init(article: Article, extraction: Extraction, hash: ContentHash? = nil) {
        self.article = article
        self.extraction = extraction
        self.hash = hash ?? ContentHash(of: article.body)
        spans = SpanCheck(article: article, extraction: extraction)
        fingerprint = BodyFingerprint(article.body)
        statements = Self.statements(extraction)
    }

    private static func statements(_ extraction: Extraction) -> [StatementSketch?] {
        extraction.claims.map { $0.actor == nil ? nil : StatementSketch($0.content) }
    }
}

/// The spans of an extraction checked against its article's body.
struct SpanCheck: Sendable {
    /// Why the extraction cannot be stored as given (a span past the end of the body), if so.
    var problem: String?
    /// Per claim: whether its content differs from the text of its span and must be stored.
    var storesContent: [Bool] = []
    /// Per mention: whether its span lies inside the body.
    var mentionFits: [Bool] = []

    init(article: Article, extraction: Extraction) {
        // Slicing needs the code points; articles without claims or mentions skip the work.
        guard !extraction.claims.isEmpty || !extraction.mentions.isEmpty else { return }
        let body = BodyText(article.body)
        for (index, claim) in extraction.claims.enumerated() {
            for span in [claim.contentSpan, claim.speakerSpan, claim.cueSpan].compactMap({ $0 })
            where span.end > body.count || span.start < 0 || span.start > span.end {
                problem =
                    "claim \(index + 1) points past the end of the body (\(span.start)..<\(span.end) "
                    + "of \(body.count) characters)"
                return
            }
        }
        storesContent = extraction.claims.map { !body.spells($0.content, at: $0.contentSpan) }
        mentionFits = extraction.mentions.map { $0.span.start >= 0 && $0.span.end <= body.count }
    }
}

/// What became of one article handed to `ClaimStore.write(_:)`.
public enum WriteOutcome: Sendable, Hashable {
    /// Stored as a new article with this many claims.
    case stored(articleID: Int64, claims: Int)
    /// The archive already holds an article with the same body; nothing changed.
    case unchanged
    /// Another file of the stored article with this key (the same canonical URL, another
    /// body): recorded as its copy, its claims not stored again.
    case copy(of: String)
    /// Not stored, for this reason (a sentence); nothing of it is in the archive.
    case failed(String)
}
