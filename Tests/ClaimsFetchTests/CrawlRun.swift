import ClaimsModel
import Foundation
import Ingestion
import Synchronization

@testable import ClaimsFetch

/// One crawl in this process into a temporary WARC file, and what came of it.
struct CrawlRun {
    var tally: CrawlTally
    /// The failure and notice lines, in order.
    var lines: [String]
    /// The articles the WARC reader reads from the output.
    var articles: [Article]
    var seconds: Double

    /// Settings for tests: no delay between requests, a timeout with room for a busy machine.
    static var quick: FetchSettings {
        var settings = FetchSettings()
        settings.hostDelay = 0
        settings.timeout = 30
        return settings
    }

    init(_ urls: [String], settings: FetchSettings = CrawlRun.quick) async throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "crawl-\(UUID().uuidString).warc")
            .path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer {
            close(descriptor)
            unlink(path)
        }
        let writer = WARCWriter(descriptor: descriptor)
        try writer.writeInfo(software: "claims-fetch/test")
        let collected = Lines()
        let start = ContinuousClock.now
        tally = await Crawler(settings: settings, writer: writer) { collected.append($0) }.run(urls)
        let elapsed = ContinuousClock.now - start
        seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        lines = collected.all
        let reader = ArticleFileReader(path: path)
        articles = []
        while let result = reader.next() {
            if case .success(let article) = result { articles.append(article) }
        }
    }

    /// The keys (target URIs) of the articles read, sorted.
    var keys: [String] { articles.map(\.key).sorted() }
}

/// Lines gathered from concurrent tasks.
final class Lines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
