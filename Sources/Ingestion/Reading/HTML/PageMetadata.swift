import CLibXML2
import Foundation
import ClaimsModel

/// The metadata signals of a page, gathered in one walk, and the article fields they give.
///
/// Each field is taken from the most trusted source that has it, in a fixed order: JSON-LD
/// (`json-ld`), then OpenGraph (`opengraph`), then other `<meta>` tags (`meta`), then `<time
/// datetime>` (`time`), `<link rel=canonical>` (`canonical`), and last the page text (`page`) or
/// the URL (`url`). Where each value came from goes into `Article.metadataSources`.
struct PageMetadata {
    /// `<meta>` contents by lower-case name, property or itemprop; the first of each name wins.
    var meta: [String: String] = [:]
    var canonical: String?
    var htmlLanguage: String?
    var documentTitle: String?
    var firstHeading: String?
    var times: [(datetime: String, isPublication: Bool)] = []
    var pageAuthors: [String] = []
    var scripts: [String] = []
    var jsonLD: JSONLDArticle?

    /// Walks the whole page once for metadata.
    init(document: HTMLDocument, articleTypes: Set<String>) {
        guard let root = document.root else { return }
        if let lang = HTMLDocument.attribute(root, "lang"), !lang.isEmpty { htmlLanguage = lang }
        document.walk(
            root,
            enter: { node in
                guard node.pointee.type == XML_ELEMENT_NODE else { return false }
                switch document.tag(of: node) {
                case .meta:
                    readMeta(node)
                    return false
                case .link:
                    if HTMLDocument.attribute(node, "rel")?.lowercased() == "canonical",
                        let href = HTMLDocument.attribute(node, "href"), !href.isEmpty, canonical == nil
                    {
                        canonical = href
                    }
                    return false
                case .script:
                    if HTMLDocument.attribute(node, "type")?.lowercased() == "application/ld+json" {
                        scripts.append(HTMLDocument.text(of: node))
                    }
                    return false
                case .style, .svg, .noscript:
                    return false
                case .title:
                    if documentTitle == nil { documentTitle = PageMetadata.clean(HTMLDocument.text(of: node)) }
                    return false
                case .h1:
                    if firstHeading == nil { firstHeading = PageMetadata.clean(HTMLDocument.text(of: node)) }
                    return false
                case .time:
                    if let datetime = HTMLDocument.attribute(node, "datetime") {
                        let itemprop = HTMLDocument.attribute(node, "itemprop")?.lowercased()
                        let isPublication =
                            itemprop == "datepublished" || HTMLDocument.hasAttribute(node, "pubdate")
                        times.append((datetime, isPublication))
                    }
                    return true
                default:
                    readAuthorMarkup(node)
                    return true
                }
            }, leave: { _ in })
        jsonLD = JSONLDArticle.find(in: scripts, types: articleTypes)
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard let content = HTMLDocument.attribute(node, "content") ?? HTMLDocument.attribute(node, "datetime")
        else { return }
        let value = PageMetadata.clean(content)
        guard !value.isEmpty else { return }
        for attribute in ["property", "name", "itemprop", "http-equiv"] {
            if let name = HTMLDocument.attribute(node, attribute)?.lowercased(), !name.isEmpty, meta[name] == nil {
                meta[name] = value
            }
        }
    }

    /// Bylines marked up in the page: `rel=author`, `itemprop=author`, `class=byline`.
    private mutating func readAuthorMarkup(_ node: xmlNodePtr) {
        guard pageAuthors.count < 8, node.pointee.properties != nil else { return }
        let rel = HTMLDocument.attribute(node, "rel")?.lowercased()
        let itemprop = HTMLDocument.attribute(node, "itemprop")?.lowercased()
        guard rel == "author" || itemprop == "author" else { return }
        let text = PageMetadata.clean(HTMLDocument.text(of: node))
        if !text.isEmpty, text.count <= 100 { pageAuthors.append(text) }
    }

    // MARK: Fields

