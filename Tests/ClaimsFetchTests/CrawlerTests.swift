import Foundation
import Testing

@testable import ClaimsFetch

@Suite("crawling a local site", .serialized)
struct CrawlerTests {
    private static func page(_ n: Int) -> LocalSite.Answer {
        .html(Pages.article(title: "Story \(n)", speaker: "Mara Lind", quote: "Story \(n) is true"))
    }

    @Test(
        "a feed, a sitemap index and its gzip sitemap expand to their pages, each fetched once; robots.txt read once"
    )
    func expands() async throws {
        let site = try await LocalSite.start([:])
        defer { Task { await site.stop() } }
        var answers: [String: LocalSite.Answer] = [
            "/robots.txt": LocalSite.Answer(
                headers: [("Content-Type", "text/plain")],
                body: Array("User-agent: *\nDisallow: /private/\n".utf8)),
            "/feed.xml": .xml(
                Pages.rss([site.url("/news/1"), "/news/2", site.url("/private/secret")]),
                type: "application/rss+xml"),
            // Served as HTML by a misconfigured server: still read as the feed it is.
            "/atom": .xml(Pages.atom([site.url("/news/2"), site.url("/news/5")]), type: "text/html"),
            "/sitemap-index.xml": .xml(Pages.sitemapIndex([site.url("/maps/a.xml.gz")])),
            "/maps/a.xml.gz": LocalSite.Answer(
                headers: [("Content-Type", "application/gzip")],
                body: gzipped(
                    Array(
                        Pages.sitemap([site.url("/news/3"), site.url("/news/4"), site.url("/news/1")]).utf8))),
        ]
        for n in 1...5 { answers["/news/\(n)"] = Self.page(n) }
        answers["/private/secret"] = Self.page(9)
        let run = try await site.serving(answers) {
            try await CrawlRun([site.url("/feed.xml"), site.url("/atom"), site.url("/sitemap-index.xml")])
        }
        #expect(run.keys == (1...5).map { site.url("/news/\($0)") }, "\(run.lines)")
        #expect(run.tally.failures.isEmpty, "\(run.lines)")
        #expect(run.tally.listings == 4)
        #expect(run.tally.disallowed == 1)
        #expect(
            run.lines == [
                "note: \(site.url("/private/secret")): is disallowed by the site's robots.txt; not fetched"
            ])
        #expect(site.count("/robots.txt") == 1)
        #expect(site.count("/private/secret") == 0)
        for n in 1...5 { #expect(site.count("/news/\(n)") == 1) }
        #expect(site.visits.allSatisfy { $0.userAgent.hasPrefix("claims-fetch/") })
        // The page's own metadata wins over the capture's.
        #expect(run.articles.allSatisfy { $0.date?.description == "2024-02-09" })
    }

