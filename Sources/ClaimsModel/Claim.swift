/// One attributed claim: who said what, how, through which source, and when.
///
/// Spans are code-point offsets into the body of the article the claim was extracted from.
public struct Claim: Sendable, Hashable {
    /// The resolved actor's name ("Bahman" for a "he" that refers to Bahman), if any.
    public var actor: String?
    public var actorKind: ActorKind
    /// Whether `actor` is a name ("Maya Okafor", "Reuters") rather than a description of an
    /// unnamed speaker ("a spokesman", "analysts"), which stands for no one beyond its article.
    public var actorIsNamed: Bool
    /// The speaker as written at this claim ("he", "the hardline Tasnim news agency").
    public var speakerText: String?
    public var speakerSpan: TextSpan?
    /// How the article describes the actor here ("an Iranian-Swedish dentist in Belgrade").
    public var actorDescription: String?
    /// The reporting words as written ("said", "according to", "has expressed concern about").
    public var cue: String?
    public var cueSpan: TextSpan?
    public var kind: ClaimKind
    /// The act reported: speech, writing, thought, finding, intention or stance.
    public var claimClass: ClaimClass
    /// The content as written, the text of `contentSpan`.
    public var content: String
    public var contentSpan: TextSpan
    /// The pieces of a content the article interrupts ("... ," she said, "..."), in order, each
    /// inside `contentSpan`; `nil` when the content is one unbroken run.
    public var contentFragments: [TextSpan]?
    /// The medium the claim reached the article through ("Pishtaz" in "told Pishtaz").
    public var source: String?
    public var sourceKind: ActorKind?
    /// When the claim was made: the article's date unless the text says otherwise.
    public var date: ClaimDate?
    /// How `date` was obtained: `article` or `text`.
    public var dateBasis: DateBasis?
    /// Dates the content itself mentions ("in August 2023" → 2023-08).
    public var mentionedDates: [ClaimDate]
    /// How sure the extractor is, from 0 to 1.
    public var confidence: Double

    /// Where a claim's date came from.
    public enum DateBasis: String, Sendable, Hashable, Codable {
        /// The article's publication date.
        case article
        /// The text says when ("said on Tuesday"), resolved against the publication date.
        case text
    }

    /// Creates a claim.
    public init(
        actor: String?, actorKind: ActorKind, actorIsNamed: Bool = true, speakerText: String?,
        speakerSpan: TextSpan?,
        actorDescription: String? = nil, cue: String?, cueSpan: TextSpan?, kind: ClaimKind,
        claimClass: ClaimClass = .speech, content: String, contentSpan: TextSpan, source: String? = nil,
        sourceKind: ActorKind? = nil,
        date: ClaimDate? = nil, dateBasis: DateBasis? = nil, mentionedDates: [ClaimDate] = [],
        confidence: Double = 1
    ) {
        self.actor = actor
        self.actorKind = actorKind
        self.actorIsNamed = actorIsNamed
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.actorDescription = actorDescription
        self.cue = cue
        self.cueSpan = cueSpan
        self.kind = kind
        self.claimClass = claimClass
        self.content = content
        self.contentSpan = contentSpan
        self.contentFragments = nil
        self.source = source
        self.sourceKind = sourceKind
        self.date = date
        self.dateBasis = dateBasis
        self.mentionedDates = mentionedDates
        self.confidence = confidence
    }
}
