/// The abbreviations an article defines: "the International Monetary Fund (IMF)" makes "IMF"
/// stand for "International Monetary Fund" in that article.
///
/// The short form must be two to eight capital letters that are the initials of the name's
/// capitalised words, in order ("Organization of the Petroleum Exporting Countries (OPEC)";
/// joining words such as "of", "the", "and" give no letter), so a parenthesis that is a party
/// tag, a place or a ticker is never taken for one.
enum AbbreviationFinder {
    /// Short form → full name, the first definition of each short form winning.
    static func abbreviations(in tokens: [Token], text: (Range<Int>) -> String) -> [String: String] {
        var found: [String: String] = [:]
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "(", tokens[index + 2].text == ")", tokens[index + 1].kind == .word
            else { continue }
            let short = tokens[index + 1].text
            guard (2...8).contains(short.count), short.allSatisfy({ $0.isUppercase && $0.isLetter }),
                found[short] == nil,
                let start = nameStart(before: index, initials: Array(short), tokens: tokens)
            else { continue }
            found[short] = text(start..<index)
        }
        return found
    }

    /// Where the name whose initials spell `initials` starts, reading back from `end`.
    private static func nameStart(before end: Int, initials: [Character], tokens: [Token]) -> Int? {
        var remaining = initials
        var index = end - 1
        while index >= 0, let last = remaining.last {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalized, token.text.first == last {
                remaining.removeLast()
                if remaining.isEmpty { return index }
            } else if !joiningWords.contains(token.lower) {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Short forms the article uses without defining them, for an organisation it named before:
    /// "S and P" after "Standard and Poor's Corp", "NATO" after "North Atlantic Treaty
    /// Organization". The short form must be the initials of that name's capitalised words, in
    /// order, without its legal suffix ("Corp"), and fit only one organisation of the article.
    static func initialisms(
        in tokens: [Token], organizations: [(name: String, position: Int)], legalSuffixes: Set<String>,
        defined: [String: String]
    ) -> [String: String] {
        var byInitials: [String: (name: String, position: Int, core: [Substring])] = [:]
        var shared: Set<String> = []
        for organization in organizations {
            let words = organization.name.split(separator: " ").filter {
                !joiningWords.contains($0.lowercased()) && !legalSuffixes.contains(String($0))
            }
            // A name that is itself a short form ("S and P") spells nothing.
            guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }),
                !words.allSatisfy({ $0.count == 1 })
            else { continue }
            // "U.S." gives both its letters.
            let initials = String(
                words.flatMap { word in
                    word.contains(".") ? word.filter(\.isLetter).map { $0 } : [word.first!]
                })
            // "Standard and Poor's" and "Standard and Poor's Corp" are one firm.
            if let known = byInitials[initials], known.core != words { shared.insert(initials) }
            if byInitials[initials] == nil {
                byInitials[initials] = (organization.name, organization.position, words)
            }
        }
        for initials in shared { byInitials[initials] = nil }
        guard !byInitials.isEmpty else { return [:] }
        var found: [String: String] = [:]
        for (index, token) in tokens.enumerated() where token.kind == .word {
            // "NATO" as one word, or "S and P" as single capitals joined by "and".
            var short = token.text
            var letters = token.text
            if token.text.count == 1, index + 2 < tokens.count, tokens[index + 1].lower == "and",
                tokens[index + 2].text.count == 1
            {
                short = token.text + " and " + tokens[index + 2].text
                letters = token.text + tokens[index + 2].text
            }
            guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }),
                found[short] == nil, defined[short] == nil,
                let organization = byInitials[letters], organization.position < index
            else { continue }
            found[short] = organization.name
        }
        return found
    }

    private static let joiningWords: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "&"]
}
