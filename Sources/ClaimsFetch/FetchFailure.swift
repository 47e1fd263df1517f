/// Why one URL gave no page: each is one line naming the URL.
public enum FetchFailure: Error, Sendable, Hashable {
    /// The answer's status was not 2xx or a redirect.
    case httpStatus(Int, reason: String)
    /// No complete answer within the timeout.
    case noAnswer(seconds: Double)
    /// The connection could not be made or broke; `detail` says how.
    case connection(String)
    /// A redirect led back to a URL already on its way: the chain, in order, ending where it began.
    case redirectLoop([String])
    /// More redirects than the limit.
    case tooManyRedirects(limit: Int)
    /// A redirect without a usable `Location`.
    case badRedirect(status: Int)
    /// A page was expected (a feed or sitemap listed it) and the answer is something else.
    case notHTML(contentType: String)
    /// A URL named on the command line answered with neither a page, a feed nor a sitemap.
    case notPageOrListing(contentType: String)
    /// A feed or sitemap was expected (by its type, or a sitemap index listing it) but it is not XML.
    case notXML(contentType: String, message: String, line: Int)
    /// A URL named like a feed or sitemap (`.xml`, `.rss`, `.atom`) that answered with an HTML page.
    case htmlForListing(contentType: String)
    /// XML, but not a feed, a sitemap or XHTML.
    case otherXML(root: String)
    /// A feed or sitemap with no links to pages.
    case emptyListing
    /// A sitemap index inside more sitemap indexes than the limit.
    case tooDeep(limit: Int)
    /// The answer's body is over the limit.
    case tooLarge(limit: Int)
    /// A gzip body (`.xml.gz`, `Content-Encoding: gzip`) that cannot be decompressed.
    case badGzip
    /// robots.txt does not allow this tool to fetch it.
    case disallowedByRobots
    /// The site's robots.txt could not be fetched (5xx, no answer), which forbids the whole site.
    indirect case robotsUnavailable(FetchFailure)
    /// A listing named pages past the limit on pages: `leftOut` of them are not fetched.
    case pageLimit(limit: Int, leftOut: Int)
    /// Not an http or https URL that can be requested.
    case invalidURL
}

extension FetchFailure: CustomStringConvertible {
    /// A clause whose subject is the URL: `https://a.example/x: HTTP 404 (Not Found)`.
    public var description: String {
        switch self {
        case .httpStatus(let code, let reason): "HTTP \(code)\(reason.isEmpty ? "" : " (\(reason))")"
        case .noAnswer(let seconds): "no answer within \(Self.seconds(seconds))"
        case .connection(let detail): "cannot be fetched: \(detail)"
        case .redirectLoop(let chain): "redirect loop: " + chain.joined(separator: " -> ")
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .badRedirect(let status): "HTTP \(status) redirect without a Location header"
        case .notHTML(let type): "is not an HTML page (served as \(type))"
        case .notPageOrListing(let type): "is neither an HTML page, a feed nor a sitemap (served as \(type))"
        case .notXML(let type, let message, let line):
            "is not XML, so not a feed or sitemap (served as \(type); line \(line): \(message))"
        case .htmlForListing(let type):
            "is an HTML page, not the feed or sitemap its name says (served as \(type))"
        case .otherXML(let root): "is XML but neither a feed nor a sitemap (root element <\(root)>)"
        case .emptyListing: "is a feed or sitemap that lists no pages"
        case .tooDeep(let limit): "is a sitemap nested in more than \(limit) sitemap indexes; not fetched"
        case .tooLarge(let limit): "is larger than \(limit >> 20) MB, the most one answer may be"
        case .badGzip: "has a gzip body that cannot be decompressed"
        case .disallowedByRobots: "is disallowed by the site's robots.txt; not fetched"
        case .robotsUnavailable(.httpStatus(let code, let reason)):
            "not fetched: the site's robots.txt answered HTTP \(code)\(reason.isEmpty ? "" : " (\(reason))"), "
                + "which forbids the whole site"
        // The site did not answer at all: say so as for the page itself.
        case .robotsUnavailable(let why): "\(why) (asking for the site's robots.txt)"
        case .pageLimit(let limit, let leftOut):
            "lists \(leftOut) page\(leftOut == 1 ? "" : "s") past the limit of \(limit) (--max-pages); not fetched"
        case .invalidURL: "is not an http or https URL"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
