import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

private let ferryParagraphs = [
    "The ferry between Skerry Point and Hallam will run twice a day from June, the island council said on Tuesday.",
    "Councillor Ada Brine said the change followed a year of falling winter traffic on the crossing.",
]
private let millParagraphs = [
    "The flour mill at Otterburn Weir reopened on Friday after a two-year restoration, its trustees said.",
    "Volunteers rebuilt the wheel from oak felled on the estate, according to the trust's chair, Tomas Reed.",
]

/// The articles and failures of a file, and how many records it skipped.
private func readWARC(_ path: String) -> (articles: [Article], failures: [InputError], skipped: Int) {
    let reader = ArticleFileReader(path: path)
    var articles: [Article] = []
    var failures: [InputError] = []
    while let result = reader.next() {
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let error): failures.append(error)
        }
    }
    return (articles, failures, reader.skippedRecords)
}

/// A small crawl: two pages among the records a crawler writes around them.
private func crawl(version: String) -> WARCFileBuilder {
    var file = WARCFileBuilder(version: version)
    file.record(
        type: "warcinfo", contentType: "application/warc-fields",
        block: Array("software: claims-test\r\nformat: WARC File Format \(version.dropFirst(5))\r\n".utf8))
    let ferryURI = "https://news.skerry.example/local/ferry-timetable"
    file.request(uri: ferryURI)
    file.response(
        uri: ferryURI,
        body: Array(newsPage(title: "Ferry timetable changes", paragraphs: ferryParagraphs).utf8))
    file.record(
        type: "metadata", uri: ferryURI, contentType: "application/warc-fields",
        block: Array("outlink: https://news.skerry.example/\r\n".utf8))
    file.response(
        uri: "https://news.skerry.example/missing", status: "404 Not Found",
        body: Array(
            newsPage(title: "Not found", paragraphs: ["The page you asked for is not here any more."]).utf8))
    file.response(
        uri: "https://news.skerry.example/logo.png", headers: ["Content-Type: image/png"],
        body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    file.response(
        uri: "https://news.skerry.example/old", status: "301 Moved Permanently",
        headers: ["Location: https://news.skerry.example/local/ferry-timetable"], body: [])
    file.record(
        type: "revisit", uri: ferryURI, contentType: "application/http; msgtype=response",
        block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8),
        fields: ["WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"])
    file.record(
        type: "resource", uri: "https://press.mill.example/site.css", contentType: "text/css",
        block: Array("body { color: black }".utf8))
    let millHead =
        "<meta property=\"og:url\" content=\"https://www.mill.example/news/mill-reopens\">"
        + "<meta property=\"article:published_time\" content=\"2023-12-01T08:00:00Z\">"
    file.record(
        type: "resource", uri: "https://press.mill.example/releases/mill-reopens",
        contentType: "text/html; charset=utf-8",
        block: Array(newsPage(title: "Mill reopens", paragraphs: millParagraphs, head: millHead).utf8))
    return file
}

@Suite("WARC articles")
struct WARCArticleTests {
    @Test(
        "WARC 1.0 and 1.1: only the response and resource pages become articles",
        arguments: ["WARC/1.0", "WARC/1.1"])
    func pages(version: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("crawl.warc", crawl(version: version).bytes)
        let (articles, failures, skipped) = readWARC(path)
        #expect(failures.isEmpty, "\(failures)")
        #expect(skipped == 8)
        try #require(articles.count == 2)

        let ferry = articles[0]
        #expect(ferry.key == "https://news.skerry.example/local/ferry-timetable")
        #expect(ferry.url == "https://news.skerry.example/local/ferry-timetable")
        #expect(ferry.metadataSources["url"] == "warc")
        // The page has no date: the capture's day, from WARC-Date.
        #expect(ferry.date?.description == "2024-03-05")
        #expect(ferry.dateBasis == .metadata)
        #expect(ferry.body == ferryParagraphs.joined(separator: "\n\n"))
        #expect(ferry.sourcePath == path)
        #expect(ferry.outletDomain == "news.skerry.example")

        let mill = articles[1]
        #expect(mill.key == "https://press.mill.example/releases/mill-reopens")
        // The page's own URL and date win over the record's.
        #expect(mill.url == "https://www.mill.example/news/mill-reopens")
        #expect(mill.date?.description == "2023-12-01")
        #expect(mill.body == millParagraphs.joined(separator: "\n\n"))
    }