    @Test(
        "404, 500, a redirect loop, a non-XML feed, a silent server, an image, a disallowed URL: one line each, the rest stored"
    )
    func failures() async throws {
        let site = try await LocalSite.start([:])
        defer { Task { await site.stop() } }
        // The timeout leaves room for a busy machine; the silent page stays silent well past it.
        var slow = Self.page(7)
        slow.delay = 40
        let answers: [String: LocalSite.Answer] = [
            "/robots.txt": LocalSite.Answer(
                headers: [("Content-Type", "text/plain")],
                body: Array("User-agent: claims-fetch\nDisallow: /private\n".utf8)),
            "/good": Self.page(1),
            "/broken": .status(500),
            "/loop-a": .redirect(to: "/loop-b"),
            "/loop-b": .redirect(to: "/loop-a"),
            "/old": .redirect(to: "/good2", status: 301),
            "/good2": Self.page(2),
            "/bad-feed.xml": .xml("<rss><channel><item><link>oops", type: "application/rss+xml"),
            "/feed.rss": .html("<!DOCTYPE html><html><body><p>Our feed has moved.</p></body></html>"),
            "/slow": slow,
            "/logo.png": LocalSite.Answer(
                headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47]),
            "/private/page": Self.page(3),
        ]
        var settings = CrawlRun.quick
        settings.timeout = 10
        let urls = [
            "/good", "/missing", "/broken", "/loop-a", "/old", "/bad-feed.xml", "/feed.rss", "/slow",
            "/logo.png",
            "/private/page",
        ].map(site.url)
        let run = try await site.serving(answers) { try await CrawlRun(urls, settings: settings) }
        #expect(run.keys == [site.url("/good"), site.url("/good2")], "\(run.lines)")
        let expected = [
            "/missing: HTTP 404 (Not Found)",
            "/broken: HTTP 500 (Internal Server Error)",
            "/loop-a: redirect loop: \(site.url("/loop-a")) -> \(site.url("/loop-b")) -> \(site.url("/loop-a"))",
            "/bad-feed.xml: is not XML, so not a feed or sitemap (served as application/rss+xml;",
            "/feed.rss: is an HTML page, not the feed or sitemap its name says (served as text/html)",
            "/slow: no answer within 10 s",
            "/logo.png: is neither an HTML page, a feed nor a sitemap (served as image/png)",
            "/private/page: is disallowed by the site's robots.txt; not fetched",
        ].map { site.base + $0 }
        #expect(run.lines.count == expected.count, "\(run.lines)")
        for line in expected {
            #expect(run.lines.filter { $0.hasPrefix(line) }.count == 1, "\(line) in \(run.lines)")
        }
        #expect(run.tally.failures.count == expected.count)
        #expect(site.count("/private/page") == 0)
    }

    @Test("requests to one site: at most --per-host at a time, --host-delay apart; two sites go in parallel")
    func politeness() async throws {
        var answers: [String: LocalSite.Answer] = [:]
        for n in 1...6 {
            var answer = Self.page(n)
            answer.delay = 0.45
            answers["/news/\(n)"] = answer
        }
        let first = try await LocalSite.start(answers)
        let second = try await LocalSite.start(answers)
        defer {
            Task {
                await first.stop()
                await second.stop()
            }
        }
        var settings = CrawlRun.quick
        settings.perHost = 2
        settings.hostDelay = 0.2
        let urls = (1...6).flatMap { n in [first.url("/news/\(n)"), second.url("/news/\(n)")] }
        let run = try await CrawlRun(urls, settings: settings)
        #expect(run.articles.count == 12, "\(run.lines)")
        for site in [first, second] {
            let visits = site.visits
            #expect(visits.count == 7)  // robots.txt and six pages
            #expect(visits.map(\.inFlight).max() == 2)
            let starts = visits.map(\.started).sorted()
            // The site sees each start a little early or late (a new connection, a reused one,
            // a busy machine), so one gap may look some milliseconds short; on average none is.
            for (earlier, later) in zip(starts, starts.dropFirst()) {
                #expect(later - earlier >= .milliseconds(150), "\(later - earlier)")
            }
            #expect((starts.last! - starts.first!) / (starts.count - 1) >= .milliseconds(195))
        }
        // Seven requests 0.2 s apart on each site take 1.2 s at least, and the two sites overlap:
        // the second site starts its pages before the first has done with its own.
        #expect(run.seconds >= 1.2)
        let firstStarts = first.visits.map(\.started)
        let secondStarts = second.visits.map(\.started)
        #expect(secondStarts.min()! < firstStarts.max()! && firstStarts.min()! < secondStarts.max()!)
    }

    @Test("a Crawl-delay in robots.txt spaces requests further than --host-delay")
    func crawlDelay() async throws {
        var answers: [String: LocalSite.Answer] = [
            "/robots.txt": LocalSite.Answer(
                headers: [("Content-Type", "text/plain")],
                body: Array("User-agent: *\nCrawl-delay: 0.3\n".utf8))
        ]
        for n in 1...3 { answers["/news/\(n)"] = Self.page(n) }
        let site = try await LocalSite.start(answers)
        defer { Task { await site.stop() } }
        let run = try await CrawlRun((1...3).map { site.url("/news/\($0)") })
        #expect(run.articles.count == 3)
        let starts = site.visits.filter { $0.path.hasPrefix("/news/") }.map(\.started).sorted()
        for (earlier, later) in zip(starts, starts.dropFirst()) {
            #expect(later - earlier >= .milliseconds(270), "\(later - earlier)")
        }
    }

    @Test("redirects: followed to another site (its robots.txt read), given up past --max-redirects")
    func redirects() async throws {
        let other = try await LocalSite.start(["/moved": Self.page(1)])
        let site = try await LocalSite.start([:])
        defer {
            Task {
                await site.stop()
                await other.stop()
            }
        }
        var answers: [String: LocalSite.Answer] = ["/away": .redirect(to: other.url("/moved"), status: 308)]
        for n in 0..<4 { answers["/hop\(n)"] = .redirect(to: "/hop\(n + 1)") }
        answers["/hop4"] = Self.page(2)
        var settings = CrawlRun.quick
        settings.maxRedirects = 3
        let run = try await site.serving(answers) {
            try await CrawlRun([site.url("/away"), site.url("/hop0")], settings: settings)
        }
        #expect(run.keys == [other.url("/moved")], "\(run.lines)")
        #expect(other.count("/robots.txt") == 1)
        #expect(run.lines == ["\(site.url("/hop0")): more than 3 redirects"])
        #expect(site.count("/hop4") == 0)
    }

    @Test("a robots.txt that answers 500 forbids the site: each URL is one line")
    func robotsUnavailable() async throws {
        let site = try await LocalSite.start(["/robots.txt": .status(503), "/a": Self.page(1)])
        defer { Task { await site.stop() } }
        let run = try await CrawlRun([site.url("/a")])
        #expect(run.articles.isEmpty)
        #expect(
            run.lines == [
                "\(site.url("/a")): not fetched: the site's robots.txt answered HTTP 503 (Service Unavailable), which forbids the whole site"
            ])
        #expect(site.count("/a") == 0)
    }

    @Test("sitemap indexes nested past --max-depth, an empty feed and --max-pages are each said")
    func limits() async throws {
        let site = try await LocalSite.start([:])
        defer { Task { await site.stop() } }
        let answers: [String: LocalSite.Answer] = [
            "/index0.xml": .xml(Pages.sitemapIndex([site.url("/index1.xml")])),
            "/index1.xml": .xml(Pages.sitemapIndex([site.url("/index2.xml")])),
            "/index2.xml": .xml(Pages.sitemap([site.url("/deep")])),
            "/empty.xml": .xml(Pages.rss([])),
            "/many.xml": .xml(Pages.sitemap((1...5).map { site.url("/news/\($0)") })),
            "/news/1": Self.page(1), "/news/2": Self.page(2), "/news/3": Self.page(3),
        ]
        var settings = CrawlRun.quick
        settings.maxDepth = 1
        settings.maxPages = 3
        let run = try await site.serving(answers) {
            try await CrawlRun(
                [site.url("/index0.xml"), site.url("/empty.xml"), site.url("/many.xml")], settings: settings)
        }
        #expect(run.keys == (1...3).map { site.url("/news/\($0)") }, "\(run.lines)")
        #expect(
            run.lines.contains(
                "\(site.url("/index1.xml")): is a sitemap nested in more than 1 sitemap indexes; not fetched")
        )
        #expect(run.lines.contains("\(site.url("/empty.xml")): is a feed or sitemap that lists no pages"))
        #expect(
            run.lines.contains(
                "note: \(site.url("/many.xml")): lists 2 pages past the limit of 3 (--max-pages); not fetched"
            ))
        #expect(run.tally.leftOut == 2)
        #expect(site.count("/deep") == 0)
    }
}
