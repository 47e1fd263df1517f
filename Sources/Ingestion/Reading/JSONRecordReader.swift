import ClaimsModel
import Foundation

/// Reads one article from a JSON object, in the layouts of news-please, trafilatura and
/// `../shared/data`: `text` (or `body`, `maintext`) required; `id`, `title`, `outlet` (or
/// `source`, `sitename`, `source_domain`, `publisher`), `author`/`authors`, `date` (or
/// `date_publish`, `published`, `publication_date`), `url`, `section`, `language` optional.
///
/// The stored body is the `text` value exactly, so offsets line up with annotations of it.
public struct JSONRecordReader: Sendable {
    public init() {}

    /// The article in one JSON value's bytes; `fallbackKey` names it when it has no `id`.
    public func read(_ bytes: some Collection<UInt8>, fallbackKey: String) throws(ReadFailure) -> Article {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .invalidJSON
        }
        return try read(value, fallbackKey: fallbackKey)
    }

    /// The article in a decoded JSON value.
    public func read(_ value: Any, fallbackKey: String) throws(ReadFailure) -> Article {
        guard let object = value as? [String: Any] else {
            throw .notAnObject
        }
        guard let body = firstString(object, ["text", "body", "maintext", "articleBody", "content"])
        else {
            throw .noTextField
        }
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw .emptyTextField
        }
        var article = Article(key: fallbackKey, body: body)
        var sources: [String: String] = [:]
        if let id = object["id"] ?? object["_id"] ?? object["key"] {
            let text = (id as? String) ?? (id as? NSNumber).map { "\($0)" }
            if let text, !text.isEmpty {
                article.key = text
                article.externalID = text
            }
        }
        if let title = firstString(object, ["title", "headline"]) {
            article.title = title
            sources["title"] = "json"
        }
        if let outlet = firstString(
            object, ["outlet", "source", "sitename", "site_name", "publisher", "source_domain"])
        {
            article.outlet = outlet
            sources["outlet"] = "json"
        }
        if let authors = object["authors"] ?? object["author"] {
            if let list = authors as? [Any] {
                article.authors = list.compactMap { $0 as? String }.filter { !$0.isEmpty }
            } else if let text = authors as? String {
                article.authors = AuthorList.split(text)
            }
            if !article.authors.isEmpty { sources["authors"] = "json" }
        }
        if let text = firstString(
            object, ["date", "date_publish", "published", "publication_date", "pubdate"]),
            let date = ClaimDate(parsing: text)
        {
            article.date = date
            article.dateBasis = .metadata
            sources["date"] = "json"
        }
        if let url = firstString(object, ["url", "link"]) {
            article.url = url
            article.outletDomain = AuthorList.domain(of: url)
            sources["url"] = "json"
        }
        article.section = firstString(object, ["section", "category"])
        article.language = firstString(object, ["language", "lang"])
        article.metadataSources = sources
        return article
    }

    private func firstString(_ object: [String: Any], _ names: [String]) -> String? {
        for name in names {
            if let text = object[name] as? String, !text.isEmpty { return text }
        }
        return nil
    }
}
