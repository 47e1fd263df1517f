import Foundation

/// What one answer turned out to be, decided from the job's expectation, the media type and
/// the bytes: a page (written to the WARC output at once), a listing of more URLs, or a failure.
enum AnswerReading: Sendable {
    case page
    case listed([String], FetchJob.Expectation)
    case failed(FetchFailure)

    /// Reads the 2xx answer `response` to `job`; a page is written through `writer`.
    static func read(
        _ response: FetchedResponse, for job: FetchJob, settings: FetchSettings, writer: WARCWriter
    ) throws -> AnswerReading {
        let type = response.mediaType
        let described = type ?? "no Content-Type"
        let htmlType = type == "text/html" || type == "application/xhtml+xml"
        let isHTML = htmlType || (type == nil && looksLikeHTML(response.body))
        switch job.expectation {
        case .page:
            guard isHTML else { return .failed(.notHTML(contentType: described)) }
            return try write(response, writer: writer)
        case .anything:
            // An error page served where a feed was asked for is not an article.
            if isHTML && isListingType(nil, url: response.url) && !looksLikeXML(response.body) {
                return .failed(.htmlForListing(contentType: described))
            }
            // A feed served as text/html (a misconfigured server) still starts like XML.
            if isHTML && !looksLikeXML(response.body) { return try write(response, writer: writer) }
            guard isHTML || isListingType(type, url: response.url) || looksLikeXML(response.body) else {
                return .failed(.notPageOrListing(contentType: described))
            }
            return try listing(response, for: job, depth: 0, settings: settings, writer: writer)
        case .sitemap(let depth):
            return try listing(response, for: job, depth: depth, settings: settings, writer: writer)
        }
    }

    private static func write(_ response: FetchedResponse, writer: WARCWriter) throws -> AnswerReading {
        try writer.writeResponse(
            targetURI: response.url, date: Date(), head: response.warcHead, body: response.body)
        return .page
    }

    /// The URLs a feed, sitemap or sitemap index at `depth` lists.
    private static func listing(
        _ response: FetchedResponse, for job: FetchJob, depth: Int, settings: FetchSettings,
        writer: WARCWriter
    ) throws -> AnswerReading {
        guard let bytes = response.plainBody(limit: settings.maxBodyBytes) else { return .failed(.badGzip) }
        let listing: Listing
        do throws(XMLTree.NotXML) {
            listing = try Listing(parsing: bytes, url: response.url)
        } catch {
            return .failed(
                .notXML(
                    contentType: response.mediaType ?? "no Content-Type", message: error.message,
                    line: error.line))
        }
        switch listing {
        case .feed(let links), .sitemap(let links):
            return links.isEmpty ? .failed(.emptyListing) : .listed(links, .page)
        case .sitemapIndex(let links):
            guard depth < settings.maxDepth else { return .failed(.tooDeep(limit: settings.maxDepth)) }
            return links.isEmpty ? .failed(.emptyListing) : .listed(links, .sitemap(depth: depth + 1))
        case .page where job.expectation == .anything:
            return try write(response, writer: writer)
        case .page:
            return .failed(.otherXML(root: "html"))
        case .otherXML(let root):
            return .failed(.otherXML(root: root))
        }
    }

    /// Media types (and URL endings, for servers that say `application/octet-stream`) of feeds
    /// and sitemaps.
    private static func isListingType(_ type: String?, url: String) -> Bool {
        if let type, type.contains("xml") || type == "application/gzip" || type == "application/x-gzip" {
            return true
        }
        let path = (URLComponents(string: url)?.path ?? url).lowercased()
        return [".xml", ".xml.gz", ".rss", ".atom"].contains { path.hasSuffix($0) }
    }

    /// Whether the body starts (after white space or a byte order mark) with `<?xml`, `<rss`,
    /// `<feed`, `<urlset` or `<sitemapindex`, or is gzip.
    static func looksLikeXML(_ body: [UInt8]) -> Bool {
        if body.starts(with: [0x1f, 0x8b]) { return true }
        var start = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < body.count, [0x20, 0x09, 0x0A, 0x0D].contains(body[start]) { start += 1 }
        let head = String(decoding: body[start..<min(body.count, start + 16)], as: UTF8.self).lowercased()
        return ["<?xml", "<rss", "<feed", "<urlset", "<sitemapindex", "<rdf:rdf"].contains {
            head.hasPrefix($0)
        }
    }

    /// Whether the first kilobyte has `<html` or `<!doctype html` in it, in any case.
    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }
}
