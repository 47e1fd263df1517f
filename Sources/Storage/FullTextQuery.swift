import Foundation

/// Turns what a person types into an FTS5 query.
///
/// By default every word is searched as a word: each is wrapped in double quotes (inner quotes
/// doubled), so `"`, `*`, `AND`, `NEAR(`, `-` and `:` are text, never syntax; all words must
/// occur. Raw mode hands the text to FTS5 unchanged, for users who want its syntax.
enum FullTextQuery {
    /// The FTS5 query that matches every word of `text`; `nil` when it has no letter or digit.
    static func words(_ text: String) -> String? {
        var phrases: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            // A word of punctuation alone ("-", "*", "(") has no token to match; FTS5 would
            // reject the empty phrase, and the person meant nothing by it.
            guard
                word.unicodeScalars.contains(where: {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                })
            else { continue }
            phrases.append("\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: " ")
    }
}
