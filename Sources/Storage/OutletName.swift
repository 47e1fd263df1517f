import Foundation

/// How an outlet's name, as a page or a feed gives it, becomes the publisher's name, and which
/// outlets a name typed in a search means.
enum OutletName {
    /// `name` without what is not the publisher's name: a wire credited in parentheses ("Yahoo
    /// News (Associated Press)" is Yahoo News carrying an AP story) and a slogan after a dash or
    /// a bar ("Yahoo News - Latest News & Headlines"), when a short name stands before it.
    static func cleaned(_ name: String) -> String {
        var name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            let head = name[..<open].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty { name = head }
        }
        for separator in [" - ", " | ", " – ", " — "] {
            guard let range = name.range(of: separator) else { continue }
            let head = name[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let words = head.split(separator: " ").count
            if words >= 1 && words <= 4 { name = head }
        }
        return name
    }

    /// Whether a person typing `query` means the outlet `name` at `domain`: its name, its name's
    /// first words ("bbc" for BBC News), its initials ("nyt" for The New York Times, "wsj"),
    /// or its domain with or without the ending ("nytimes", "bbc.co.uk").
    static func matches(_ query: String, name: String, domain: String?) -> Bool {
        let typed = significant(NameFolder.foldedWords(query))
        let words = significant(NameFolder.foldedWords(cleaned(name)))
        guard !typed.isEmpty, !words.isEmpty else { return false }
        if words.starts(with: typed) { return true }
        if typed.count == 1, typed[0].count >= 2 {
            let initials = String(words.filter { !joiningWords.contains($0) }.compactMap(\.first))
            if initials == typed[0] { return true }
        }
        guard let domain = domain?.lowercased() else { return false }
        let host = domain.hasPrefix("www.") ? String(domain.dropFirst(4)) : domain
        return query.lowercased() == host || (typed.count == 1 && typed[0] == siteLabel(host))
    }

    /// The words without a leading "the".
    private static func significant(_ words: [String]) -> [String] {
        words.first == "the" ? Array(words.dropFirst()) : words
    }

    /// Words that do not give an initial ("Times of India" is "toi" either way, but "News and
    /// Observer" is "no").
    private static let joiningWords: Set<String> = ["of", "and", "the", "on", "for"]

    /// The label that names the site: "nytimes" in "nytimes.com", "bbc" in "bbc.co.uk", "ap"
    /// in "hosted.ap.org".
    static func siteLabel(_ host: String) -> String? {
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return nil }
        labels.removeLast()
        // A country ending after a generic second level: "co.uk", "com.au", "org.nz".
        if labels.count >= 2, host.split(separator: ".").last?.count == 2,
            ["co", "com", "org", "net", "ac", "gov"].contains(labels.last!)
        {
            labels.removeLast()
        }
        return labels.last
    }
}
