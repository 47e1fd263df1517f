/// The HTTP response a WARC `response` record holds: its status, its headers, its body as sent.
struct HTTPResponse {
    /// The status code: 200, 301, 404, ...
    var status: Int
    var fields: HeaderFields
    /// The body as it went over the wire: perhaps chunked, perhaps compressed.
    var body: ArraySlice<UInt8>

    /// Whether the status is a success (2xx): only those hold the page asked for.
    var isSuccess: Bool { (200...299).contains(status) }

    /// Parses the status line and, for a success, the headers of `block`; `nil` when the block
    /// does not start with an HTTP status line.
    ///
    /// A response whose head has no end is given an empty body when it is not a success (it is
    /// skipped anyway), and is `nil` otherwise.
    init?(_ block: [UInt8]) {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        let statusEnd = block.firstIndex(of: 0x0A) ?? block.endIndex
        let words = block[..<statusEnd].split(separator: 0x20, maxSplits: 2)
        guard words.count >= 2, words[1].count == 3, words[1].allSatisfy({ (48...57).contains($0) }),
            let status = Int(String(decoding: words[1], as: UTF8.self))
        else { return nil }
        self.status = status
        let headEnd = HTTPResponse.headEnd(block, from: statusEnd)
        guard let headEnd else {
            guard !(200...299).contains(status) else { return nil }
            fields = HeaderFields(parsing: block[min(block.count, statusEnd + 1)...])
            body = []
            return
        }
        fields = HeaderFields(parsing: block[min(headEnd, statusEnd + 1)..<headEnd])
        body = block[headEnd...]
    }

    /// The index just past the blank line ending the head, searching from the status line's LF.
    private static func headEnd(_ block: [UInt8], from index: Int) -> Int? {
        var newline = index
        while newline < block.count {
            let next = newline + 1
            if next < block.count && block[next] == 0x0A { return next + 1 }
            if next + 1 < block.count && block[next] == 0x0D && block[next + 1] == 0x0A { return next + 2 }
            guard let following = block[next...].firstIndex(of: 0x0A) else { return nil }
            newline = following
        }
        return nil
    }

    /// The `Content-Type` header, parsed.
    var contentType: MediaType? { fields["content-type"].map(MediaType.init) }

    /// The body with its transfer coding (chunked) and content codings (gzip, deflate) undone,
    /// at most `limit` bytes; `truncated` (the record says the capture was cut short) accepts a
    /// body that stops early.
    func decodedBody(limit: Int, truncated: Bool) throws(HTTPBody.Failure) -> [UInt8] {
        var bytes = Array(body)
        if let coding = fields["transfer-encoding"], coding.lowercased().contains("chunked") {
            bytes = try HTTPBody.dechunked(bytes, allowingTruncation: truncated)
        }
        if let codings = fields["content-encoding"] {
            // Codings are listed in the order they were applied; undo them last to first.
            for coding in codings.lowercased().split(separator: ",").reversed() {
                let name = coding.trimmingCharacters(in: " \t")
                switch name {
                case "", "identity": continue
                case "gzip", "x-gzip", "deflate":
                    bytes = try HTTPBody.inflated(
                        bytes, coding: name, limit: limit, allowingTruncation: truncated)
                default:
                    throw .damage(.unsupportedContentEncoding(name))
                }
            }
        }
        guard bytes.count <= limit else { throw .tooLarge }
        return bytes
    }
}

extension Substring {
    /// Without the leading and trailing characters in `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
