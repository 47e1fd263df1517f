import Foundation

/// One URL to request, with why it is fetched and the redirects that led to it.
struct FetchJob: Sendable, Hashable {
    /// What the answer should be, which decides what is done with it.
    enum Expectation: Sendable, Hashable {
        /// Named on the command line: a page, a feed or a sitemap, by what it turns out to be.
        case anything
        /// Listed by a feed or a sitemap: a page.
        case page
        /// Listed by a sitemap index nested `depth` deep: a sitemap or another index.
        case sitemap(depth: Int)
    }

    /// The URL requested now (after redirects).
    var url: String
    /// The URL as named or listed, which failures name.
    var origin: String
    var expectation: Expectation
    /// Every URL requested for this job so far, `origin` first.
    var chain: [String]

    init(url: String, expectation: Expectation) {
        self.url = url
        origin = url
        self.expectation = expectation
        chain = [url]
    }

    /// The same job continued at `target`, where a redirect pointed.
    func redirected(to target: String) -> FetchJob {
        var next = self
        next.url = target
        next.chain.append(target)
        return next
    }

    /// Where politeness and robots.txt apply: `scheme://host:port`, lower case; `nil` for a URL
    /// that cannot be requested.
    static func site(of url: String) -> String? {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }

    /// The path and query robots.txt rules are matched against.
    static func robotsPath(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return "/" }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }

    /// `url` without its fragment: two URLs differing only there are one page.
    static func identity(of url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url }
        return String(url[..<hash])
    }
}