    @Test("a .warc.gz with a gzip member per record reads like the plain file")
    func gzipPerRecord() throws {
        let folder = try TemporaryFolder()
        let file = crawl(version: "WARC/1.1")
        let plain = readWARC(try folder.write("crawl.warc", file.bytes))
        let zipped = readWARC(try folder.write("crawl.warc.gz", file.gzipPerRecord))
        #expect(zipped.failures.isEmpty, "\(zipped.failures)")
        #expect(zipped.skipped == plain.skipped)
        #expect(zipped.articles.map(\.key) == plain.articles.map(\.key))
        #expect(zipped.articles.map(\.body) == plain.articles.map(\.body))
    }

    @Test("the HTTP charset decodes a Latin-1 page that declares none; valid UTF-8 still wins")
    func servedCharset() throws {
        let sentence =
            "Le caf\u{E9} de la gare a rouvert mardi, a d\u{E9}clar\u{E9} le maire apr\u{E8}s les travaux."
        let latin1 = Array(
            newsPage(title: "Gare", paragraphs: [sentence]).unicodeScalars.map { UInt8($0.value) })
        var file = WARCFileBuilder()
        file.response(
            uri: "https://gare.example/latin", headers: ["Content-Type: text/html; charset=ISO-8859-1"],
            body: latin1)
        file.response(
            uri: "https://gare.example/utf8", headers: ["Content-Type: text/html; charset=\"iso-8859-1\""],
            body: Array(newsPage(title: "Gare", paragraphs: [sentence]).utf8))
        file.response(
            uri: "https://gare.example/note.txt", headers: ["Content-Type: text/plain; charset=latin1"],
            body: Array(sentence.unicodeScalars.map { UInt8($0.value) }))
        // ISO-8859-2, where the Windows-1252 guess for an undeclared page would give "£ód¼".
        let polish = "Most w \u{141}odzi otwarto w pi\u{105}tek, powiedzia\u{142} burmistrz miasta."
        let latin2: [Character: UInt8] = ["\u{141}": 0xA3, "\u{105}": 0xB1, "\u{142}": 0xB3]
        let polishPage = newsPage(title: "Most", paragraphs: [polish]).map { latin2[$0] ?? $0.asciiValue! }
        file.response(
            uri: "https://most.example/lodz", headers: ["Content-Type: text/html; charset=ISO-8859-2"],
            body: polishPage)
        let folder = try TemporaryFolder()
        let (articles, failures, _) = readWARC(try folder.write("gare.warc", file.bytes))
        #expect(failures.isEmpty, "\(failures)")
        #expect(articles.map(\.body) == [sentence, sentence, sentence, polish])
    }

