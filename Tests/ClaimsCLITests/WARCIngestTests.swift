import Foundation
import Testing

/// A WARC file written record by record, as a crawler would.
private struct CrawlFile {
    private(set) var bytes: [UInt8] = []

    /// Appends a record (without `Content-Length` when `length` is false); returns its offset.
    @discardableResult
    mutating func record(type: String, uri: String?, contentType: String, block: [UInt8], length: Bool = true)
        -> Int
    {
        let offset = bytes.count
        var lines = [
            "WARC/1.1", "WARC-Type: \(type)", "WARC-Date: 2024-03-05T10:15:00Z",
            "Content-Type: \(contentType)",
        ]
        if let uri { lines.append("WARC-Target-URI: \(uri)") }
        if length { lines.append("Content-Length: \(block.count)") }
        bytes += Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + block + Array("\r\n\r\n".utf8)
        return offset
    }

    /// Appends a 200 response holding an HTML page of `paragraphs`.
    @discardableResult
    mutating func page(uri: String, title: String, paragraphs: [String], length: Bool = true) -> Int {
        let html =
            "<!DOCTYPE html><html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        return record(
            type: "response", uri: uri, contentType: "application/http; msgtype=response",
            block: Array(http.utf8),
            length: length)
    }
}

@Suite("claims ingest: WARC files")
struct WARCIngestTests {
    @Test(
        "a WARC with one damaged record: one line naming the file and offset, exit 1, the pages stored and searchable"
    )
    func damagedRecord() throws {
        let fixture = try ArchiveFixture()
        var crawl = CrawlFile()
        crawl.record(
            type: "warcinfo", uri: nil, contentType: "application/warc-fields",
            block: Array("software: t\r\n".utf8))
        crawl.record(
            type: "request", uri: "https://harbour.example/news/breakwater",
            contentType: "application/http; msgtype=request",
            block: Array("GET /news/breakwater HTTP/1.1\r\nHost: harbour.example\r\n\r\n".utf8))
        crawl.page(
            uri: "https://harbour.example/news/breakwater", title: "Breakwater repairs",
            paragraphs: [
                "\"The new breakwater will protect the fishing fleet for fifty years,\" said harbour master Ines Corra on Monday.",
                "Work is due to finish before the autumn storms, the port authority said.",
            ])
        let broken = crawl.page(
            uri: "https://harbour.example/news/broken", title: "Broken",
            paragraphs: ["This record lost its length."],
            length: false)
        crawl.page(
            uri: "https://harbour.example/news/fish-market", title: "Fish market moves",
            paragraphs: [
                "\"Traders will have twice the space in the new hall,\" said market manager Piet Varga.",
                "The old hall will become a museum, the council said.",
            ])
        let path = try fixture.write("harbour.warc", Data(crawl.bytes))

        let run = try fixture.claims(["ingest", path])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("claims: ") }
        #expect(
            errors == ["claims: \(path): record at byte \(broken) is damaged: it has no Content-Length"],
            "\(run.stderr)")
        #expect(try fixture.stats()["articles"] as? Int == 2)

        let found = try ArchiveFixture.objects(
            try fixture.claims(["search", "--actor", "Ines Corra", "--format", "ndjson"]))
        #expect(found.count == 1)
        #expect(found.first?["url"] as? String == "https://harbour.example/news/breakwater")
        #expect(found.first?["date"] as? String == "2024-03-05")
        let market = try ArchiveFixture.objects(try fixture.claims(["search", "hall", "--format", "ndjson"]))
        #expect(market.contains { $0["actor"] as? String == "Piet Varga" })
    }

    @Test("a folder walk picks up .warc.gz files; parse prints their pages")
    func folderWalk() throws {
        let fixture = try ArchiveFixture()
        var crawl = CrawlFile()
        crawl.page(
            uri: "https://weir.example/mill", title: "Mill reopens",
            paragraphs: ["The flour mill at Otterburn Weir reopened on Friday, its trustees said."])
        let plain = try fixture.write("crawls/mill.warc", Data(crawl.bytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip '\(plain)'"]
        try process.run()
        process.waitUntilExit()
        let run = try ClaimsBinary.run([
            "parse", "--format", "ndjson", fixture.folder.appending(path: "crawls").path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try ArchiveFixture.objects(run)
        #expect(pages.map { $0["key"] as? String } == ["https://weir.example/mill"])
    }
}
