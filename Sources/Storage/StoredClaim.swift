import ClaimsModel

/// A claim as the archive holds it, with the article and outlet it came from.
public struct StoredClaim: Sendable, Hashable {
    public var id: Int64
    /// The article's key (file name or record id).
    public var articleKey: String
    public var articleID: Int64
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var date: ClaimDate?
    public var dateBasis: String?
    public var actor: String?
    public var actorKind: ActorKind?
    public var speakerText: String?
    public var speakerSpan: TextSpan?
    public var actorDescription: String?
    public var cue: String?
    public var cueSpan: TextSpan?
    public var kind: ClaimKind
    /// The act reported; `nil` for claims stored before classes existed.
    public var claimClass: ClaimClass?
    public var content: String
    public var contentSpan: TextSpan
    public var source: String?
    public var mentionedDates: [ClaimDate]
    public var confidence: Double
    /// The claim's group: the id of the first stored claim that carries its statement (its own
    /// id when it is the first).
    public var group: Int64
    /// The archive's ids of the actor, source and outlet, for links between pages.
    public var actorID: Int64?
    public var sourceID: Int64?
    public var outletID: Int64?
    /// With `ClaimSearch.distinct`: how many claims the group has, and in how many outlets.
    public var appearances: Int?
    public var outlets: Int?
}

/// A claim in its paragraph, with the article's metadata: what `claims show` prints.
public struct ClaimDetail: Sendable, Hashable {
    public var claim: StoredClaim
    /// The paragraph of the body that holds the claim's content.
    public var paragraph: String
    /// Where the paragraph stands in the body, in code points.
    public var paragraphSpan: TextSpan
    public var authors: [String]
    public var section: String?
    public var articleDate: ClaimDate?
    public var sourcePath: String?
}

/// An actor or source with its totals across the archive.
public struct EntitySummary: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: ActorKind
    /// Claims it makes.
    public var claims: Int
    /// Claims that reached an article through it.
    public var asSource: Int
    /// Articles that name it.
    public var mentions: Int
    /// Distinct statements among its claims: groups of claims that carry one statement.
    public var statements: Int
}

/// One actor or source an outlet's articles attribute claims to.
public struct OutletSource: Sendable, Hashable {
    public var outlet: String
    public var name: String
    public var kind: ActorKind
    /// Claims by it as actor.
    public var claims: Int
    /// Claims that reached the outlet through it.
    public var asSource: Int
    public var firstDate: ClaimDate?
    public var lastDate: ClaimDate?
}

/// An outlet with its totals.
public struct OutletSummary: Sendable, Hashable {
    public var name: String
    public var domain: String?
    public var articles: Int
    public var claims: Int
}

/// The size of the archive.
public struct ArchiveStats: Sendable {
    public var articles: Int
    /// Distinct stories: articles less those linked to an earlier article of the same story in
    /// another outlet (a wire story carried by several sites counts once).
    public var stories: Int
    /// Other files of stored articles, recorded as copies and not stored again.
    public var copies: Int
    /// Claims by class, in `ClaimClass` order, classes with none left out; claims stored
    /// before classes existed are not counted here.
    public var classes: [(claimClass: ClaimClass, claims: Int)]
    public var claims: Int
    public var entities: Int
    public var outlets: Int
    public var mentions: Int
    public var firstDate: ClaimDate?
    public var lastDate: ClaimDate?
    /// The database file's size in bytes (without the WAL).
    public var bytes: Int
    public var schema: String
}
