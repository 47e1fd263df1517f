/// How politely and how far a crawl goes: the limits `claims-fetch` and `claims ingest URL` take.
///
/// The defaults are ones a site would accept from a research tool: at most two requests to one
/// host at a time, a quarter of a second between the starts of two of them (longer when the
/// site's robots.txt asks for a `Crawl-delay`), and many hosts in parallel.
public struct FetchSettings: Sendable, Hashable {
    /// The release, as in `claims --version`, named in the user agent.
    public static let version = "0.9.0"
    /// The product token robots.txt groups are matched against.
    public static let robotsToken = "claims-fetch"

    /// Requests in flight to one host (scheme, name and port) at most.
    public var perHost = 2
    /// Seconds between the starts of two requests to one host, at least.
    public var hostDelay = 0.25
    /// Requests in flight in all, over every host.
    public var connections = 32
    /// Seconds one request (connecting, the answer and its whole body) may take.
    public var timeout = 30.0
    /// Redirects followed from one URL before giving up.
    public var maxRedirects = 5
    /// Sitemap indexes nested inside each other that are followed.
    public var maxDepth = 3
    /// Pages fetched at most from all listings together; the rest are reported and left out.
    public var maxPages = 10000
    /// The most one answer's body may be, in bytes (the most an article may be).
    public var maxBodyBytes = 64 << 20
    /// A `Crawl-delay` is honoured up to this many seconds, so one site cannot stall a run.
    public var maxCrawlDelay = 10.0

    public init() {}

    /// Sent with every request: the tool's name and version, and what it is for.
    public var userAgent: String {
        "\(Self.robotsToken)/\(Self.version) (claims: an archive of attributed claims from news articles)"
    }
}
