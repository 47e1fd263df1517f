import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Text reader")
struct TextReaderTests {
    let reader = TextReader()

    @Test("a header block becomes metadata and the rest is the body")
    func headerBlock() {
        let text = """
            Title: Harbour reopens after storm
            Outlet: Northern Ledger
            Author: Ada Quill and Tomas Reyes
            Date: 2024-02-09T08:30:00-05:00
            URL: https://www.northernledger.example/harbour

            The harbour reopened on Friday, officials said.

            Boats returned by noon.
            """
        let article = reader.read(text, key: "harbour.txt")
        #expect(article.title == "Harbour reopens after storm")
        #expect(article.outlet == "Northern Ledger")
        #expect(article.authors == ["Ada Quill", "Tomas Reyes"])
        #expect(article.date?.description == "2024-02-09")
        #expect(article.url == "https://www.northernledger.example/harbour")
        #expect(article.body == "The harbour reopened on Friday, officials said.\n\nBoats returned by noon.")
    }
}

@Suite("Text reader: page dumps")
struct PageDumpTests {
    let reader = TextReader()

    static let page = """
        Environment

        River cleanup finds record haul of plastic

        Volunteers pulled more plastic from the Arden river this spring than in any year before, organisers said.

        Volunteers haul nets onto the bank near Millford, April 6, 2024. [LEDGER]
        Volunteers haul nets onto the bank near Millford, April 6, 2024. [LEDGER]

        By Sofia Lind |

        More than 300 volunteers took part in the cleanup over two weekends.

        What comes next

        "We will be back in the autumn," organiser Jonas Berg said.

        Do you like this article?

        Captcha *
        """

    @Test("section, title and byline become metadata; the deck stays in the body")
    func frontMatter() {
        let article = reader.read(Self.page, key: "river.txt")
        #expect(article.section == "Environment")
        #expect(article.title == "River cleanup finds record haul of plastic")
        #expect(article.authors == ["Sofia Lind"])
        #expect(
            article.body.hasPrefix(
                "Volunteers pulled more plastic from the Arden river this spring than in any year before"))
    }

    @Test("the doubled caption, the byline and the trailing furniture are dropped; sub-headings stay")
    func furniture() {
        let body = reader.read(Self.page, key: "river.txt").body
        #expect(!body.contains("[LEDGER]"))
        #expect(!body.contains("By Sofia Lind"))
        #expect(!body.contains("Do you like this article?"))
        #expect(!body.contains("Captcha"))
        #expect(body.contains("\n\nWhat comes next\n\n"))
        #expect(body.hasSuffix("\"We will be back in the autumn,\" organiser Jonas Berg said."))
    }

    @Test("a file of plain paragraphs is kept whole, a heading-like first line as the title")
    func plainParagraphs() {
        let article = reader.read(
            "Dry summer ahead\n\nReservoirs are at half their usual level.\n", key: "a.txt")
        #expect(article.title == "Dry summer ahead")
        #expect(article.body == "Reservoirs are at half their usual level.")
        let single = reader.read("Reservoirs are at half their usual level.", key: "b.txt")
        #expect(single.title == nil)
        #expect(single.body == "Reservoirs are at half their usual level.")
    }
}
