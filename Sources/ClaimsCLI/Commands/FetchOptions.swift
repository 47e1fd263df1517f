import ArgumentParser

/// The limits of fetching URLs, passed on to `claims-fetch` (which has the same flags and
/// defaults; without a flag, its default holds).
struct FetchOptions: ParsableArguments {
    @Option(help: "For URLs: requests in flight to one site at most (default 2).")
    var perHost: Int?

    @Option(
        help: ArgumentHelp(
            "For URLs: seconds between the starts of two requests to one site (default 0.25).",
            valueName: "seconds"))
    var hostDelay: Double?

    @Option(help: "For URLs: requests in flight in all, over every site (default 32).")
    var connections: Int?

    @Option(
        help: ArgumentHelp(
            "For URLs: seconds one request may take, its whole answer included (default 30).",
            valueName: "seconds"))
    var timeout: Double?

    @Option(help: "For URLs: redirects followed from one URL (default 5).")
    var maxRedirects: Int?

    @Option(help: "For URLs: sitemap indexes nested in each other that are followed (default 3).")
    var maxDepth: Int?

    @Option(help: "For URLs: pages fetched at most from all feeds and sitemaps together (default 10000).")
    var maxPages: Int?

    /// The flags for `claims-fetch`, only those given.
    var arguments: [String] {
        let values: [(String, String?)] = [
            ("--per-host", perHost.map(String.init)), ("--host-delay", hostDelay.map { "\($0)" }),
            ("--connections", connections.map(String.init)), ("--timeout", timeout.map { "\($0)" }),
            ("--max-redirects", maxRedirects.map(String.init)), ("--max-depth", maxDepth.map(String.init)),
            ("--max-pages", maxPages.map(String.init)),
        ]
        return values.flatMap { flag, value in value.map { [flag, $0] } ?? [] }
    }
}
