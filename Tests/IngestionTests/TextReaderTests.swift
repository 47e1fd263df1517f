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
