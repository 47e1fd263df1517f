import Foundation

/// Turns what a person types into an FTS5 query.
///
/// By default every word is searched as a word and text in double quotes (straight or curly)
/// as a phrase, its words next to each other: each is wrapped in FTS5's own quotes, so `*`,
/// `AND`, `NEAR(`, `-` and `:` are text, never syntax; all must occur. An unclosed quote runs to
/// the end. Raw mode hands the text to FTS5 unchanged, for users who want its syntax.
enum FullTextQuery {
    /// The FTS5 query that matches every word and phrase of `text`; `nil` when it has no letter
    /// or digit.
    static func words(_ text: String) -> String? {
        var phrases: [String] = []
        var current = ""
        var quoted = false
        func close() {
            // Text of punctuation alone ("-", "*", "(") has no token to match; FTS5 would
            // reject the empty phrase, and the person meant nothing by it.
            if current.unicodeScalars.contains(where: {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }) {
                phrases.append("\"" + current + "\"")
            }
            current = ""
        }
        for character in text {
            if character == "\"" || character == "\u{201C}" || character == "\u{201D}" {
                close()
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                close()
            } else {
                current.append(character)
            }
        }
        close()
        return phrases.isEmpty ? nil : phrases.joined(separator: " ")
    }
}
