import CLibXML2
import ClaimsModel
import Foundation

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
    var times: [(datetime: String, isPublication: Bool)] = []
    /// Bylines marked as such (`rel=author`, `itemprop=author`), then by class word.
    var markedAuthors: [String] = []
    private var markedGroup: xmlNodePtr?
    /// Short texts of the page that may be its printed date ("November 15, 2019").
    var dateTexts: [String] = []
    var authorClassTexts: [String] = []
    var bylineClassTexts: [String] = []
    var headings: [String] = []
    var scripts: [String] = []
    var jsonLD: JSONLDArticle?
    /// The JSON object some pages keep in `<meta name="parsely-page">`.
    var parsely: [String: Any] = [:]
    private let lists: HTMLWordLists
    /// Class names already looked at for byline words: (names authors, holds a byline).
    private var bylineClasses: [String: (Bool, Bool)] = [:]

    /// Walks the whole page once for metadata.
    init(document: HTMLDocument, lists: HTMLWordLists) {
        self.lists = lists
        guard let root = document.root else { return }
        if let lang = HTMLDocument.attribute(root, "lang"), !lang.isEmpty { htmlLanguage = lang }
        document.walk(
            root,
            enter: { node in
                if node.pointee.type == XML_TEXT_NODE {
                    readDateText(node)
                    return false
                }
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
                    if documentTitle == nil {
                        documentTitle = PageMetadata.clean(HTMLDocument.text(of: node))
                    }
                    return false
                case .h1:
                    if headings.count < 4 { headings.append(PageMetadata.clean(HTMLDocument.text(of: node))) }
                    return false
                case .time:
                    if let datetime = HTMLDocument.attribute(node, "datetime")
                        ?? HTMLDocument.attribute(node, "content")
                    {
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
        jsonLD = JSONLDArticle.find(in: scripts, types: lists.articleTypes)
        if let text = meta["parsely-page"], let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            parsely = object
        }
    }

    private var firstHeading: String? { headings.first }

    private func parselyString(_ key: String) -> String? {
        if let text = parsely[key] as? String { return text }
        if let list = parsely[key] as? [String] { return list.joined(separator: ", ") }
        return nil
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        guard
            let content = HTMLDocument.attribute(node, "content") ?? HTMLDocument.attribute(node, "datetime")
        else { return }
        let value = PageMetadata.clean(content)
        guard !value.isEmpty else { return }
        for attribute in ["property", "name", "itemprop", "http-equiv"] {
            if let name = HTMLDocument.attribute(node, attribute)?.lowercased(), !name.isEmpty,
                meta[name] == nil
            {
                meta[name] = value
            }
        }
    }

    /// Keeps the first few short texts of the body that hold a year, as page-text dates.
    private mutating func readDateText(_ node: xmlNodePtr) {
        guard dateTexts.count < 6, let content = node.pointee.content,
            let parentName = node.pointee.parent?.pointee.name,
            !HTMLDocument.isName(parentName, "title"), !HTMLDocument.isName(parentName, "script")
        else { return }
        var length = 0
        var hasYear = false
        var pointer = content
        while pointer.pointee != 0 {
            length += 1
            if length > 80 { return }
            if (pointer.pointee == 0x31 && pointer[1] == 0x39)
                || (pointer.pointee == 0x32 && pointer[1] == 0x30)
            {
                hasYear = true
            }
            pointer += 1
        }
        if hasYear && length >= 8 { dateTexts.append(String(cString: content)) }
    }

    /// Whether a class attribute contains, in any case, one of the byline class words.
    private func mayHoldBylineWord(_ text: UnsafePointer<xmlChar>) -> Bool {
        for word in lists.bylineProbes {
            var start = text
            while start.pointee != 0 {
                var offset = 0
                while offset < word.count, start[offset] != 0, start[offset] | 0x20 == word[offset] {
                    offset += 1
                }
                if offset == word.count { return true }
                start += 1
            }
        }
        return false
    }

    /// Bylines marked up in the page: `rel=author`, `itemprop=author`, or a class word such as
    /// `author` or `byline`.
    private mutating func readAuthorMarkup(_ node: xmlNodePtr) {
        guard node.pointee.properties != nil else { return }
        var rel: String?
        var itemprop: String?
        var className: String?
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard let name = current.pointee.name else { continue }
            switch name.pointee {
            case 0x72 where HTMLDocument.isName(name, "rel"):
                rel = HTMLDocument.value(of: current).lowercased()
            case 0x69 where HTMLDocument.isName(name, "itemprop"):
                itemprop = HTMLDocument.value(of: current).lowercased()
            case 0x63 where HTMLDocument.isName(name, "class"):
                // Most class names hold no byline word: look at the bytes before making a string.
                if let text = current.pointee.children?.pointee.content, mayHoldBylineWord(text) {
                    className = HTMLDocument.value(of: current)
                }
            default: break
            }
        }
        let marked = rel == "author" || itemprop == "author"
        var byName = false
        var byByline = false
        if !marked, let className {
            if let known = bylineClasses[className] {
                (byName, byByline) = known
            } else {
                for name in className.split(separator: " ") {
                    let words = BoilerplateRules.words(name)
                    if words.contains(where: lists.bylineNames.contains) { byName = true }
                    if words.contains(where: lists.bylineBlocks.contains) { byByline = true }
                }
                bylineClasses[className] = (byName, byByline)
            }
        }
        guard marked || byName || byByline else { return }
        var text: String
        if byByline && !byName && !marked {
            // A byline box's later lines are its affiliation ("Associated Press") or a date.
            let lines = HTMLDocument.text(of: node, breaksLines: true).split(separator: "\n")
            text = PageMetadata.clean(
                lines.first { !PageMetadata.clean(String($0)).isEmpty }.map(String.init) ?? "")
        } else {
            text = PageMetadata.clean(HTMLDocument.text(of: node))
        }
        if itemprop == "author", let name = PageMetadata.descendant(of: node, itemprop: "name") {
            text = PageMetadata.clean(HTMLDocument.attribute(name, "content") ?? HTMLDocument.text(of: name))
        }
        guard !text.isEmpty, text.count <= 120 else { return }
        if marked {
            // Several marked names count only when they sit together, as one byline does.
            let group = node.pointee.parent?.pointee.parent
            if markedAuthors.isEmpty { markedGroup = group }
            if markedAuthors.count < 8, group == markedGroup { markedAuthors.append(text) }
        } else if byName {
            if authorClassTexts.count < 8 { authorClassTexts.append(text) }
        } else if bylineClassTexts.count < 4 {
            bylineClassTexts.append(text)
        }
    }

    // MARK: Fields

    /// Sets the article's metadata fields from these signals, recording each one's source.
    func apply(to article: inout Article) {
        let dateText = lists.dateText
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

        let domain = article.url.flatMap(AuthorList.domain(of:)) ?? canonical.flatMap(AuthorList.domain(of:))
        let knownOutlet = domain.flatMap(PageMetadata.knownOutlet(lists.outletNames))
        let siteName = pick(
            "outlet",
            [
                (knownOutlet, "lexicon"),
                (jsonLD?.publisher, "json-ld"), (meta["og:site_name"], "opengraph"),
                (meta["application-name"], "meta"), (meta["publisher"], "meta"),
                (meta["dc.publisher"], "meta"),
                (meta["apple-mobile-web-app-title"], "meta"), (titleSuffix, "page"),
            ])
        article.outlet = siteName

        article.title = chooseTitle(siteName: siteName, sources: &sources)

        var dateCandidates: [(String?, String)] = [
            (jsonLD?.datePublished, "json-ld"), (meta["article:published_time"], "opengraph"),
            (meta["og:published_time"], "opengraph"), (meta["article:published"], "opengraph"),
        ]
        dateCandidates.append((parselyString("pub_date"), "meta"))
        dateCandidates += lists.dateMetaNames.map { (meta[$0], "meta") }
        dateCandidates += times.filter(\.isPublication).map { ($0.datetime, "time") }
        dateCandidates += times.prefix(1).map { ($0.datetime, "time") }
        dateCandidates.append((jsonLD?.dateCreated, "json-ld"))
        dateCandidates += dateTexts.map { ($0, "page") }
        for (value, source) in dateCandidates {
            if let value, let date = dateText.parse(value) {
                article.date = date
                article.dateBasis = .metadata
                sources["date"] = source
                break
            }
        }
        if article.date == nil, let url = article.url ?? canonical, let date = DateText.fromURLPath(url) {
            article.date = date
            article.dateBasis = .inferred
            sources["date"] = "url"
        }

        let authorCandidates: [([String], String)] = [
            (jsonLD?.authors ?? [], "json-ld"),
            ([meta["article:author"], meta["og:article:author"]].compactMap { $0 }, "opengraph"),
            (
                lists.authorMetaNames.compactMap { meta[$0] }.prefix(1)
                    + [parselyString("author")].compactMap { $0 }, "meta"
            ),
            (markedAuthors, "page"),
        ]
        // Of the bylines found by class word, the first whose every name looks like a name.
        let classBylines = (authorClassTexts + bylineClassTexts).map { authorNames([$0]) }
        let pageByline =
            classBylines.first { !$0.isEmpty && $0.allSatisfy(PageMetadata.isPlausibleName) } ?? []
        for (bylines, source) in authorCandidates + [(pageByline, "page")] {
            var names = authorNames(bylines.filter { !$0.contains("://") })
            if source == "page", !names.allSatisfy(PageMetadata.isPlausibleName) { names = [] }
            if !names.isEmpty {
                article.authors = names
                sources["authors"] = source
                break
            }
        }

        article.section = pick(
            "section",
            [
                (jsonLD?.section, "json-ld"), (meta["article:section"], "opengraph"),
                (meta["section"], "meta"),
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

    /// The outlet of `domain` or of the nearest parent domain in the table.
    private static func knownOutlet(_ table: [String: String]) -> (String) -> String? {
        { domain in
            var host = Substring(domain)
            while host.contains(".") {
                if let name = table[String(host)] { return name }
                guard let dot = host.firstIndex(of: ".") else { break }
                host = host[host.index(after: dot)...]
            }
            return nil
        }
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

    /// The title: the most trusted metadata title that the page's own headline or `<title>`
    /// confirms; else the page's `<title>` when its headline confirms it; else the most trusted.
    ///
    /// Pages often give search engines a different headline in JSON-LD than the one they show,
    /// and some OpenGraph titles are the site's slogan.
    private func chooseTitle(siteName: String?, sources: inout [String: String]) -> String? {
        let candidates: [(String?, String)] = [
            (jsonLD?.headline, "json-ld"), (meta["og:title"], "opengraph"), (meta["twitter:title"], "meta"),
            (meta["title"], "meta"), (meta["dc.title"], "meta"), (meta["headline"], "meta"),
            (parselyString("title"), "meta"),
        ]
        let present = candidates.compactMap { value, source in
            value.map { (cutSiteName(PageMetadata.clean($0), siteName: siteName), source) }
        }.filter { !$0.0.isEmpty }
        let pageTitle = documentTitle.map { cutSiteName($0, siteName: siteName) }
        func confirmed(by shown: [String]) -> (String, String)? {
            let keys = shown.map(PageMetadata.titleKey)
            return present.first { value, _ in
                let key = PageMetadata.titleKey(value)
                return keys.contains(where: { $0 == key || ($0.hasPrefix(key) && key.count >= 20) })
            }
        }
        // The headline shown on the page confirms best, then the window title.
        if let (value, source) = confirmed(by: headings) {
            sources["title"] = source
            return value
        }
        if let pageTitle, let (value, source) = confirmed(by: [pageTitle]) {
            sources["title"] = source
            return value
        }
        if let pageTitle, !pageTitle.isEmpty, let heading = firstHeading.map(PageMetadata.titleKey),
            heading.hasPrefix(PageMetadata.titleKey(pageTitle))
        {
            sources["title"] = "page"
            return pageTitle
        }
        if let (value, source) = present.first {
            sources["title"] = source
            return value
        }
        if let heading = firstHeading, !heading.isEmpty {
            sources["title"] = "page"
            return heading
        }
        if let pageTitle, !pageTitle.isEmpty {
            sources["title"] = "page"
            return pageTitle
        }
        return nil
    }

    /// A title reduced for comparison: letters and digits only, lower case.
    private static func titleKey(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
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

    /// Author names from bylines: "By" and "Analysis by" dropped, a trailing "| Outlet" or
    /// e-mail cut, split on "and", commas and semicolons, job titles dropped beside real names,
    /// all-capital names put in title case, each name once.
    func authorNames(_ bylines: [String]) -> [String] {
        var result: [String] = []
        var roles: [String] = []
        for byline in bylines {
            var text = PageMetadata.clean(byline)
            if let bar = text.range(of: " | ") ?? text.range(of: " - ") {
                text = String(text[..<bar.lowerBound])
            }
            if let by = text.range(of: " by ", options: .caseInsensitive),
                text.distance(from: text.startIndex, to: by.lowerBound) <= 20
            {
                text = String(text[by.upperBound...])
            }
            if text.lowercased().hasPrefix("by:") { text = String(text.dropFirst(3)) }
            for name in AuthorList.split(text) {
                var trimmed = name.trimmingCharacters(
                    in: .whitespacesAndNewlines.union(.punctuationCharacters))
                guard !trimmed.isEmpty, !trimmed.contains("://"), !trimmed.contains("@"), trimmed.count <= 60,
                    !trimmed.contains(where: \.isNumber)
                else { continue }
                if trimmed == trimmed.uppercased(), trimmed.count > 3 { trimmed = trimmed.capitalized }
                if result.contains(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) { continue }
                let words = trimmed.lowercased().split(separator: " ").map(String.init)
                if words.contains(where: lists.authorRoles.contains) {
                    roles.append(trimmed)
                } else {
                    result.append(trimmed)
                }
            }
        }
        return result.isEmpty ? roles : result
    }

    /// The first element below `node` (within 200 nodes) with the given `itemprop`.
    static func descendant(of node: xmlNodePtr, itemprop: String) -> xmlNodePtr? {
        var queue: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            queue.append(current)
            child = current.pointee.next
        }
        var index = 0
        while index < queue.count, index < 200 {
            let current = queue[index]
            index += 1
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            if HTMLDocument.attribute(current, "itemprop") == itemprop { return current }
            var next = current.pointee.children
            while let grandchild = next {
                queue.append(grandchild)
                next = grandchild.pointee.next
            }
        }
        return nil
    }

    /// Whether text from the page can be a byline name: one to five words, each capitalised
    /// or a name particle ("de", "van", "bin").
    static func isPlausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let particles: Set<Substring> = [
            "de", "da", "del", "van", "von", "der", "den", "al", "bin", "la", "le", "du",
        ]
        return words.allSatisfy { word in
            particles.contains(word) || (word.first?.isUppercase == true && (word.count > 1 || word == "&"))
        } && !name.contains(":") && words.contains { $0.count > 2 }
    }

    /// White space (and no-break spaces) collapsed to single spaces, and trimmed.
    static func clean(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        var lookahead: UInt8? = iterator.next()
        while let byte = lookahead {
            lookahead = iterator.next()
            let isSpace: Bool
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                isSpace = true
            } else if byte == 0xC2, lookahead == 0xA0 {
                lookahead = iterator.next()
                isSpace = true
            } else {
                isSpace = false
            }
            if isSpace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
