/// A page held by a WARC record, its body decoded, ready for the reader of its kind.
///
/// `response` records holding a 2xx HTTP response and `resource` records hold pages; of those,
/// only HTML, plain text and JSON ones are read (by their `Content-Type`, or by a look at the
/// bytes when there is none). Everything else (requests, metadata, `warcinfo`, revisits,
/// conversions, redirects and errors, images, PDFs, scripts, style sheets) is no page.
struct WARCPage {
    /// Which reader a page is for.
    enum Kind: Sendable, Hashable {
        case html, text, json
    }

    var kind: Kind
    var body: [UInt8]
    /// The charset the page was served with (the HTTP or record `Content-Type`'s), if any.
    var servedCharset: String?

    /// Where a page's bytes are in its record.
    private enum Source {
        case http(HTTPResponse)
        case block
    }

    /// The page in `record`, or `nil` when it holds none; a body decoded to over `limit` bytes
    /// fails as too large.
    init?(_ record: WARCRecord, limit: Int) throws(ReadFailure) {
        guard let (kind, charset, source) = try Self.classify(record) else { return nil }
        self.kind = kind
        servedCharset = charset
        switch source {
        case .block:
            body = record.block
        case .http(let response):
            do throws(HTTPBody.Failure) {
                body = try response.decodedBody(
                    limit: limit, truncated: record.fields["warc-truncated"] != nil)
            } catch {
                switch error {
                case .damage(let damage): throw .damagedWARCRecord(offset: record.offset, reason: damage)
                case .tooLarge: throw .warcRecord(offset: record.offset, failure: .tooLarge(limit: limit))
                }
            }
        }
    }

    /// Whether `record` holds a page, judged from its header and the start of its block alone
    /// (all that is kept of a record too large to read).
    static func holdsPage(_ record: WARCRecord) -> Bool {
        do throws(ReadFailure) {
            return try classify(record) != nil
        } catch {
            // An HTTP head cut off with the rest of the block: a page, as far as can be told.
            return true
        }
    }

    /// The kind, served charset and place of the page in `record`, or `nil` for no page.
    private static func classify(_ record: WARCRecord) throws(ReadFailure) -> (Kind, String?, Source)? {
        switch record.type {
        case "response":
            let type = record.contentType
            guard type == nil || type?.essence == "application/http" else {
                // A capture of another protocol (`dns:`, `ftp:`): the block is the content.
                return blockPage(record)
            }
            guard type?.parameters["msgtype"]?.lowercased() != "request" else { return nil }
            guard let response = HTTPResponse(record.block) else {
                guard type != nil else { return nil }
                throw .damagedWARCRecord(offset: record.offset, reason: .invalidHTTPHead)
            }
            guard response.isSuccess,
                let kind = kind(of: response.contentType, sniffing: response.body)
            else { return nil }
            return (kind, response.contentType?.charset, .http(response))
        case "resource":
            return blockPage(record)
        default:
            return nil
        }
    }

    private static func blockPage(_ record: WARCRecord) -> (Kind, String?, Source)? {
        let type = record.contentType
        guard let kind = kind(of: type, sniffing: record.block[...]) else { return nil }
        return (kind, type?.charset, .block)
    }

    /// The reader a media type calls for; without one, HTML if the bytes look like a page.
    static func kind(of type: MediaType?, sniffing body: ArraySlice<UInt8>) -> Kind? {
        guard let type, !type.essence.isEmpty else { return looksLikeHTML(body) ? .html : nil }
        switch type.essence {
        case "text/html", "application/xhtml+xml": return .html
        case "text/plain": return .text
        case "application/json": return .json
        default: return nil
        }
    }

    /// Whether the first kilobyte has `<html` or `<!doctype html` in it, in any case.
    private static func looksLikeHTML(_ body: ArraySlice<UInt8>) -> Bool {
        let head = body.prefix(1024).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        for marker in [Array("<html".utf8), Array("<!doctype html".utf8)] {
            guard head.count >= marker.count else { continue }
            for start in 0...(head.count - marker.count) where head[start] == marker[0] {
                if head[start..<(start + marker.count)].elementsEqual(marker) { return true }
            }
        }
        return false
    }
}
