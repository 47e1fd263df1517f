import Ingestion

/// One HTTP answer, read whole: what the crawl decides on, and what a WARC record holds.
struct FetchedResponse: Sendable {
    /// The URL requested.
    var url: String
    var status: Int
    var reason: String
    /// `HTTP/1.1`, `HTTP/2`.
    var version: String
    /// The header fields in the order received.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of the field `name`, in any case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name }?.value
    }

    /// The media type without parameters, lower case (`text/html`), or `nil` when there is none.
    var mediaType: String? {
        guard let value = header("content-type") else { return nil }
        let essence = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let trimmed = essence.trimmingWhiteSpace().lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The status line and headers for the WARC record, as a WARC reader expects the bytes that
    /// follow them: the client has already undone chunked transfer coding, so that header is
    /// left out and `Content-Length` gives the body's length.
    var warcHead: String {
        var lines = ["\(version) \(status) \(reason)"]
        for (name, value) in headers {
            let lower = name.lowercased()
            if lower == "transfer-encoding" || lower == "content-length" { continue }
            lines.append("\(name): \(value)")
        }
        lines.append("Content-Length: \(body.count)")
        return lines.joined(separator: "\r\n")
    }

    /// The body without gzip: decompressed when the server sent `Content-Encoding: gzip` or the
    /// body itself is gzip (a `.xml.gz` sitemap); `nil` when that fails.
    func plainBody(limit: Int) -> [UInt8]? {
        let encoding = header("content-encoding")?.lowercased()
        let gzipped = body.starts(with: [0x1f, 0x8b]) || encoding == "gzip" || encoding == "x-gzip"
        guard gzipped else { return body }
        do throws(ReadFailure) {
            let source = try GzipByteSource(MemoryByteSource(body))
            var plain: [UInt8] = []
            while try source.read(into: &plain, maxCount: 1 << 20) > 0 {
                if plain.count > limit { return nil }
            }
            return plain
        } catch {
            return nil
        }
    }
}

/// Bytes in memory as a byte source, for the gzip decoder.
private struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        let count = min(maxCount, bytes.count - offset)
        buffer.append(contentsOf: bytes[offset..<(offset + count)])
        offset += count
        return count
    }
}
