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

    private static let joiningWords: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "&"]
}
