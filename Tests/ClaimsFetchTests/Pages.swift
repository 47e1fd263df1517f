import Foundation

/// The pages, feeds and sitemaps the tests serve, built here.
enum Pages {
    /// A news page whose quotes the extractor finds: `"...," said NAME` in its first paragraph.
    static func article(title: String, speaker: String, quote: String, date: String = "2024-02-09") -> String
    {
        """
        <!DOCTYPE html><html><head><title>\(title)</title>
        <meta property="article:published_time" content="\(date)T08:00:00Z">
        <meta property="og:site_name" content="Pike Herald"></head>
        <body><article><h1>\(title)</h1>
        <p>"\(quote)," said \(speaker) on Monday.</p>
        <p>The council will meet again next week to decide on the plan, officials said.</p>
        </article></body></html>
        """
    }

    static func rss(_ links: [String]) -> String {
        let items = links.map { "<item><title>Story</title><link>\($0)</link></item>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Pike Herald</title><link>http://example.invalid/</link>
            \(items)</channel></rss>
            """
    }

    static func atom(_ links: [String]) -> String {
        let entries = links.map {
            "<entry><title>Story</title><id>tag:x,2024:\($0)</id><link rel=\"alternate\" type=\"text/html\" href=\"\($0)\"/></entry>"
        }.joined()
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Pike</title>\(entries)</feed>
            """
    }

    static func sitemap(_ links: [String]) -> String {
        let urls = links.map { "<url><loc>\($0)</loc><lastmod>2024-02-09</lastmod></url>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\(urls)</urlset>
            """
    }

    static func sitemapIndex(_ links: [String]) -> String {
        let maps = links.map { "<sitemap><loc>\($0)</loc></sitemap>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\(maps)</sitemapindex>
            """
    }
}
