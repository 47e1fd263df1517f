import Testing

@testable import Ingestion

typealias WARCItem = WARCRecordReader<MemoryByteSource>.Item

/// Every item of a WARC stream read `chunk` bytes at a time.
func warcItems(
    _ bytes: [UInt8], chunk: Int = 1 << 20, maxBlockBytes: Int = 1 << 20, maxHeaderBytes: Int = 64 << 10
) throws(ReadFailure) -> [WARCItem] {
    var reader = WARCRecordReader(
        MemoryByteSource(bytes, chunk: chunk), maxBlockBytes: maxBlockBytes, maxHeaderBytes: maxHeaderBytes)
    var items: [WARCItem] = []
    while let item = try reader.next() { items.append(item) }
    return items
}

/// An item as its offset and what it is, for comparing: `0 record`, `120 damaged(...)`.
func outline(_ item: WARCItem) -> String {
    switch item {
    case .record(let record): "\(record.offset) record \(String(decoding: record.block, as: UTF8.self))"
    case .oversized(let record, let count): "\(record.offset) oversized \(count)"
    case .damaged(let offset, let damage): "\(offset) damaged \(damage)"
    }
}

@Suite("WARC records")
struct WARCRecordReaderTests {
    @Test("header names in any case, folded lines, and exactly Content-Length bytes of block")
    func header() throws {
        let text =
            "WARC/1.0\r\nwarc-type: resource\r\nCONTENT-LENGTH: 12\r\nWARC-Target-URI: <http://fen.example/a>\r\n"
            + "X-Note: first part\r\n  second part\r\nWarc-Date: 2023-11-30T23:59:59Z\r\n\r\nLock notice.\r\n\r\n"
        let items = try warcItems(Array(text.utf8))
        guard items.count == 1, case .record(let record) = items[0] else {
            Issue.record("one record expected: \(items)")
            return
        }
        #expect(record.offset == 0)
        #expect(record.version == "WARC/1.0")
        #expect(record.type == "resource")
        #expect(record.fields["Content-Length"] == "12")
        #expect(record.fields["x-note"] == "first part second part")
        #expect(record.targetURI == "http://fen.example/a")
        #expect(record.date?.description == "2023-11-30")
        #expect(record.block == Array("Lock notice.".utf8))
    }

    /// A file with a good record, a damaged one, junk, and two good ones, and what it gives.
    private static func mixedFile() -> (bytes: [UInt8], outline: [String]) {
        var file = WARCFileBuilder(version: "WARC/1.0")
        let first = file.record(
            type: "warcinfo", contentType: "application/warc-fields", block: Array("software: t\r\n".utf8))
        let missing = file.record(
            type: "resource", uri: "urn:a", block: Array("no length".utf8), contentLength: .some(nil))
        let second = file.record(type: "resource", uri: "urn:b", block: Array("second".utf8))
        let junk = file.junk(Array("stray bytes\r\n".utf8))
        let third = file.record(
            type: "resource", uri: "urn:c", block: Array("third\r\n\r\nWARC/0.9 not a record".utf8))
        let short = file.record(
            type: "resource", uri: "urn:d", block: Array("length too short".utf8), contentLength: 6)
        let last = file.record(type: "resource", uri: "urn:e", block: Array("last".utf8))
        return (
            file.bytes,
            [
                "\(first) record software: t\r\n", "\(missing) damaged missingContentLength",
                "\(second) record second",
                "\(junk) damaged noVersionLine", "\(third) record third\r\n\r\nWARC/0.9 not a record",
                "\(short) damaged lengthMismatch", "\(last) record last",
            ]
        )
    }

    @Test("every read size gives the same records and damage", arguments: [1, 2, 7, 64, 4096, 1 << 20])
    func readSizes(chunk: Int) throws {
        let (bytes, expected) = Self.mixedFile()
        let actual = try warcItems(bytes, chunk: chunk).map(outline)
        #expect(actual == expected, "\(actual.difference(from: expected))")
    }