    @Test("chunked transfer coding and gzip content coding are undone")
    func httpCodings() throws {
        let page = Array(newsPage(title: "Ferry", paragraphs: ferryParagraphs).utf8)
        var file = WARCFileBuilder()
        file.response(
            uri: "https://c.example/chunked",
            headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
            body: WARCFileBuilder.chunked(page, size: 50))
        file.response(
            uri: "https://c.example/gzip", headers: ["Content-Type: text/html", "Content-Encoding: gzip"],
            body: WARCFileBuilder.gzip(page))
        file.response(
            uri: "https://c.example/both",
            headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"],
            body: WARCFileBuilder.chunked(WARCFileBuilder.gzip(page), size: 17))
        let folder = try TemporaryFolder()
        let (articles, failures, _) = readWARC(try folder.write("codings.warc", file.bytes))
        #expect(failures.isEmpty, "\(failures)")
        #expect(
            articles.map(\.key) == [
                "https://c.example/chunked", "https://c.example/gzip", "https://c.example/both",
            ])
        #expect(articles.allSatisfy { $0.body == ferryParagraphs.joined(separator: "\n\n") })
    }

    @Test("plain text and JSON pages go to their readers; the key is still the URI")
    func textAndJSON() throws {
        var file = WARCFileBuilder()
        file.response(
            uri: "https://wire.example/notes/tide", headers: ["Content-Type: text/plain"],
            body: Array(
                "Title: Tide tables\n\nThe spring tide will peak at 6.1 metres on Sunday, the harbour master said.\n"
                    .utf8))
        file.record(
            type: "resource", uri: "https://wire.example/api/story/17", contentType: "application/json",
            block: Array(
                #"{"id": "r-17", "title": "Quay works", "text": "The quay will be rebuilt by spring, the board said."}"#
                    .utf8))
        let folder = try TemporaryFolder()
        let (articles, failures, _) = readWARC(try folder.write("wire.warc", file.bytes))
        #expect(failures.isEmpty, "\(failures)")
        try #require(articles.count == 2)
        #expect(articles[0].title == "Tide tables")
        #expect(
            articles[0].body == "The spring tide will peak at 6.1 metres on Sunday, the harbour master said.")
        #expect(articles[1].key == "https://wire.example/api/story/17")
        #expect(articles[1].externalID == "r-17")
        #expect(articles[1].body == "The quay will be rebuilt by spring, the board said.")
    }

    @Test("a record without a target URI is keyed FILE#OFFSET")
    func keyWithoutURI() throws {
        var file = WARCFileBuilder()
        file.record(type: "warcinfo", block: Array("software: t\r\n".utf8))
        let offset = file.record(
            type: "resource", contentType: "text/html",
            block: Array(newsPage(title: "Mill", paragraphs: millParagraphs).utf8))
        let folder = try TemporaryFolder()
        let (articles, _, _) = readWARC(try folder.write("mill.warc", file.bytes))
        #expect(articles.map(\.key) == ["mill.warc#\(offset)"])
        #expect(articles.first?.url == nil)
    }

    // MARK: - Damage

    /// Three good pages around `damage`, which returns the damaged record's offset.
    private func damaged(
        _ name: String = "damaged.warc", compress: Bool = false,
        _ damage: (inout WARCFileBuilder) -> Int
    ) throws -> (articles: [String], failures: [InputError], path: String, offset: Int) {
        var file = WARCFileBuilder()
        func page(_ uri: String) {
            file.response(uri: uri, body: Array(newsPage(title: "Mill", paragraphs: millParagraphs).utf8))
        }
        page("https://d.example/before")
        let offset = damage(&file)
        page("https://d.example/after-1")
        page("https://d.example/after-2")
        let folder = try TemporaryFolder()
        let path = try folder.write(name, compress ? file.gzipPerRecord : file.bytes)
        let (articles, failures, _) = readWARC(path)
        return (articles.map(\.key), failures, path, offset)
    }

    private let everyPage = [
        "https://d.example/before", "https://d.example/after-1", "https://d.example/after-2",
    ]

    @Test("a Content-Length too short: one failure at that record; the records after it go in")
    func lengthTooShort() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/short",
                body: Array(newsPage(title: "S", paragraphs: ferryParagraphs).utf8),
                contentLength: 300)
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .damagedWARCRecord(offset: result.offset, reason: .lengthMismatch))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a Content-Length too long, into the next record: one failure; the swallowed record goes in")
    func lengthTooLong() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/long",
                body: Array(newsPage(title: "L", paragraphs: ferryParagraphs).utf8),
                contentLength: 900)
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .damagedWARCRecord(offset: result.offset, reason: .lengthMismatch))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a Content-Length past the end of the file: one failure; the records after it go in")
    func lengthPastEnd() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/past",
                body: Array(newsPage(title: "P", paragraphs: ferryParagraphs).utf8),
                contentLength: 1 << 20)
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .damagedWARCRecord(offset: result.offset, reason: .lengthPastEnd))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a record with no Content-Length: one failure; the records after it go in")
    func missingContentLength() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/nolength",
                body: Array(newsPage(title: "N", paragraphs: ferryParagraphs).utf8),
                contentLength: .some(nil))
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .damagedWARCRecord(offset: result.offset, reason: .missingContentLength))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a binary body served as HTML: one failure naming the record; the others go in")
    func binaryBody() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/photo",
                body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<200).map { UInt8($0) })
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .warcRecord(offset: result.offset, failure: .binary(expected: .html)))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a damaged chunked body: one failure; the others go in")
    func damagedChunks() throws {
        let result = try damaged { file in
            file.response(
                uri: "https://d.example/chunks",
                headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"],
                body: Array("40\r\n<html><body><p>Too short for its size.</p>\r\nzz\r\n".utf8))
        }
        #expect(
            result.failures == [
                InputError(
                    path: result.path,
                    failure: .damagedWARCRecord(offset: result.offset, reason: .invalidChunkedBody))
            ])
        #expect(result.articles == everyPage)
    }

    @Test("a truncated .warc.gz: the records before the cut go in; the cut one is one failure")
    func truncatedGzip() throws {
        var file = WARCFileBuilder()
        for uri in ["https://t.example/1", "https://t.example/2"] {
            file.response(uri: uri, body: Array(newsPage(title: "Mill", paragraphs: millParagraphs).utf8))
        }
        let cutOffset = file.response(
            uri: "https://t.example/3", body: Array(newsPage(title: "Mill", paragraphs: millParagraphs).utf8))
        let lastMember = WARCFileBuilder.gzip(file.records.last!)
        let bytes =
            file.records.dropLast().flatMap(WARCFileBuilder.gzip)
            + lastMember.prefix(lastMember.count * 2 / 3)
        let folder = try TemporaryFolder()
        let path = try folder.write("cut.warc.gz", bytes)
        let (articles, failures, _) = readWARC(path)
        #expect(
            failures == [
                InputError(path: path, failure: .damagedWARCRecord(offset: cutOffset, reason: .truncatedGzip))
            ])
        #expect(articles.map(\.key) == ["https://t.example/1", "https://t.example/2"])
    }

    @Test("a page too large is one failure; a large image is skipped; both are read past")
    func oversized() throws {
        var file = WARCFileBuilder()
        file.response(
            uri: "https://o.example/photo.jpg", headers: ["Content-Type: image/jpeg"],
            body: [UInt8](repeating: 0xFF, count: 5000))
        let big = file.response(
            uri: "https://o.example/huge",
            body: Array(
                newsPage(title: "Huge", paragraphs: Array(repeating: ferryParagraphs[0], count: 60)).utf8))
        file.response(
            uri: "https://o.example/small",
            body: Array(newsPage(title: "Mill", paragraphs: millParagraphs).utf8))
        let folder = try TemporaryFolder()
        let path = try folder.write("big.warc", file.bytes)
        var reader = WARCArticleReader(
            source: AnyByteSource(try FileByteSource(path: path)), path: path, fileName: "big.warc",
            readers: ArticleReaders(),
            maxArticleBytes: 4000)
        var results: [Result<Article, InputError>] = []
        while let result = try reader.next() { results.append(result) }
        #expect(results.count == 2)
        #expect(
            results.first
                == .failure(
                    InputError(path: path, failure: .warcRecord(offset: big, failure: .tooLarge(limit: 4000)))
                ))
        #expect((try? results.last?.get())?.key == "https://o.example/small")
        #expect(reader.skipped == 1)
    }

    @Test("a WARC of requests and metadata only is one failure: no article records")
    func noArticles() throws {
        var file = WARCFileBuilder()
        file.record(type: "warcinfo", block: Array("software: t\r\n".utf8))
        file.request(uri: "https://n.example/")
        file.record(type: "metadata", uri: "https://n.example/", block: Array("via: x\r\n".utf8))
        let folder = try TemporaryFolder()
        let path = try folder.write("requests.warc", file.bytes)
        let (articles, failures, skipped) = readWARC(path)
        #expect(articles.isEmpty)
        #expect(failures == [InputError(path: path, failure: .noArticlesInArchive(skipped: 3))])
        #expect(skipped == 3)
    }

    @Test("an empty .warc is empty; a page named .warc is not WARC; a bad .warc.gz is not gzip")
    func wholeFileFailures() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.warc", [])
        let page = try folder.write("page.warc", newsPage(title: "Mill", paragraphs: millParagraphs))
        let notGzip = try folder.write("plain.warc.gz", crawl(version: "WARC/1.1").bytes)
        #expect(readWARC(empty).failures == [InputError(path: empty, failure: .empty)])
        #expect(readWARC(page).failures == [InputError(path: page, failure: .notWARC)])
        #expect(readWARC(notGzip).failures == [InputError(path: notGzip, failure: .gzipInvalid)])
    }

    @Test("names ending .warc or .warc.gz are WARC, and folder walks pick them up")
    func format() {
        #expect(ArticleFormat(fileName: "crawl.warc") == .warc)
        #expect(ArticleFormat(fileName: "/data/CRAWL-00001.WARC.GZ") == .warc)
        #expect(ArticleFormat(fileName: "old.arc") == .text)
        #expect(ArticleFormat.isArticleFile("crawl.warc.gz"))
        #expect(ArticleFormat.isArticleFile("crawl.warc"))
        #expect(!ArticleFormat.isArticleFile("crawl.cdx"))
    }
}
