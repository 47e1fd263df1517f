import ClaimsModel
import Foundation
import Ingestion
import Storage
import Testing

@testable import ClaimsServer

/// A small archive written through the real extractor, and the site over it opened read-only.
final class SiteFixture {
    let path: String
    let site: Site
    let store: ClaimStore

    init(_ articles: [Article]) throws {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "claims-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appending(path: "site.sqlite").path
        let writer = try ClaimStore(path: path)
        let extractor = ClaimExtractor()
        _ = try writer.write(articles.map { ArchiveEntry(article: $0, extraction: extractor.extract($0)) })
        store = try ClaimStore(path: path, access: .readOnly)
        site = try Site(store: store)
    }

    func get(_ target: String) -> PageResponse { site.respond(to: PageRequest(target: target)) }

    /// The first link in `page` that starts with `prefix` (`/claims/`), as the page wrote it.
    func link(_ prefix: String, in page: PageResponse) -> String? {
        guard let range = page.body.range(of: "href=\"\(prefix)") else { return nil }
        let rest = page.body[range.lowerBound...].dropFirst("href=\"".count)
        return String(rest.prefix { $0 != "\"" })
    }
}

let ordinaryArticle = Article(
    key: "harbour",
    body: """
        Harbour reopens after storm

        The port of Valmere reopened on Monday, harbour master Ilse Varga told Reuters.

        "Every berth has been inspected twice," Varga said.

        The finance ministry said the repairs would cost 14 million euros.
        """, title: "Harbour reopens", outlet: "Valley Herald", date: ClaimDate(year: 2024, month: 2, day: 9),
    url: "https://example.org/harbour")

