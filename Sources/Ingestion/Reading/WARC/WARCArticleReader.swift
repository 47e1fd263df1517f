import ClaimsModel

/// The articles of one WARC file: one per page record, read one record at a time.
///
/// An article is keyed by its record's `WARC-Target-URI` (the record id is not for people), or
/// by `FILE#OFFSET` without one. Its URL and date come from the page; when the page gives none,
/// the URL is the target URI and the date is the one in the URL's path, else the capture's
/// (`WARC-Date`, to the day). Records that hold no page are skipped and counted; a damaged
/// record, or a page that cannot be read, is one failure naming the record's offset.
struct WARCArticleReader {
    private var records: WARCRecordReader<AnyByteSource>
    private let path: String
    private let fileName: String
    private let readers: ArticleReaders
    private let maxArticleBytes: Int
    /// Records that hold no page: requests, metadata, redirects, images, ...
    private(set) var skipped = 0
    /// Records that hold a page, read or not.
    private var pages = 0
    /// Everything met: records and damaged stretches.
    private var items = 0

    init(
        source: AnyByteSource, path: String, fileName: String, readers: ArticleReaders, maxArticleBytes: Int
    ) {
        records = WARCRecordReader(source, maxBlockBytes: maxArticleBytes)
        self.path = path
        self.fileName = fileName
        self.readers = readers
        self.maxArticleBytes = maxArticleBytes
    }

    /// The next article or failed record, or `nil` at the end.
    ///
    /// Throws for what fails the whole file: it cannot be read, is empty, is not WARC, or holds
    /// records but no page among them (`noArticlesInArchive`).
    mutating func next() throws(ReadFailure) -> Result<Article, InputError>? {
        while let item = try records.next() {
            items += 1
            switch item {
            case .damaged(let offset, let damage):
                return failure(.damagedWARCRecord(offset: offset, reason: damage))
            case .oversized(let record, _):
                guard WARCPage.holdsPage(record) else {
                    skipped += 1
                    continue
                }
                pages += 1
                return failure(.warcRecord(offset: record.offset, failure: .tooLarge(limit: maxArticleBytes)))
            case .record(let record):
                do throws(ReadFailure) {
                    guard let page = try WARCPage(record, limit: maxArticleBytes) else {
                        skipped += 1
                        continue
                    }
                    pages += 1
                    return .success(try article(page, in: record))
                } catch {
                    pages += 1
                    switch error {
                    case .damagedWARCRecord, .warcRecord: return failure(error)
                    default: return failure(.warcRecord(offset: record.offset, failure: error))
                    }
                }
            }
        }
        if items == 0 { throw .empty }
        if pages == 0 && skipped > 0 { throw .noArticlesInArchive(skipped: skipped) }
        return nil
    }

    private func failure(_ failure: ReadFailure) -> Result<Article, InputError> {
        .failure(InputError(path: path, failure: failure))
    }

    /// The article in `page`, with what the record tells filled in where the page is silent.
    private func article(_ page: WARCPage, in record: WARCRecord) throws(ReadFailure) -> Article {
        let targetURI = record.targetURI
        let key = targetURI ?? "\(fileName)#\(record.offset)"
        var article: Article
        switch page.kind {
        case .html:
            article = try readers.html.read(page.body, key: key, servedCharset: page.servedCharset)
        case .text:
            article = readers.text.read(try Self.text(page.body, servedCharset: page.servedCharset), key: key)
        case .json:
            _ = try TextDecoding.utf8(page.body)
            article = try readers.json.read(page.body, fallbackKey: key)
            // The record's own id stays as the external id; the key is the URI like any page's.
            article.key = key
        }
        article.sourcePath = path
        if article.url == nil, let targetURI {
            article.url = targetURI
            article.metadataSources["url"] = "warc"
        }
        if article.outletDomain == nil, let url = article.url {
            article.outletDomain = AuthorList.domain(of: url)
        }
        if article.date == nil {
            // A news URL's /2024/03/05/ is the publication date; the capture may be years later.
            if let url = article.url, let date = DateText.fromURLPath(url) {
                article.date = date
                article.dateBasis = .inferred
                article.metadataSources["date"] = "url"
            } else if let date = record.date {
                article.date = date
                article.dateBasis = .metadata
                article.metadataSources["date"] = "warc"
            }
        }
        return article
    }

    /// Plain text as a string: UTF-8, else (when it was served with one) its charset.
    private static func text(_ bytes: [UInt8], servedCharset: String?) throws(ReadFailure) -> String {
        do throws(ReadFailure) {
            return try TextDecoding.utf8(bytes)
        } catch .invalidUTF8 where servedCharset != nil {
            return String(decoding: CharsetDetector.utf8(bytes, charset: servedCharset!).bytes, as: UTF8.self)
        }
    }
}
