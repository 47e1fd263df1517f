import ClaimsModel
import Foundation
import Ingestion
import Testing

@testable import ClaimsFetch

@Suite("WARC output, read back by the WARC reader")
struct WARCWriterTests {
    @Test("url, capture date and served charset reach the article; the warcinfo record is skipped")
    func roundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "writer-\(UUID().uuidString).warc")
            .path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        defer {
            close(descriptor)
            unlink(path)
        }
        let writer = WARCWriter(descriptor: descriptor)
        try writer.writeInfo(software: "claims-fetch/test")
        // A Latin-1 page with no charset of its own: only the HTTP header says how to read it.
        let html =
            "<html><head><title>Caf\u{e9}s close</title></head><body><article><h1>Caf\u{e9}s close</h1>"
            + "<p>\"We will open again in spring,\" said Ana Ruiz, who runs the caf\u{e9} on the square.</p>"
            + "</article></body></html>"
        let body = html.unicodeScalars.map { UInt8($0.value) }
        let response = FetchedResponse(
            url: "https://pike.example/news/cafes", status: 200, reason: "OK", version: "HTTP/1.1",
            headers: [("Content-Type", "text/html; charset=iso-8859-1"), ("Transfer-Encoding", "chunked")],
            body: body)
        let date = Date(timeIntervalSince1970: 1_709_633_700)  // 2024-03-05T10:15:00Z
        try writer.writeResponse(
            targetURI: response.url, date: date, head: response.warcHead, body: response.body)

        let reader = ArticleFileReader(path: path)
        var articles: [Article] = []
        while let result = reader.next() {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): Issue.record("\(error)")
            }
        }
        #expect(articles.count == 1)
        #expect(reader.skippedRecords == 1)
        let article = try #require(articles.first)
        #expect(article.key == "https://pike.example/news/cafes")
        #expect(article.url == "https://pike.example/news/cafes")
        #expect(article.date == ClaimDate(parsing: "2024-03-05"))
        #expect(article.body.contains("café on the square"), "\(article.body)")
        #expect(article.title == "Cafés close")
    }
}
