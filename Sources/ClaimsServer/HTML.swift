import ClaimsModel
import Foundation
import Storage

/// Escaping and links: every string from an article reaches a page through here or through
/// mustache's `{{ }}`, which escapes the same five characters.
enum HTML {
    /// `text` with `& < > " '` replaced by entities: safe in element text and quoted attributes.
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An article's URL as a link target, only when it is an absolute `http` or `https` URL with
    /// a host; anything else (`javascript:`, `data:`, relative paths) is shown as text, never linked.
    static func articleHref(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty,
            url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// `value` percent-encoded for a query string or a path segment: only unreserved characters
    /// stay as they are.
    static func component(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A query string of the pairs whose value is not empty, in order: `?q=oil&page=2`.
    static func query(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : component(name) + "=" + component($0) }
        }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }

    /// The article body as HTML, every character escaped, with the chosen claim's speaker, cue and
    /// content inside `<mark>` and the other claims' content lightly marked. Spans are code-point
    /// offsets; spans that overlap or run past the body are clipped, never trusted.
    static func highlightedBody(_ body: String, claim: StoredClaim, others: [StoredClaim]) -> String {
        let scalars = Array(body.unicodeScalars)
        // The class each code point is marked with; the chosen claim's spans win.
        var marks = [UInt8](repeating: 0, count: scalars.count)
        func paint(_ span: TextSpan?, _ mark: UInt8) {
            guard let span else { return }
            let start = max(0, min(span.start, scalars.count))
            let end = max(start, min(span.end, scalars.count))
            for index in start..<end where mark > marks[index] || mark >= 2 { marks[index] = mark }
        }
        for other in others where other.id != claim.id { paint(other.contentSpan, 1) }
        paint(claim.contentSpan, 2)
        paint(claim.cueSpan, 3)
        paint(claim.speakerSpan, 4)
        let names = ["", "other", "content", "cue", "speaker"]
        var out = ""
        out.reserveCapacity(scalars.count + 256)
        var index = 0
        while index < scalars.count {
            let mark = marks[index]
            var end = index
            while end < scalars.count && marks[end] == mark { end += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[index..<end])
            let escaped = escape(String(text))
            if mark == 0 {
                out += escaped
            } else {
                let id = mark == 2 && (index == 0 || marks[index - 1] < 2) ? " id=\"claim\"" : ""
                out += "<mark class=\"\(names[Int(mark)])\"\(id)>" + escaped + "</mark>"
            }
            index = end
        }
        return out
    }

    /// A word diff as HTML: removed words in `<del>`, added ones in `<ins>`, every word escaped.
    static func diff(_ parts: [WordDiff.Part]) -> String {
        parts.map { part in
            switch part {
            case .same(let text): escape(text)
            case .removed(let text): "<del>" + escape(text) + "</del>"
            case .added(let text): "<ins>" + escape(text) + "</ins>"
            }
        }.joined(separator: " ")
    }

    /// The rows of a table of claims (`claimrows.mustache` holds the table around them).
    ///
    /// Written here rather than in the template: the template engine looks every value up
    /// through dynamic casts, which made a page of 50 rows spend more time in it than in its
    /// queries. Every string from an article goes through `escape`.
    static func claimRows(_ claims: some Sequence<StoredClaim>) -> String {
        var out = ""
        out.reserveCapacity(16_384)
        func cell(_ name: String, _ text: String?, href: String?) {
            out += "<td class=\"\(name)\">"
            if let href {
                out += "<a href=\"\(escape(href))\">" + escape(text ?? "") + "</a>"
            } else {
                out += escape(text ?? "")
            }
            out += "</td>\n"
        }
        for claim in claims {
            out += "<tr>\n<td class=\"date\">" + escape(claim.date?.description ?? "") + "</td>\n"
            cell("actor", claim.actor ?? claim.speakerText, href: claim.actorID.map { "/actors/\($0)" })
            cell("cue", claim.cue, href: nil)
            cell("source", claim.source, href: claim.sourceID.map { "/actors/\($0)" })
            cell("outlet", claim.outlet, href: claim.outletID.map { "/outlets/\($0)" })
            out += "<td class=\"content\"><a href=\"/claims/\(claim.id)\">" + escape(claim.content)
            out += "</a> <span class=\"muted\">" + escape(claim.kind.rawValue)
            if let claimClass = claim.claimClass { out += " · " + escape(claimClass.rawValue) }
            out += "</span></td>\n</tr>\n"
        }
        return out
    }
}
