import Testing

@testable import ClaimsFetch

@Suite("feeds and sitemaps, read by libxml2")
struct ListingTests {
    private func parse(_ text: String, url: String = "https://pike.example/feeds/news.xml") throws -> Listing
    {
        try Listing(parsing: Array(text.utf8), url: url)
    }

    @Test("RSS 2.0 items: links resolved against the feed's URL, each once, fragments dropped")
    func rss() throws {
        let listing = try parse(
            Pages.rss([
                "/news/a", "https://pike.example/news/b#top", "https://pike.example/news/b", "mailto:x@y",
            ]))
        #expect(listing == .feed(["https://pike.example/news/a", "https://pike.example/news/b"]))
    }

    @Test("Atom entries: the alternate HTML link, relative to xml:base")
    func atom() throws {
        let text = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://pike.example/2024/">
            <entry><link rel="self" href="/api/1"/><link href="one.html"/></entry>
            <entry><link rel="alternate" type="application/pdf" href="two.pdf"/>
            <link rel="alternate" type="text/html" href="two.html"/></entry>
            </feed>
            """
        #expect(
            try parse(text)
                == .feed(["https://pike.example/2024/one.html", "https://pike.example/2024/two.html"]))
    }

    @Test("RSS 1.0 (RDF) items")
    func rdf() throws {
        let text = """
            <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns="http://purl.org/rss/1.0/"><channel><title>x</title></channel>
            <item><title>a</title><link>https://pike.example/a</link></item></rdf:RDF>
            """
        #expect(try parse(text) == .feed(["https://pike.example/a"]))
    }

    @Test("a sitemap lists pages, an index lists sitemaps")
    func sitemaps() throws {
        #expect(try parse(Pages.sitemap(["https://pike.example/a"])) == .sitemap(["https://pike.example/a"]))
        #expect(
            try parse(Pages.sitemapIndex(["https://pike.example/s1.xml.gz"]))
                == .sitemapIndex(["https://pike.example/s1.xml.gz"]))
    }

    @Test("HTML, a broken document and other XML are told apart")
    func others() throws {
        #expect(throws: XMLTree.NotXML.self) { try parse("<html><body><p>not a feed</body></html>") }
        #expect(throws: XMLTree.NotXML.self) { try parse("<rss><channel><item><link>x</link></channel>") }
        #expect(try parse("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == .otherXML(root: "svg"))
        #expect(try parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>") == .page)
    }

    @Test("a document declaring its own entities (an external file, a billion laughs) is refused")
    func noEntities() throws {
        let external = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><link>https://pike.example/&x;</link></item></channel></rss>
            """
        #expect(throws: XMLTree.NotXML.self) { try parse(external) }
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <urlset><url><loc>https://pike.example/&b;</loc></url></urlset>
            """
        #expect(throws: XMLTree.NotXML.self) { try parse(laughs) }
        // A DOCTYPE without entities, as RSS 0.91 feeds carry, is fine.
        let rss091 = """
            <?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
            "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><item><link>https://pike.example/a</link></item></channel></rss>
            """
        #expect(try parse(rss091) == .feed(["https://pike.example/a"]))
    }
}
