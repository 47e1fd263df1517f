import ArgumentParser
import ClaimsFetch

/// The politeness and crawl limits, as flags (the same names `claims ingest` passes on).
struct FetchLimits: ParsableArguments {
    @Option(help: "Requests in flight to one site at most.")
    var perHost = FetchSettings().perHost

    @Option(
        help: ArgumentHelp("Seconds between the starts of two requests to one site.", valueName: "seconds"))
    var hostDelay = FetchSettings().hostDelay

    @Option(help: "Requests in flight in all, over every site.")
    var connections = FetchSettings().connections

    @Option(
        help: ArgumentHelp("Seconds one request may take, its whole answer included.", valueName: "seconds"))
    var timeout = FetchSettings().timeout

    @Option(help: "Redirects followed from one URL.")
    var maxRedirects = FetchSettings().maxRedirects

    @Option(help: "Sitemap indexes nested in each other that are followed.")
    var maxDepth = FetchSettings().maxDepth

    @Option(help: "Pages fetched at most from all feeds and sitemaps together.")
    var maxPages = FetchSettings().maxPages

    func validate() throws {
        guard perHost >= 1, connections >= 1, maxPages >= 0, maxRedirects >= 0, maxDepth >= 0 else {
            throw ValidationError(
                "--per-host and --connections must be at least 1, the other limits at least 0.")
        }
        guard hostDelay >= 0, timeout > 0 else {
            throw ValidationError("--host-delay must be at least 0 and --timeout more than 0 seconds.")
        }
    }

    var settings: FetchSettings {
        var settings = FetchSettings()
        settings.perHost = perHost
        settings.hostDelay = hostDelay
        settings.connections = connections
        settings.timeout = timeout
        settings.maxRedirects = maxRedirects
        settings.maxDepth = maxDepth
        settings.maxPages = maxPages
        return settings
    }
}
