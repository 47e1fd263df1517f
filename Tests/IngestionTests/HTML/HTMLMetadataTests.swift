import ClaimsModel
import Testing

@testable import Ingestion

/// A page with the given head and a short article.
private func page(head: String, body: String = "") -> [UInt8] {
    Array(
        """
        <html><head>\(head)</head><body>\(body)<article>
        <p>The harbour at Port Avel reopened on Friday, three weeks after the storm, the port authority said.</p>
        <p>Fishing boats returned by noon, and the ferry to the islands will sail again from Monday.</p>
        </article></body></html>
        """.utf8)
}

@Suite("HTML metadata")
struct HTMLMetadataTests {
    let reader = HTMLReader()

    @Test("JSON-LD NewsArticle inside @graph gives every field, and wins over OpenGraph")
    func jsonLDGraph() throws {
        let head = """
            <meta property="og:title" content="OpenGraph title">
            <meta property="og:site_name" content="Ledger OG">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "@id": "#org", "name": "Northern Ledger"},
              {"@type": "NewsArticle", "headline": "Harbour reopens after storm",
               "datePublished": "2024-02-09T23:30:00-05:00", "publisher": {"@id": "#org"},
               "author": [{"@type": "Person", "name": "Ada Quill"}, {"@type": "Person", "name": "Tomas Reyes"}],
               "url": "https://www.northernledger.example/news/harbour", "articleSection": "Local",
               "inLanguage": "en-GB"}]}
            </script>
            """
        let article = try reader.read(page(head: head), key: "a.html")
        #expect(article.title == "Harbour reopens after storm")
        #expect(article.outlet == "Northern Ledger")
        #expect(article.authors == ["Ada Quill", "Tomas Reyes"])
        #expect(article.date?.description == "2024-02-09")
        #expect(article.url == "https://www.northernledger.example/news/harbour")
        #expect(article.outletDomain == "northernledger.example")
        #expect(article.section == "Local")
        #expect(article.language == "en-GB")
        #expect(article.dateBasis == .metadata)
        for field in ["title", "outlet", "authors", "date", "url", "section", "language"] {
            #expect(article.metadataSources[field] == "json-ld", "\(field)")
        }
    }

    @Test("the date is the page's own calendar day, never shifted to UTC")
    func dateKeepsOffset() throws {
        let head = #"<meta property="article:published_time" content="2019-11-19T19:07:00-05:00">"#
        let article = try reader.read(page(head: head), key: "a.html")
        #expect(article.date?.description == "2019-11-19")
        #expect(article.metadataSources["date"] == "opengraph")
    }

    @Test("OpenGraph fills what JSON-LD lacks, then <meta>, <time> and the canonical link")
    func fallbackOrder() throws {
        let head = """
            <script type="application/ld+json">{"@type": "Article", "headline": "Harbour reopens"}</script>
            <meta property="og:site_name" content="Northern Ledger">
            <meta name="author" content="By Ada Quill and Tomas Reyes">
            <link rel="canonical" href="https://northernledger.example/harbour">
            """
        let body = #"<time datetime="2024-02-09T08:30:00+01:00">9 February</time>"#
        let article = try reader.read(page(head: head, body: body), key: "a.html")
        #expect(article.title == "Harbour reopens")
        #expect(article.metadataSources["title"] == "json-ld")
        #expect(article.outlet == "Northern Ledger")
        #expect(article.metadataSources["outlet"] == "opengraph")
        #expect(article.authors == ["Ada Quill", "Tomas Reyes"])
        #expect(article.metadataSources["authors"] == "meta")
        #expect(article.date?.description == "2024-02-09")
        #expect(article.metadataSources["date"] == "time")
        #expect(article.url == "https://northernledger.example/harbour")
        #expect(article.metadataSources["url"] == "canonical")
    }

    @Test("a house byline is an author")
    func houseByline() throws {
        let head = """
            <script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "Storm",
            "author": {"@type": "Organization", "name": "Northern Ledger News"}}</script>
            """
        let article = try reader.read(page(head: head), key: "a.html")
        #expect(article.authors == ["Northern Ledger News"])
    }

