import Foundation

/// The schema.org article a page describes in its `<script type="application/ld+json">` blocks.
///
/// Looks through every block, including `@graph` arrays and nested objects, for the first object
/// whose `@type` is an article type (`NewsArticle`, `Article`, `ReportageNewsArticle`, ... from
/// `html-jsonld-article-types.txt`); `{"@id": ...}` references to a publisher or author elsewhere
/// on the page are followed.
struct JSONLDArticle {
    var headline: String?
    var publisher: String?
    var datePublished: String?
    var dateCreated: String?
    var authors: [String] = []
    var url: String?
    var section: String?
    var language: String?
    var body: String?

    /// The first article described by `scripts`, or `nil`.
    static func find(in scripts: [String], types: Set<String>) -> JSONLDArticle? {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = parse(script) else { continue }
            collectObjects(value, into: &objects)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, object.count > 1, byID[id] == nil { byID[id] = object }
        }
        guard let object = objects.first(where: { isArticle($0, types: types) }) else { return nil }
        func resolve(_ value: Any?) -> Any? {
            if let reference = value as? [String: Any], reference.count == 1,
                let id = reference["@id"] as? String
            {
                return byID[id] ?? value
            }
            return value
        }
        var article = JSONLDArticle()
        article.headline = string(object["headline"]) ?? string(object["name"])
        article.publisher = name(resolve(object["publisher"])) ?? name(resolve(object["sourceOrganization"]))
        article.datePublished = string(object["datePublished"])
        article.dateCreated = string(object["dateCreated"])
        article.authors =
            names(object["author"], resolve: resolve) + names(object["creator"], resolve: resolve)
        article.url =
            string(object["url"]) ?? string((resolve(object["mainEntityOfPage"]) as? [String: Any])?["@id"])
            ?? string(object["mainEntityOfPage"])
        article.section = string(object["articleSection"])
        article.language = string(object["inLanguage"])
        article.body = string(object["articleBody"])
        return article
    }

    /// Parses one script, forgiving the usual damage: comment or CDATA wrappers and raw line breaks.
    private static func parse(_ script: String) -> Any? {
        var text = script
        // Wrappers start with "<" or "/"; a plain JSON script needs no string work.
        let first = text.utf8.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "/") {
            for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"]
            where text.contains(wrapper) {
                text = text.replacingOccurrences(of: wrapper, with: "")
            }
        }
        let data = Data(text.utf8)
        if let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            return value
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix(";") { text.removeLast() }
        // Raw control characters inside strings are the commonest error; outside them they are spaces.
        let cleaned = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    /// Every object in `value`, breadth first, without recursion.
    private static func collectObjects(_ value: Any, into objects: inout [[String: Any]]) {
        var queue: [Any] = [value]
        var index = 0
        while index < queue.count, objects.count < 10_000 {
            let current = queue[index]
            index += 1
            if let array = current as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = current as? [String: Any] {
                objects.append(object)
                for (key, child) in object where key == "@graph" || child is [String: Any] || child is [Any] {
                    queue.append(child)
                }
            }
        }
    }

    private static func isArticle(_ object: [String: Any], types: Set<String>) -> Bool {
        let declared: [String]
        if let type = object["@type"] as? String {
            declared = [type]
        } else if let list = object["@type"] as? [String] {
            declared = list
        } else {
            return false
        }
        return declared.contains {
            types.contains($0.replacingOccurrences(of: "http://schema.org/", with: ""))
        }
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any], let first = list.first { return string(first) }
        return nil
    }

    private static func name(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let list = value as? [Any], let first = list.first { return name(first) }
        return string(value)
    }

    private static func names(_ value: Any?, resolve: (Any?) -> Any?) -> [String] {
        guard let value else { return [] }
        let items = (value as? [Any]) ?? [value]
        var result: [String] = []
        for item in items {
            let resolved = resolve(item)
            if let name = name(resolved) { result.append(name) }
        }
        return result
    }
}
