import Foundation
import Ingestion
import Testing

/// `claims ingest URL...` and `claims-fetch` as built, against a local site, on a temporary archive.
@Suite("claims ingest URL and claims-fetch, end to end", .serialized)
struct FetchBinaryTests {
    private static func page(_ title: String, _ speaker: String, _ quote: String) -> LocalSite.Answer {
        .html(Pages.article(title: title, speaker: speaker, quote: quote))
    }

    private static func database() -> String {
        FileManager.default.temporaryDirectory.appending(path: "fetch-\(UUID().uuidString).sqlite").path
    }

    @Test("a feed and a page go in, a 404 is one line naming its URL, the exit status is 1")
    func ingestsURLs() async throws {
        let site = try await LocalSite.start([:])
        defer { Task { await site.stop() } }
        let answers: [String: LocalSite.Answer] = [
            "/robots.txt": LocalSite.Answer(
                headers: [("Content-Type", "text/plain")],
                body: Array("User-agent: *\nDisallow: /drafts/\n".utf8)),
            "/feed.xml": .xml(
                Pages.rss(["/news/harbour", "/news/library", "/drafts/plan"]), type: "application/rss+xml"),
            "/news/harbour": Self.page(
                "Harbour repairs", "Ingrid Solberg", "We have had crews working around the clock"),
            "/news/library": Self.page(
                "Library cuts", "Maya Okafor", "Closing libraries is the easiest cut to make"),
            "/news/bridge": Self.page("Bridge reopens", "Owen Price", "The bridge is safe again"),
        ]
        let db = Self.database()
        defer { try? FileManager.default.removeItem(atPath: db) }
        let run = try await site.serving(answers) {
            try await Binaries.claims(
                [
                    "ingest", "--db", db, "--host-delay", "0", site.url("/feed.xml"),
                    site.url("/news/bridge"),
                    site.url("/gone"),
                ])
        }
        #expect(run.status == 1, "\(run.stderr)")
        let failures = run.errorLines.filter { $0.hasPrefix("claims: ") }
        #expect(failures == ["claims: \(site.url("/gone")): HTTP 404 (Not Found)"], "\(run.stderr)")
        // A listed page the site keeps from crawlers is said, passed through, and is no failure.
        #expect(
            run.errorLines.contains(
                "claims-fetch: note: \(site.url("/drafts/plan")): is disallowed by the site's robots.txt; not fetched"
            ),
            "\(run.stderr)")
        #expect(!run.errorLines.contains { $0.hasPrefix("claims-fetch: 3 pages") }, "\(run.stderr)")
        #expect(
            run.errorLines.last?.hasPrefix("4 articles: 3 new, 0 unchanged, 1 failed") == true,
            "\(run.stderr)")

        let search = try await Binaries.claims([
            "search", "--db", db, "--actor", "Maya Okafor", "--format", "ndjson",
        ])
        let rows = search.stdout.split(separator: UInt8(ascii: "\n")).map {
            try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]
        }
        #expect(rows.count == 1)
        #expect(rows.first??["url"] as? String == site.url("/news/library"))

        // The same URLs again: nothing new.
        let again = try await site.serving(answers) {
            try await Binaries.claims(["ingest", "--db", db, "--host-delay", "0", site.url("/feed.xml")])
        }
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            again.errorLines.last?.hasPrefix("2 articles: 0 new, 2 unchanged, 0 failed") == true,
            "\(again.stderr)")
    }

    @Test("claims-fetch URL > crawl.warc writes a WARC the reader reads, with a summary on standard error")
    func fetchToWARC() async throws {
        let site = try await LocalSite.start([
            "/news/a": Self.page("A story", "Lena Ostrova", "An independent review will begin"),
            "/sitemap.xml": .xml(Pages.sitemap(["/news/a", "/news/missing"])),
        ])
        defer { Task { await site.stop() } }
        let run = try await Binaries.fetch(["--host-delay", "0", site.url("/sitemap.xml")])
        #expect(run.status == 1)
        #expect(
            run.errorLines.first == "claims-fetch: \(site.url("/news/missing")): HTTP 404 (Not Found)",
            "\(run.stderr)")
        #expect(run.errorLines.count == 2)
        #expect(
            run.errorLines.last?.hasPrefix(
                "claims-fetch: 1 page, 1 feed or sitemap read, 1 failed; 4 requests;") == true,
            "\(run.stderr)")
        let path = FileManager.default.temporaryDirectory.appending(path: "fetched-\(UUID().uuidString).warc")
        try run.stdout.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let reader = ArticleFileReader(path: path.path)
        var keys: [String] = []
        while let result = reader.next() {
            if case .success(let article) = result { keys.append(article.key) }
        }
        #expect(keys == [site.url("/news/a")])
        #expect(String(decoding: run.stdout.prefix(9), as: UTF8.self) == "WARC/1.1\r")
    }

    @Test("claims ingest passes the fetch limits on: --timeout 4 gives up on a page silent for 40 s")
    func passesLimits() async throws {
        var silent = Self.page("Slow", "Ana Ruiz", "This page takes its time")
        silent.delay = 40
        let site = try await LocalSite.start(["/slow": silent])
        defer { Task { await site.stop() } }
        let db = Self.database()
        defer { try? FileManager.default.removeItem(atPath: db) }
        let start = Date()
        let run = try await Binaries.claims([
            "ingest", "--db", db, "--timeout", "4", "--host-delay", "0", site.url("/slow"),
        ])
        // Well under the page's silence, with room for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 25)
        #expect(run.status == 1)
        #expect(run.errorLines.first == "claims: \(site.url("/slow")): no answer within 4 s", "\(run.stderr)")
        #expect(
            run.errorLines.last?.hasPrefix("1 article: 0 new, 0 unchanged, 1 failed") == true, "\(run.stderr)"
        )
    }

    @Test("files and URLs in one ingest: the files first, then the pages fetched")
    func filesAndURLs() async throws {
        let site = try await LocalSite.start([
            "/news/a": Self.page("Museum reopens", "Halima Brooks", "We are ready for visitors again")
        ])
        defer { Task { await site.stop() } }
        let folder = FileManager.default.temporaryDirectory.appending(path: "mixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appending(path: "budget.txt")
        try Data(
            "Title: Budget vote\n\n\"The budget is balanced,\" said Daniel Brandt on Tuesday.\n".utf8
        ).write(to: text)
        let db = folder.appending(path: "a.sqlite").path
        let run = try await Binaries.claims([
            "ingest", "--db", db, "--host-delay", "0", site.url("/news/a"), text.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.errorLines.last?.hasPrefix("2 articles: 2 new, 0 unchanged, 0 failed") == true,
            "\(run.stderr)")
        #expect(
            run.errorLines.contains { $0.hasSuffix("last stored \(site.url("/news/a"))") }, "\(run.stderr)")
    }

    @Test("a port nobody listens on is one line naming the URL")
    func refused() async throws {
        // Bind a port, then close it: nothing listens there now.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(probe, pointer, length)
                return getsockname(probe, pointer, &length)
            }
        }
        close(probe)
        let url = "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))/news/a"
        let start = Date()
        let run = try await Binaries.fetch([url])
        // At once, not after the 30 s timeout.
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(run.status == 1)
        #expect(
            run.errorLines.first
                == "claims-fetch: \(url): cannot be fetched: connection refused (asking for the site's robots.txt)",
            "\(run.stderr)")
    }

    @Test("claims ingest URL without claims-fetch beside it says so in one line, and stores nothing")
    func withoutFetcher() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "claims-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appending(path: "claims")
        try FileManager.default.copyItem(at: Binaries.folder.appending(path: "claims"), to: copy)
        let db = folder.appending(path: "a.sqlite").path
        let run = try await Binaries.run(copy, ["ingest", "--db", db, "https://pike.example/news/a"])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("swift build --product claims-fetch"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
