import ClaimsModel

/// What `claims search` asks for: words to find and filters, all optional.
public struct ClaimSearch: Sendable, Hashable {
    /// How results are ordered.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Best full-text match first (by BM25); by date when there is no text.
        case relevance
        /// Oldest first, so the first appearance of a claim comes first.
        case date
    }

    /// Words to find in the claim's content, actor or source.
    public var text: String?
    /// Pass `text` to FTS5 as query syntax instead of as plain words.
    public var raw = false
    /// A name as a person types it: any case, diacritics or not, with or without titles.
    public var actor: String?
    public var source: String?
    public var outlet: String?
    public var since: ClaimDate?
    public var until: ClaimDate?
    public var kind: ClaimKind?
    /// Only claims of these classes; `nil` for every class (and claims stored before classes).
    public var classes: Set<ClaimClass>?
    public var order: Order = .relevance
    /// One claim per group (the first stored that matches), with the group's appearances and
    /// outlets.
    public var distinct = false
    /// At most this many claims; `nil` for all.
    public var limit: Int? = 100
    /// Claims to skip before the first one returned (a page of results).
    public var offset = 0
    /// Only claims by the actor with this entity id (a link from another page); no name lookup.
    public var actorID: Int64?
    /// Only claims from articles of the outlet with this id.
    public var outletID: Int64?

    public init(
        text: String? = nil, raw: Bool = false, actor: String? = nil, source: String? = nil,
        outlet: String? = nil, since: ClaimDate? = nil, until: ClaimDate? = nil, kind: ClaimKind? = nil,
        classes: Set<ClaimClass>? = nil, order: Order = .relevance, distinct: Bool = false, limit: Int? = 100,
        offset: Int = 0, actorID: Int64? = nil, outletID: Int64? = nil
    ) {
        self.text = text
        self.raw = raw
        self.actor = actor
        self.source = source
        self.outlet = outlet
        self.since = since
        self.until = until
        self.kind = kind
        self.classes = classes
        self.order = order
        self.distinct = distinct
        self.limit = limit
        self.offset = offset
        self.actorID = actorID
        self.outletID = outletID
    }
}

/// The claims a search found, and, when it found none, why that may be.
public struct SearchResult: Sendable, Hashable {
    public var claims: [StoredClaim]
    /// A sentence for a person when the result needs one ("Nebojša Stefanović is mentioned in
    /// 1 article but has no claims", "no actor is called X").
    public var note: String?
}
