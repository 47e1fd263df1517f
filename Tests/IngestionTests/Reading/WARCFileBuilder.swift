import CZlib
import Foundation

@testable import Ingestion

/// Writes WARC files for the tests, record by record, remembering where each record starts.
struct WARCFileBuilder {
    /// The version line of every record: `WARC/1.0` or `WARC/1.1`.
    var version: String
    /// The records' bytes, one entry per record (or per stretch of junk).
    private(set) var records: [[UInt8]] = []
    private var counter = 0

    init(version: String = "WARC/1.1") {
        self.version = version
    }

    /// The whole uncompressed file.
    var bytes: [UInt8] { records.flatMap { $0 } }

    /// The offset the next record will start at.
    var nextOffset: Int { records.reduce(0) { $0 + $1.count } }

    /// The file with a gzip member per record, as `.warc.gz` writers make it.
    var gzipPerRecord: [UInt8] { records.flatMap(WARCFileBuilder.gzip) }

    /// Appends a record; returns its offset. `contentLength` replaces the true length (to lie);
    /// `.some(nil)` leaves the field out.
    @discardableResult
    mutating func record(
        type: String, uri: String? = nil, date: String = "2024-03-05T10:15:00Z", contentType: String? = nil,
        block: [UInt8], fields: [String] = [], contentLength: Int?? = .none
    ) -> Int {
        counter += 1
        var lines = [
            version, "WARC-Type: \(type)",
            "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", counter))>",
            "WARC-Date: \(date)",
        ]
        if let uri { lines.append("WARC-Target-URI: \(uri)") }
        if let contentType { lines.append("Content-Type: \(contentType)") }
        lines += fields
        switch contentLength {
        case .none: lines.append("Content-Length: \(block.count)")
        case .some(.some(let length)): lines.append("Content-Length: \(length)")
        case .some(.none): break
        }
        let head = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        return append(head + block + Array("\r\n\r\n".utf8))
    }

    /// Appends a `response` record holding an HTTP response with `headers` and `body`.
    @discardableResult
    mutating func response(
        uri: String, status: String = "200 OK",
        headers: [String] = ["Content-Type: text/html; charset=utf-8"],
        body: [UInt8], fields: [String] = [], contentLength: Int?? = .none
    ) -> Int {
        let head = (["HTTP/1.1 \(status)"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        return record(
            type: "response", uri: uri, contentType: "application/http; msgtype=response",
            block: Array(head.utf8) + body, fields: fields, contentLength: contentLength)
    }

    /// Appends the matching `request` record.
    @discardableResult
    mutating func request(uri: String) -> Int {
        let host = URL(string: uri)?.host ?? "example.invalid"
        let path = URL(string: uri)?.path ?? "/"
        return record(
            type: "request", uri: uri, contentType: "application/http; msgtype=request",
            block: Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: claims-test\r\n\r\n".utf8))
    }

    /// Appends bytes that are no record.
    @discardableResult
    mutating func junk(_ bytes: [UInt8]) -> Int { append(bytes) }

    private mutating func append(_ bytes: [UInt8]) -> Int {
        let offset = nextOffset
        records.append(bytes)
        return offset
    }

    /// One gzip member of `bytes`: zlib's deflate output without its zlib wrapping, in gzip's.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var zlib = [UInt8](repeating: 0, count: Int(size))
        let status = compress2(&zlib, &size, bytes, uLong(bytes.count), 6)
        precondition(status == Z_OK)
        // A zlib stream is a 2-byte header, raw deflate data and a 4-byte Adler-32.
        let deflate = zlib[2..<(Int(size) - 4)]
        let crc = UInt32(crc32(0, bytes, uInt(bytes.count)))
        let length = UInt32(truncatingIfNeeded: bytes.count)
        func littleEndian(_ value: UInt32) -> [UInt8] {
            (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        return [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03] + deflate + littleEndian(crc)
            + littleEndian(length)
    }

    /// HTTP chunked transfer coding of `bytes`, in chunks of `size`.
    static func chunked(_ bytes: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            output +=
                Array((String(end - start, radix: 16) + "\r\n").utf8) + bytes[start..<end] + [0x0D, 0x0A]
            start = end
        }
        return output + Array("0\r\n\r\n".utf8)
    }
}

/// A news page as a small site would serve it: a title, a dateline, paragraphs.
func newsPage(title: String, paragraphs: [String], head: String = "") -> String {
    "<!DOCTYPE html><html><head><title>\(title)</title>\(head)</head><body><header><nav><a href=\"/\">Home</a> "
        + "<a href=\"/local\">Local</a></nav></header><main><article><h1>\(title)</h1>"
        + paragraphs.map { "<p>\($0)</p>" }.joined()
        + "</article></main><footer>Contact us</footer></body></html>"
}

/// Bytes read from memory, at most `chunk` at a time, to test what crosses a read boundary.
struct MemoryByteSource: ByteSource {
    var bytes: [UInt8]
    var chunk: Int
    private var offset = 0

    init(_ bytes: [UInt8], chunk: Int = 1 << 20) {
        self.bytes = bytes
        self.chunk = chunk
    }

    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        let count = min(maxCount, chunk, bytes.count - offset)
        buffer.append(contentsOf: bytes[offset..<(offset + count)])
        offset += count
        return count
    }
}