    @Test("a block over the limit is read past, keeping its first bytes; the next record is read")
    func oversized() throws {
        var file = WARCFileBuilder()
        let big = file.record(
            type: "resource", uri: "urn:big", contentType: "text/plain",
            block: Array(repeating: 0x61, count: 5000))
        let small = file.record(type: "resource", uri: "urn:small", block: Array("small".utf8))
        let items = try warcItems(file.bytes, chunk: 100, maxBlockBytes: 1000)
        #expect(items.map(outline) == ["\(big) oversized 5000", "\(small) record small"])
        if case .oversized(let record, _) = items.first {
            #expect(record.block.count == 5000)
            #expect(record.fields["content-type"] == "text/plain")
        }
    }

    @Test("a header that never ends is one damaged record; the next record is read")
    func headerTooLong() throws {
        var file = WARCFileBuilder()
        let long = file.record(
            type: "resource", uri: "urn:long", block: Array("x".utf8),
            fields: ["X-Padding: " + String(repeating: "p", count: 2000)])
        let next = file.record(type: "resource", uri: "urn:next", block: Array("next".utf8))
        let items = try warcItems(file.bytes, chunk: 64, maxHeaderBytes: 512)
        #expect(items.map(outline) == ["\(long) damaged headerTooLong(limit: 512)", "\(next) record next"])
    }

    @Test("a Content-Length past the end: one damaged record, and the records it swallowed are read")
    func lengthPastEnd() throws {
        var file = WARCFileBuilder()
        let lying = file.record(
            type: "resource", uri: "urn:a", block: Array("aaa".utf8), contentLength: 10_000)
        let swallowed = file.record(type: "resource", uri: "urn:b", block: Array("bbb".utf8))
        #expect(
            try warcItems(file.bytes, chunk: 5).map(outline) == [
                "\(lying) damaged lengthPastEnd", "\(swallowed) record bbb",
            ])
    }

    @Test("a file that ends inside a header is one damaged record")
    func endsInHeader() throws {
        var file = WARCFileBuilder()
        let whole = file.record(type: "resource", uri: "urn:a", block: Array("whole".utf8))
        let cut = file.junk(Array("WARC/1.1\r\nWARC-Type: resource\r\nContent-Le".utf8))
        #expect(
            try warcItems(file.bytes).map(outline) == [
                "\(whole) record whole", "\(cut) damaged endsInHeader",
            ])
    }

    @Test("a file with no WARC version line anywhere is not WARC; an empty one has no records")
    func notWARC() throws {
        #expect(throws: ReadFailure.notWARC) {
            try warcItems(Array("<html><body><p>A page.</p></body></html>\n".utf8), chunk: 3)
        }
        #expect(try warcItems([]).isEmpty)
        #expect(try warcItems(Array("\r\n\r\n".utf8)).isEmpty)
    }

    @Test("a truncated gzip stream: the records before it stand, and the cut one is damaged at its offset")
    func truncatedGzip() throws {
        var file = WARCFileBuilder()
        let first = file.record(type: "resource", uri: "urn:a", block: Array("first".utf8))
        let cut = file.record(
            type: "resource", uri: "urn:b", block: Array(String(repeating: "second ", count: 200).utf8))
        var compressed = file.records.dropLast().flatMap(WARCFileBuilder.gzip)
        let lastMember = WARCFileBuilder.gzip(file.records.last!)
        compressed += lastMember.prefix(lastMember.count / 2)
        var reader = WARCRecordReader(
            try GzipByteSource(MemoryByteSource(compressed, chunk: 16)), maxBlockBytes: 1 << 20)
        var outlines: [String] = []
        while let item = try reader.next() {
            switch item {
            case .record(let record): outlines.append("\(record.offset) record")
            case .oversized(let record, _): outlines.append("\(record.offset) oversized")
            case .damaged(let offset, let damage): outlines.append("\(offset) damaged \(damage)")
            }
        }
        #expect(outlines == ["\(first) record", "\(cut) damaged truncatedGzip"])
    }
}
