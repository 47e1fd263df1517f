import Foundation

/// Splitting bylines into names, and other small metadata clean-ups shared by the readers.
enum AuthorList {
    /// The names in a byline: "By Kevin Johnson and Kevin McCoy" → ["Kevin Johnson", "Kevin McCoy"].
    static func split(_ byline: String) -> [String] {
        var text = byline.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        while let last = text.last, last == "|" || last == "," || last == " " { text.removeLast() }
        var names: [String] = []
        for part in text.replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: ";", with: ",")
            .split(separator: ",")
        {
            let name = part.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty && !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The host of a URL without `www.`: "https://www.bbc.co.uk/news" → "bbc.co.uk".
    static func domain(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }
}
