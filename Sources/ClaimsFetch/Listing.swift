import CLibXML2
import Foundation

/// What an XML answer lists: the pages of a feed or a sitemap, or the sitemaps of a sitemap
/// index. Links are resolved against the document's URL (and Atom's `xml:base`); only http and
/// https links are kept, each once, in document order.
enum Listing: Sendable, Hashable {
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed: the links of its items or entries.
    case feed([String])
    /// A sitemap (`urlset`): the `loc` of each `url`.
    case sitemap([String])
    /// A sitemap index: the `loc` of each `sitemap`.
    case sitemapIndex([String])
    /// An XHTML page, not a listing.
    case page
    /// XML of another kind; `root` names its root element.
    case otherXML(root: String)

    /// The listing in `bytes`, an XML document fetched from `url`.
    init(parsing bytes: [UInt8], url: String) throws(XMLTree.NotXML) {
        let tree = try XMLTree(bytes, url: url)
        guard let root = tree.root else { throw XMLTree.NotXML(message: "no root element", line: 0) }
        let base = URL(string: url)
        switch XMLTree.localName(of: root) {
        case "rss":
            let items = XMLTree.children(of: root, named: "channel").flatMap {
                XMLTree.children(of: $0, named: "item")
            }
            self = .feed(Self.links(items.compactMap(Self.rssLink), base: base))
        case "rdf":
            // RSS 1.0: items are children of the root.
            let items = XMLTree.children(of: root, named: "item")
            self = .feed(Self.links(items.compactMap(Self.rssLink), base: base))
        case "feed":
            let feedBase = Self.base(of: root, inside: base)
            let links = XMLTree.children(of: root, named: "entry").compactMap { entry in
                Self.atomLink(entry).flatMap { link in
                    URL(string: link, relativeTo: Self.base(of: entry, inside: feedBase))?.absoluteString
                }
            }
            self = .feed(Self.links(links, base: nil))
        case "urlset":
            let locations = XMLTree.children(of: root, named: "url").compactMap(Self.location)
            self = .sitemap(Self.links(locations, base: base))
        case "sitemapindex":
            let locations = XMLTree.children(of: root, named: "sitemap").compactMap(Self.location)
            self = .sitemapIndex(Self.links(locations, base: base))
        case "html":
            self = .page
        case let other:
            self = .otherXML(root: other)
        }
    }

    /// An RSS item's `link`, else its `guid` when that is a permalink.
    private static func rssLink(_ item: xmlNodePtr) -> String? {
        if let link = XMLTree.children(of: item, named: "link").first.map(XMLTree.text), !link.isEmpty {
            return link
        }
        guard let guid = XMLTree.children(of: item, named: "guid").first,
            XMLTree.attribute(guid, "isPermaLink")?.lowercased() != "false"
        else { return nil }
        let text = XMLTree.text(of: guid)
        return text.hasPrefix("http") ? text : nil
    }

    /// An Atom entry's page: its `alternate` link (a plain `link` is one), preferring HTML.
    private static func atomLink(_ entry: xmlNodePtr) -> String? {
        let alternates = XMLTree.children(of: entry, named: "link").filter { link in
            let relation = XMLTree.attribute(link, "rel")?.lowercased() ?? "alternate"
            return relation == "alternate" && XMLTree.attribute(link, "href") != nil
        }
        let html = alternates.first { link in
            let type = XMLTree.attribute(link, "type")?.lowercased() ?? "text/html"
            return type.contains("html")
        }
        if let chosen = html ?? alternates.first { return XMLTree.attribute(chosen, "href") }
        // Some feeds give only the entry's id, which is often its URL.
        let id = XMLTree.children(of: entry, named: "id").first.map(XMLTree.text)
        return id.flatMap { $0.hasPrefix("http") ? $0 : nil }
    }

    /// A sitemap entry's `loc`.
    private static func location(_ entry: xmlNodePtr) -> String? {
        let text = XMLTree.children(of: entry, named: "loc").first.map(XMLTree.text)
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `xml:base` of an element, resolved inside `base`.
    private static func base(of node: xmlNodePtr, inside base: URL?) -> URL? {
        guard let raw = xmlNodeGetBase(node.pointee.doc, node) else { return base }
        defer { claims_xml_free(raw) }
        return URL(string: String(cString: raw), relativeTo: base)?.absoluteURL ?? base
    }

    /// `links` resolved against `base`, http(s) only, each once, fragments dropped.
    private static func links(_ links: [String], base: URL?) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for link in links {
            guard
                var components = URL(string: link.trimmingWhiteSpace(), relativeTo: base)
                    .flatMap({ URLComponents(url: $0.absoluteURL, resolvingAgainstBaseURL: true) }),
                let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
                components.host?.isEmpty == false
            else { continue }
            components.fragment = nil
            guard let resolved = components.string, seen.insert(resolved).inserted else { continue }
            result.append(resolved)
        }
        return result
    }
}
