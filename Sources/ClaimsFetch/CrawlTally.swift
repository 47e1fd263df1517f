/// What a crawl did, counted, with every failure in the order it happened.
public struct CrawlTally: Sendable {
    /// One URL that gave no page, and why.
    public struct Failure: Sendable, Hashable {
        public var url: String
        public var failure: FetchFailure
    }

    /// Pages written to the WARC output.
    public var pages = 0
    /// Feeds, sitemaps and sitemap indexes read.
    public var listings = 0
    /// Requests made, robots.txt included.
    public var requests = 0
    /// URLs reached a second time (listed twice, a redirect to a page already fetched): fetched once.
    public var duplicates = 0
    /// Listed pages that robots.txt forbids: reported, not fetched, not failures.
    public var disallowed = 0
    /// Listed pages left out past `maxPages`.
    public var leftOut = 0
    /// URLs that failed: every one is a line on standard error.
    public var failures: [Failure] = []
    /// Why writing the output stopped the crawl, if it did.
    public var outputError: String?

    /// The closing line: `12 pages, 3 feeds or sitemaps read, 2 failed; 16 requests; 1.20 s, 10 pages/s`.
    public func summary(seconds: Double) -> String {
        var parts = ["\(pages) page\(pages == 1 ? "" : "s")"]
        if listings > 0 {
            parts.append("\(listings) feed\(listings == 1 ? " or sitemap" : "s or sitemaps") read")
        }
        parts.append("\(failures.count) failed")
        if disallowed > 0 { parts.append("\(disallowed) disallowed by robots.txt") }
        if duplicates > 0 { parts.append("\(duplicates) duplicate URL\(duplicates == 1 ? "" : "s")") }
        if leftOut > 0 { parts.append("\(leftOut) past --max-pages") }
        let rate = seconds > 0 ? Double(pages) / seconds : 0
        return parts.joined(separator: ", ") + "; \(requests) requests; "
            + String(format: "%.2f s, %.0f pages/s", seconds, rate)
    }
}