    @Test("without metadata the title comes from the page and the byline from its markup")
    func pageText() throws {
        let head = "<title>Harbour reopens after storm | Northern Ledger</title>"
        let body = """
            <h1>Harbour reopens after storm</h1>
            <div class="byline">By <span class="author">ADA QUILL</span></div>
            <p class="dateline">February 9, 2024</p>
            """
        let article = try reader.read(page(head: head, body: body), key: "a.html")
        #expect(article.title == "Harbour reopens after storm")
        #expect(article.metadataSources["title"] == "page")
        #expect(article.outlet == "Northern Ledger")
        #expect(article.authors == ["Ada Quill"])
        #expect(article.metadataSources["authors"] == "page")
        #expect(article.date?.description == "2024-02-09")
        #expect(article.metadataSources["date"] == "page")
    }

    @Test("in a byline box the names are the first line, not the affiliation under them")
    func bylineBox() throws {
        let body = """
            <div class="story-byline"><div>By ADA QUILL and TOMAS REYES</div><div>Northern Wire Service</div></div>
            """
        let article = try reader.read(page(head: "", body: body), key: "a.html")
        #expect(article.authors == ["Ada Quill", "Tomas Reyes"])
    }

    @Test("the metadata title shown as the page headline beats a search-engine headline")
    func titleConfirmedByHeadline() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Port Avel harbour: everything you need to know about the reopening"}</script>
            <meta property="og:title" content="Harbour reopens after storm">
            """
        let article = try reader.read(
            page(head: head, body: "<h1>Harbour reopens after storm</h1>"), key: "a.html")
        #expect(article.title == "Harbour reopens after storm")
        #expect(article.metadataSources["title"] == "opengraph")
    }

    @Test("a known domain names its outlet even when the page calls itself something else")
    func outletFromDomain() throws {
        let head = """
            <meta property="og:site_name" content="U.S.">
            <meta property="og:url" content="https://uk.reuters.com/article/harbour-idUSKBN1">
            """
        let article = try reader.read(page(head: head), key: "a.html")
        #expect(article.outlet == "Reuters")
        #expect(article.metadataSources["outlet"] == "lexicon")
        #expect(article.outletDomain == "uk.reuters.com")
    }

    @Test("a date in the URL is used last, marked as inferred")
    func dateFromURL() throws {
        let head = #"<link rel="canonical" href="https://northernledger.example/2024/02/09/harbour/">"#
        let article = try reader.read(page(head: head), key: "a.html")
        #expect(article.date?.description == "2024-02-09")
        #expect(article.dateBasis == .inferred)
        #expect(article.metadataSources["date"] == "url")
    }

    @Test(
        "page dates in the common formats are read to the day",
        arguments: [
            ("2019-11-19T19:07:00-05:00", "2019-11-19"),
            ("2019-11-19", "2019-11-19"),
            ("2019/11/19 07:00", "2019-11-19"),
            ("20191119", "2019-11-19"),
            ("November 19, 2019", "2019-11-19"),
            ("Nov. 19, 2019 7:07 PM", "2019-11-19"),
            ("19 November 2019", "2019-11-19"),
            ("Tue, 19 Nov 2019 19:07:00 GMT", "2019-11-19"),
            ("01:38:07 PM IST Nov 20, 2019", "2019-11-20"),
            ("Wednesday, January 14, 2015,  2:30 PM", "2015-01-14"),
        ])
    func dateFormats(text: String, expected: String) {
        let dates = DateText(lexicon: .standard)
        #expect(dates.parse(text)?.description == expected)
    }

    @Test(
        "text that is not a date gives none",
        arguments: ["1 year ago", "0001-01-01T00:00:00", "Page 12 of 2019 results"])
    func notDates(text: String) {
        #expect(DateText(lexicon: .standard).parse(text) == nil)
    }

    @Test(
        "bylines are split into names",
        arguments: [
            (["By Kevin Johnson and Kevin McCoy"], ["Kevin Johnson", "Kevin McCoy"]),
            (["Analysis by Chris Cillizza", "CNN Editor-at-large"], ["Chris Cillizza"]),
            (["Matt Friedman | NJ Advance Media for NJ.com"], ["Matt Friedman"]),
            (["LISA MASCARO, MARY CLARE JALONICK"], ["Lisa Mascaro", "Mary Clare Jalonick"]),
            (["https://www.facebook.com/someone", "Ada Quill"], ["Ada Quill"]),
        ])
    func bylineNames(bylines: [String], expected: [String]) throws {
        let metadata = try #require(
            HTMLDocument(utf8: Array("<html></html>".utf8)).map {
                PageMetadata(document: $0, lists: HTMLWordLists(lexicon: .standard))
            })
        #expect(metadata.authorNames(bylines) == expected)
    }
}