@Suite("claims serve pages")
struct SiteTests {
    @Test("the search page lists claims with actor, cue, source, date and outlet, and links each claim")
    func searchPage() throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let page = fixture.get("/?q=berth")
        #expect(page.status == 200)
        #expect(page.contentType.hasPrefix("text/html"))
        #expect(page.body.contains("Ilse Varga"))
        #expect(page.body.contains("2024-02-09"))
        #expect(page.body.contains("Valley Herald"))
        #expect(page.body.contains("inspected twice"))
        #expect(fixture.link("/claims/", in: page) != nil)
        let all = fixture.get("/")
        #expect(all.body.contains("told"))
        #expect(all.body.contains("Reuters"))
    }

    @Test("actor, outlet and claim pages show what they are about, with SVG charts and marks")
    func pageKinds() throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let search = fixture.get("/?actor=Ilse+Varga")
        let actorLink = try #require(fixture.link("/actors/", in: search))
        let actor = fixture.get(actorLink)
        #expect(actor.status == 200)
        #expect(actor.body.contains("<h1>Ilse Varga</h1>"))
        #expect(actor.body.contains("<svg class=\"chart monthly\""))
        #expect(actor.body.contains("ilse varga"))  // an alias
        #expect(actor.body.contains("Reuters"))  // its source
        let outletLink = try #require(fixture.link("/outlets/", in: search))
        let outlet = fixture.get(outletLink)
        #expect(outlet.status == 200)
        #expect(outlet.body.contains("<h1>Valley Herald</h1>"))
        #expect(outlet.body.contains("<svg class=\"chart bars\""))
        #expect(outlet.body.contains("Ilse Varga"))
        let claimLink = try #require(fixture.link("/claims/", in: search))
        let claim = fixture.get(claimLink)
        #expect(claim.status == 200)
        #expect(claim.body.contains("<mark class=\"speaker\">"))
        #expect(claim.body.contains("<mark class=\"cue\">told</mark>"))
        #expect(claim.body.contains("<mark class=\"content\" id=\"claim\">"))
        #expect(claim.body.contains("The article's other claims"))
        #expect(claim.body.contains("href=\"https://example.org/harbour\""))
        #expect(fixture.get("/outlets").body.contains(outletLink))
        #expect(fixture.get("/actors").body.contains(actorLink))
    }

    @Test("the JSON API returns the rows and field names of claims search --format json")
    func jsonAPI() throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let page = fixture.get("/api/search?q=berth")
        #expect(page.status == 200)
        #expect(page.contentType.hasPrefix("application/json"))
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let claims = try fixture.store.search(ClaimSearch(text: "berth"))
        #expect(page.body == OutputJSON.array(claims.claims.map(\.outputRow)))
        let keys = [
            "claim_id", "article_id", "outlet", "date", "actor", "actor_kind", "speaker_text", "speaker_span",
            "actor_description", "cue", "cue_span", "kind", "class", "content", "content_span", "source",
            "mentioned_dates", "confidence", "title", "url", "group",
        ]
        #expect(Set(rows[0].keys) == Set(keys))
        let id = try #require(rows[0]["claim_id"] as? Int)
        let one = fixture.get("/api/claims/\(id)")
        #expect(one.status == 200)
        #expect(one.body == OutputJSON.object(claims.claims[0].outputRow) + "\n")
        #expect(fixture.get("/api/claims/999999").status == 404)
    }

    @Test(
        "a malformed query parameter is a 400 that names it",
        arguments: [
            ("/?page=abc", "page"), ("/?page=0", "page"), ("/?from=2024-13-40", "from"),
            ("/?to=2024-02-30", "to"),
            ("/?class=bogus", "class"), ("/?kind=loud", "kind"), ("/?sort=random", "sort"),
            ("/api/search?from=yesterday", "from"), ("/actors/1?page=-2", "page"),
        ])
    func badParameters(target: String, parameter: String) throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let page = fixture.get(target)
        #expect(page.status == 400)
        #expect(page.body.contains("Bad query parameter \(parameter)"))
    }

    @Test(
        "an unknown route, claim, actor or outlet is a 404 page",
        arguments: ["/nope", "/claims/424242", "/actors/abc", "/outlets/99999", "/api/nope", "/claims/1/x"])
    func notFound(target: String) throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let page = fixture.get(target)
        #expect(page.status == 404)
        #expect(page.body.contains("Not found") || page.contentType.hasPrefix("application/json"))
    }

    @Test("the trace page shows the claim's group in date order with outlets, sources and word changes")
    func tracePage() throws {
        let later = Article(
            key: "harbour-wire",
            body: """
                Ships return to Valmere

                "Every berth has been inspected twice over," harbour master Ilse Varga told Coastline Wire.

                Traffic resumed on Tuesday.
                """, title: "Ships return", outlet: "Coastline Wire",
            date: ClaimDate(year: 2024, month: 2, day: 10))
        let fixture = try SiteFixture([later, ordinaryArticle])
        let claims = try fixture.store.search(ClaimSearch(text: "berth", order: .date)).claims
        #expect(claims.count == 2)
        let laterClaim = try #require(claims.first { $0.outlet == "Coastline Wire" })
        let claimPage = fixture.get("/claims/\(laterClaim.id)")
        let traceLink = try #require(fixture.link("/claims/\(laterClaim.id)/trace", in: claimPage))
        let page = fixture.get(traceLink)
        #expect(page.status == 200)
        #expect(page.body.contains("<h1>Where claim \(laterClaim.id) travelled</h1>"))
        #expect(page.body.contains("2 appearances in 2 outlets; first 2024-02-09 in Valley Herald."))
        // Oldest first: the Valley Herald row comes before the Coastline Wire one, which is marked.
        let first = try #require(page.body.range(of: ">Valley Herald</a></td>"))
        let second = try #require(page.body.range(of: ">Coastline Wire</a></td>"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.body.contains("<tr class=\"current\">"))
        // The later appearance was credited to the wire it was told to; its added word is marked.
        #expect(page.body.contains("<td class=\"source\"><a href=\"/actors/"))
        #expect(page.body.contains(">Coastline Wire</a></td>\n<td class=\"words\">differ"))
        #expect(page.body.contains("inspected twice <ins>over,&quot;</ins>"))
        // The first claim's trace is the same group, from the other end.
        let fromFirst = fixture.get("/claims/\(claims[0].id)/trace")
        #expect(fromFirst.body.contains("2 appearances in 2 outlets"))
        #expect(fromFirst.body.contains("href=\"/claims/\(laterClaim.id)\""))
        #expect(fixture.get("/claims/424242/trace").status == 404)
        #expect(fixture.get("/claims/\(laterClaim.id)/tracex").status == 404)
    }

    @Test("pages go on with next and previous links, and a page past the end says so")
    func pagination() throws {
        let articles = (1...6).map { (index: Int) -> Article in
            Article(
                key: "council-\(index)",
                body: (1...12).map { "Mayor Ana Ruiz said the budget line \(index)-\($0) would hold." }
                    .joined(separator: "\n\n"),
                title: "Council \(index)", outlet: "City Paper",
                date: ClaimDate(year: 2024, month: index, day: 1))
        }
        let fixture = try SiteFixture(articles)
        let first = fixture.get("/?actor=Ana+Ruiz")
        #expect(first.body.contains("rel=\"next\""))
        #expect(!first.body.contains("rel=\"prev\""))
        let second = fixture.get("/?actor=Ana+Ruiz&page=2")
        #expect(second.body.contains("rel=\"prev\""))
        #expect(second.body.contains("Claims 51–"))
        #expect(fixture.get("/?actor=Ana+Ruiz&page=40").body.contains("No claims on page 40."))
    }
}

@Suite("claims serve escapes hostile articles")
struct HostileArticleTests {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\" onmouseover=\"x"

