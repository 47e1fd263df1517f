import ClaimsModel
import Testing

@testable import Ingestion

/// A page around `article`, with the usual furniture before and after it.
private func page(_ article: String, head: String = "") -> [UInt8] {
    Array(
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>Harbour reopens | Northern Ledger</title>\(head)</head>
        <body>
        <header class="site-header"><a href="/">Northern Ledger</a><nav><ul>
          <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div id="main-content">
        \(article)
        </div>
        <footer class="site-footer"><p>Copyright 2024 Northern Ledger Publishing, all rights reserved.</p></footer>
        </body></html>
        """.utf8)
}

/// Three paragraphs of plain news prose, long enough to be scored as article text.
private let prose = [
    "The harbour at Port Avel reopened on Friday, three weeks after the storm, the port authority said.",
    "Fishing boats returned by noon, and the ferry to the islands will sail again from Monday, officials added.",
    "Repairs to the sea wall, which cost about 2 million euros, are expected to finish in the spring.",
]

private func paragraphs(_ texts: [String]) -> String {
    texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
}

@Suite("HTML main text")
struct HTMLMainTextTests {
    let reader = HTMLReader()

    @Test("paragraphs are kept in order and navigation, header and footer are dropped")
    func keepsParagraphsDropsFurniture() throws {
        let article = try reader.read(page("<article>\(paragraphs(prose))</article>"), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("sub-headings stay between their paragraphs; the headline is not repeated")
    func keepsSubheadings() throws {
        let html = """
            <article><h1>Harbour reopens after storm</h1>
            <p>\(prose[0])</p><h2>What comes next</h2><p>\(prose[1])</p><p>\(prose[2])</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == [prose[0], "What comes next", prose[1], prose[2]].joined(separator: "\n\n"))
    }

    @Test("related links, captions, share and subscribe boxes, comments and ads are dropped")
    func dropsBoxes() throws {
        let html = """
            <article class="story">
            <figure><img src="boats.jpg"><figcaption>Boats in the harbour on Friday.</figcaption></figure>
            <p>\(prose[0])</p>
            <div class="ad-slot"><p>Advertisement: buy a boat today, with free delivery, from our partners.</p></div>
            <p>Advertisement</p>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <p>\(prose[1])</p>
            <aside class="related-stories"><h3>Related</h3><ul>
              <li><a href="/1">Storm closes the harbour for three weeks, the longest closure ever</a></li>
              <li><a href="/2">Ferry company counts the cost of the storm, and of the long closure</a></li></ul></aside>
            <p>\(prose[2])</p>
            <div class="newsletter-signup"><p>Sign up for our newsletter, the best of the Ledger every morning, free.</p></div>
            <section id="comments"><p>Great news, finally, said a reader who has waited for weeks and weeks.</p></section>
            </article>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("entities are decoded and white space is normalised without joining paragraphs")
    func entitiesAndWhiteSpace() throws {
        let html = """
            <article><p>The mayor&#8217;s office said   the harbour&nbsp;&amp; the
               ferry pier would reopen, &quot;at last&quot;, on Friday, a week early.</p>
            <p>\(prose[1])</p><p>\(prose[2])</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        let first =
            "The mayor\u{2019}s office said the harbour & the ferry pier would reopen, \"at last\", on Friday, a week early."
        #expect(article.body == [first, prose[1], prose[2]].joined(separator: "\n\n"))
    }

    @Test("paragraphs separated only by <br> tags stay separate")
    func lineBreakParagraphs() throws {
        let html = "<div class=\"story-body\">\(prose[0])<br><br>\(prose[1])<br>\(prose[2])</div>"
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("hidden elements and scripts give no text")
    func hiddenText() throws {
        let html = """
            <article><p>\(prose[0])</p>
            <p style="display: none">This hidden paragraph is long enough to count, but nobody sees it.</p>
            <p hidden>Another hidden paragraph that is long enough to count as text, but hidden.</p>
            <script>var story = "Script text that is long enough to count, if it were text.";</script>
            <p>\(prose[1])</p><p>\(prose[2])</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("text cut into one box per paragraph is gathered from all the boxes")
    func cardsPerParagraph() throws {
        let cards = prose.map { "<div class=\"card\"><div class=\"card-content\"><p>\($0)</p></div></div>" }
        let html = "<div class=\"collection\">\(cards.joined(separator: "\n"))</div>"
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("a page that renders its text twice gives it once")
    func duplicatedCopy() throws {
        let long = prose.map { $0 + " " + $0 }
        let html = """
            <div class="desktop"><article>\(paragraphs(long))</article></div>
            <div class="mobile"><article>\(paragraphs(long))</article></div>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == long.joined(separator: "\n\n"))
    }

    @Test("text marked itemprop=articleBody wins over a longer teaser list")
    func articleBodyMarkup() throws {
        let teasers = (1...6).map {
            "<div class=\"teaser\"><p>Teaser \($0): a summary of another story, with commas, about the region.</p></div>"
        }
        let html = """
            <div itemprop="articleBody">\(paragraphs(prose))</div>
            <div class="more">\(teasers.joined())</div>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("related stories as <article> elements, inside the story or after it, stay out")
    func relatedArticles() throws {
        let teaser = """
            <article class="post"><h3><a href="/next">Next story</a></h3>
            <p>A summary of the next story, which is long enough, with commas, to score as text.</p></article>
            """
        let html = """
            <main><article class="story">\(paragraphs(prose))
            <section class="more">\(teaser)\(teaser)\(teaser)</section></article>
            <div class="stream">\(teaser)\(teaser)\(teaser)\(teaser)</div></main>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == prose.joined(separator: "\n\n"))
    }

    @Test("an embedded post the article quotes is kept, though its box looks like a share box")
    func embeddedPost() throws {
        let html = """
            <article><p>\(prose[0])</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The harbour is open again!</p>
            &mdash; Port Avel (@portavel) February 9, 2024</blockquote></div>
            <p>\(prose[1])</p><p>\(prose[2])</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        let quoted = ["The harbour is open again!", "\u{2014} Port Avel (@portavel) February 9, 2024"]
        #expect(article.body == ([prose[0]] + quoted + [prose[1], prose[2]]).joined(separator: "\n\n"))
    }

    @Test("a table of results in the article is kept, one row a paragraph")
    func resultsTable() throws {
        let html = """
            <article><p>\(prose[0])</p><p>\(prose[1])</p>
            <table><tr class="row player-1"><td>1</td><td>Ada Quill</td><td>52 points</td></tr>
            <tr class="row player-2"><td>2</td><td>Tomas Reyes</td><td>49 points</td></tr></table>
            <p>\(prose[2])</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        let cells = ["1 Ada Quill 52 points", "2 Tomas Reyes 49 points"]
        #expect(article.body == ([prose[0], prose[1]] + cells + [prose[2]]).joined(separator: "\n\n"))
    }

    @Test("calls to action after the last paragraph are dropped, in the text they stay")
    func closingCalls() throws {
        let middle =
            "Readers can sign up for ferry alerts at the harbour office, the authority said on Friday."
        let html = """
            <article>\(paragraphs([prose[0], middle, prose[1], prose[2]]))
            <p>Tell us what you think in the comments below.</p>
            <p>Get the Ledger delivered to your inbox: sign up for our morning newsletter.</p></article>
            """
        let article = try reader.read(page(html), key: "a.html")
        #expect(article.body == [prose[0], middle, prose[1], prose[2]].joined(separator: "\n\n"))
    }

    @Test("a page whose text is only in JSON-LD takes the JSON-LD articleBody")
    func bodyFromJSONLD() throws {
        let body = (prose + prose.map { "Also: " + $0 }).joined(separator: "\n")
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens",
            "articleBody": "\(body.replacingOccurrences(of: "\n", with: "\\n"))"}</script>
            """
        let article = try reader.read(
            page("<div id=\"app\"><p>Loading the story, please wait.</p></div>", head: head), key: "a.html")
        #expect(article.body == (prose + prose.map { "Also: " + $0 }).joined(separator: "\n\n"))
        #expect(article.metadataSources["body"] == "json-ld")
    }
}