    /// Sets the article's metadata fields from these signals, recording each one's source.
    func apply(
        to article: inout Article, dateText: DateText, dateMetaNames: [String], authorMetaNames: [String]
    ) {
        var sources: [String: String] = [:]

        func pick(_ field: String, _ candidates: [(String?, String)]) -> String? {
            for (value, source) in candidates {
                if let value, !value.isEmpty {
                    sources[field] = source
                    return value
                }
            }
            return nil
        }

        article.url = pick(
            "url",
            [
                (absoluteURL(jsonLD?.url), "json-ld"), (absoluteURL(meta["og:url"]), "opengraph"),
                (absoluteURL(canonical), "canonical"),
            ])

        let siteName = pick(
            "outlet",
            [
                (jsonLD?.publisher, "json-ld"), (meta["og:site_name"], "opengraph"),
                (meta["application-name"], "meta"), (meta["publisher"], "meta"), (meta["dc.publisher"], "meta"),
                (meta["apple-mobile-web-app-title"], "meta"), (titleSuffix, "page"),
            ])
        article.outlet = siteName

        article.title = pick(
            "title",
            [
                (jsonLD?.headline, "json-ld"), (meta["og:title"], "opengraph"), (meta["twitter:title"], "meta"),
                (meta["title"], "meta"), (meta["dc.title"], "meta"), (meta["headline"], "meta"),
                (pageTitle(siteName: siteName), "page"),
            ]
        ).map { cutSiteName($0, siteName: siteName) }

        var dateCandidates: [(String?, String)] = [
            (jsonLD?.datePublished, "json-ld"), (meta["article:published_time"], "opengraph"),
            (meta["og:published_time"], "opengraph"), (meta["article:published"], "opengraph"),
        ]
        dateCandidates += dateMetaNames.map { (meta[$0], "meta") }
        dateCandidates += times.filter(\.isPublication).map { ($0.datetime, "time") }
        dateCandidates += times.prefix(1).map { ($0.datetime, "time") }
        for (value, source) in dateCandidates {
            if let value, let date = dateText.parse(value) {
                article.date = date
                article.dateBasis = .metadata
                sources["date"] = source
                break
            }
        }
        if article.date == nil, let url = article.url, let date = DateText.fromURLPath(url) {
            article.date = date
            article.dateBasis = .inferred
            sources["date"] = "url"
        }

        var authors: [String] = []
        if let names = jsonLD?.authors, !names.isEmpty {
            authors = names
            sources["authors"] = "json-ld"
        } else if let name = meta["article:author"], !name.contains("://") {
            authors = [name]
            sources["authors"] = "opengraph"
        } else if let name = authorMetaNames.lazy.compactMap({ meta[$0] }).first(where: { !$0.contains("://") }) {
            authors = [name]
            sources["authors"] = "meta"
        } else if !pageAuthors.isEmpty {
            authors = pageAuthors
            sources["authors"] = "page"
        }
        article.authors = PageMetadata.authorNames(authors)
        if article.authors.isEmpty { sources["authors"] = nil }

        article.section = pick(
            "section",
            [
                (jsonLD?.section, "json-ld"), (meta["article:section"], "opengraph"), (meta["section"], "meta"),
                (meta["parsely-section"], "meta"),
            ])
        article.language = pick(
            "language",
            [
                (jsonLD?.language, "json-ld"), (meta["og:locale"], "opengraph"),
                (meta["content-language"], "meta"), (meta["language"], "meta"), (htmlLanguage, "page"),
            ])
        if let url = article.url { article.outletDomain = AuthorList.domain(of: url) }
        article.metadataSources.merge(sources) { _, new in new }
    }

    /// The site name after the last separator of `<title>`: "Storm hits coast | Northern Ledger".
    private var titleSuffix: String? {
        guard let title = documentTitle else { return nil }
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let suffix = String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                if !suffix.isEmpty, suffix.count <= 40 { return suffix }
            }
        }
        return nil
    }

    /// The title from the page itself: the first `<h1>` if `<title>` contains it, else `<title>`.
    private func pageTitle(siteName: String?) -> String? {
        if let heading = firstHeading, !heading.isEmpty, let title = documentTitle,
            title.localizedLowercase.contains(heading.localizedLowercase)
        {
            return heading
        }
        return documentTitle ?? firstHeading
    }

    /// "Storm hits coast | Northern Ledger" → "Storm hits coast" when the site name is known.
    private func cutSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            let suffix = separator + siteName
            if title.lowercased().hasSuffix(suffix.lowercased()), title.count > suffix.count {
                return String(title.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    private func absoluteURL(_ value: String?) -> String? {
        guard let value, value.hasPrefix("http://") || value.hasPrefix("https://") else { return nil }
        return value
    }

    /// Author names from bylines: split on "and", commas and semicolons, without "By" or
    /// profile links, each name once.
    static func authorNames(_ bylines: [String]) -> [String] {
        var result: [String] = []
        for byline in bylines {
            var text = clean(byline)
            if text.lowercased().hasPrefix("by:") { text = String(text.dropFirst(3)) }
            for name in AuthorList.split(text) {
                let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty, !trimmed.contains("://"), !trimmed.contains("@"),
                    trimmed.count <= 80,
                    !result.contains(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame })
                else { continue }
                result.append(trimmed)
            }
        }
        return result
    }

    /// White space collapsed and trimmed.
    static func clean(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{A0}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