    static let articles = [
        Article(
            key: "hostile-1",
            body: """
                Hostile \(script) headline

                "The plan \(script) will fail," said Mayor Zed Quill\(attribute).

                The council said the vote \(attribute) would be delayed.
                """, title: "Title \(script)\(attribute)", outlet: "Bad \(script) Outlet",
            authors: ["Eve \(attribute)"], date: ClaimDate(year: 2024, month: 3, day: 5),
            url: "javascript:alert(document.cookie)"),
        Article(
            key: "hostile-2",
            body: """
                A second page

                "Nothing \(script) here," said Mayor Zed Quill.
                """, title: "Second", outlet: "Bad \(script) Outlet",
            date: ClaimDate(year: 2024, month: 4, day: 1),
            url: " JaVaScRiPt:alert(2)"),
    ]

    /// No page may carry the raw script tag or an injected attribute, and no `javascript:` href.
    static func expectSafe(_ page: PageResponse, _ target: String) {
        #expect(!page.body.contains("<script"), "\(target) carries a raw <script>")
        #expect(!page.body.contains("onmouseover=\""), "\(target) carries an injected attribute")
        #expect(!page.body.lowercased().contains("href=\"javascript:"), "\(target) links javascript:")
        #expect(!page.body.lowercased().contains("href=\" javascript:"), "\(target) links javascript:")
    }

    @Test("every page kind shows script tags, attribute quotes and javascript: URLs as text")
    func everyPageKind() throws {
        let fixture = try SiteFixture(Self.articles)
        let search = fixture.get("/?q=plan")
        #expect(search.status == 200)
        #expect(search.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        var targets = ["/", "/?q=plan", "/?q=%3Cscript%3E", "/?actor=%3Cscript%3E", "/outlets", "/actors"]
        for prefix in ["/actors/", "/outlets/", "/claims/"] {
            let link = try #require(fixture.link(prefix, in: fixture.get("/")), "no \(prefix) link")
            targets.append(link)
        }
        let claims = try fixture.store.search(ClaimSearch(limit: nil)).claims
        targets += claims.map { "/claims/\($0.id)" }
        targets += claims.map { "/claims/\($0.id)/trace" }
        for target in targets {
            let page = fixture.get(target)
            #expect(page.status == 200, "\(target): \(page.status)")
            Self.expectSafe(page, target)
        }
        let claimPage = fixture.get("/claims/\(claims[0].id)")
        #expect(claimPage.body.contains("&lt;script&gt;"))
        #expect(claimPage.body.contains("&quot; onmouseover=&quot;x"))
        // The javascript: URL is shown as text, never as a link.
        #expect(claimPage.body.contains("<span class=\"url\">javascript:alert(document.cookie)</span>"))
        // Typed into the search box, hostile text comes back escaped in the form too.
        let typed = fixture.get("/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&actor=%22+onmouseover%3D%22x")
        Self.expectSafe(typed, "typed search")
        #expect(typed.body.contains("value=\"&quot;&gt;&lt;script&gt;"))
        // Bad parameters echo the value escaped.
        let bad = fixture.get("/?from=%3Cscript%3E")
        #expect(bad.status == 400)
        Self.expectSafe(bad, "bad from")
        let missing = fixture.get("/%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(missing.status == 404)
        Self.expectSafe(missing, "404")
    }

    @Test("only absolute http and https URLs become links")
    func articleLinks() {
        #expect(HTML.articleHref("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(HTML.articleHref("http://example.org") == "http://example.org")
        for url in [
            "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "/relative",
            "//evil.example/x",
            "vbscript:x", "https://", "https://exa mple.org", "java\tscript:alert(1)",
        ] {
            #expect(HTML.articleHref(url) == nil, "\(url)")
        }
    }
}

@Suite("claims serve options")
struct ServeOptionsTests {
    @Test("flags, their defaults and mistakes")
    func options() throws {
        let defaults = try #require(try ServeOptions(arguments: [], environment: [:]))
        #expect(defaults == ServeOptions(database: "claims.sqlite"))
        let given = try #require(
            try ServeOptions(
                arguments: ["--database", "a.sqlite", "--host", "0.0.0.0", "--port=9000"], environment: [:]))
        #expect(given.database == "a.sqlite" && given.host == "0.0.0.0" && given.port == 9000)
        #expect(
            try ServeOptions(arguments: [], environment: ["CLAIMS_DB": "env.sqlite"])?.database
                == "env.sqlite")
        #expect(try ServeOptions(arguments: ["--help"], environment: [:]) == nil)
        #expect(throws: ServeOptions.Mistake.self) {
            try ServeOptions(arguments: ["--port", "http"], environment: [:])
        }
        #expect(throws: ServeOptions.Mistake.self) {
            try ServeOptions(arguments: ["--bogus"], environment: [:])
        }
        #expect(try ServeOptions(arguments: ["--cache-mb", "0"], environment: [:])?.cacheMB == 0)
        #expect(defaults.cacheMB == 64)
        #expect(throws: ServeOptions.Mistake.self) {
            try ServeOptions(arguments: ["--cache-mb", "lots"], environment: [:])
        }
    }
}
