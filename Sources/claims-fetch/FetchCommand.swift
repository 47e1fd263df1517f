import ArgumentParser
import ClaimsFetch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `claims-fetch URL...`: fetches pages, feeds and sitemaps and writes the pages to standard
/// output as a WARC 1.1 stream, which `claims ingest` reads (`claims ingest URL` runs this).
@main
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims-fetch",
        abstract: "Fetch web pages, RSS/Atom feeds and sitemaps into a WARC stream on standard output.",
        discussion: """
            A URL may be an article page, an RSS or Atom feed, a sitemap or a sitemap index (also \
            .xml.gz): feeds and sitemaps are replaced by the pages they list. Each site's robots.txt \
            is respected; requests to one site are limited by --per-host and --host-delay, many \
            sites are fetched in parallel. Each URL that gives no page is one line on standard \
            error; a listed page that robots.txt forbids, or pages past --max-pages, are a line \
            "note: URL: ..." and no failure. The exit status is 1 if any URL failed. Example: claims-fetch https://example.org/feed.xml > crawl.warc
            """,
        version: FetchSettings.version
    )

    @Argument(help: "Pages, feeds or sitemaps (http or https).")
    var urls: [String]

    @OptionGroup var limits: FetchLimits

    @Flag(help: "No closing summary line (claims ingest, which runs this, prints its own).")
    var noSummary = false

    func validate() throws {
        if urls.isEmpty { throw ValidationError("Name at least one URL.") }
        if isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(
                "The WARC stream goes to standard output: redirect it (claims-fetch URL > crawl.warc).")
        }
    }

    func run() async throws {
        // A reader that goes away (a closed pipe) is a write error, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        let writer = WARCWriter()
        try writer.writeInfo(software: "claims-fetch/\(FetchSettings.version)")
        let start = Date()
        let crawler = Crawler(settings: limits.settings, writer: writer) { line in
            FileHandle.standardError.write(Data("claims-fetch: \(line)\n".utf8))
        }
        let tally = await crawler.run(urls)
        let seconds = Date().timeIntervalSince(start)
        if !noSummary {
            FileHandle.standardError.write(Data("claims-fetch: \(tally.summary(seconds: seconds))\n".utf8))
        }
        if let error = tally.outputError {
            FileHandle.standardError.write(Data("claims-fetch: stopped: \(error)\n".utf8))
        }
        if !tally.failures.isEmpty || tally.outputError != nil { throw ExitCode.failure }
    }
}
