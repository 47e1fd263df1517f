/// One news article as read from its input: metadata plus the body text claims point into.
public struct Article: Sendable, Hashable {
    /// Where a metadata value came from, most trusted first.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Given on the command line (`--outlet`, `--date`, ...).
        case flag
        /// Stated by the input itself (a header line, a JSON field, JSON-LD, a meta tag).
        case metadata
        /// Guessed from the text or the file name.
        case inferred
    }

    /// The file name, or the record's `id` for JSON input.
    public var key: String
    /// The record's own id, when the input gives one.
    public var externalID: String?
    public var title: String?
    /// The publisher's name, as the input gives it.
    public var outlet: String?
    /// The publisher's domain, from the URL when there is one.
    public var outletDomain: String?
    public var authors: [String]
    /// The page's own calendar date of publication.
    public var date: ClaimDate?
    /// How `date` was obtained.
    public var dateBasis: Basis?
    public var url: String?
    public var section: String?
    public var language: String?
    /// The article text. Claim offsets count code points into exactly this string.
    public var body: String
    /// The path the article was read from, or `-` for standard input.
    public var sourcePath: String?
    /// For each metadata field set, where its value came from (`"title": "json-ld"`).
    public var metadataSources: [String: String]

    /// Creates an article; only the key and body are required.
    public init(
        key: String, body: String, externalID: String? = nil, title: String? = nil,
        outlet: String? = nil, outletDomain: String? = nil, authors: [String] = [],
        date: ClaimDate? = nil, dateBasis: Basis? = nil, url: String? = nil, section: String? = nil,
        language: String? = nil, sourcePath: String? = nil, metadataSources: [String: String] = [:]
    ) {
        self.key = key
        self.body = body
        self.externalID = externalID
        self.title = title
        self.outlet = outlet
        self.outletDomain = outletDomain
        self.authors = authors
        self.date = date
        self.dateBasis = dateBasis
        self.url = url
        self.section = section
        self.language = language
        self.sourcePath = sourcePath
        self.metadataSources = metadataSources
    }
}
