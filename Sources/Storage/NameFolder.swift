import ClaimsModel
import Foundation

/// Turns a name as written into the key it is stored and searched under.
///
/// The key is lower case, without diacritics, apostrophes or punctuation, words separated by one
/// space, without a leading "the", and, for people, without the titles in front of the name:
/// "Defense Minister Nebojša Stefanović" → `nebojsa stefanovic`, "The Geopost" → `geopost`.
struct NameFolder: Sendable {
    /// Words dropped from the front of a person's name ("president", "minister"), from the
    /// database's `titles` table.
    let titles: Set<String>

    init(titles: Set<String>) {
        self.titles = titles
    }

    /// The folded words of `name`, titles removed for people and unknown kinds.
    func words(_ name: String, kind: ActorKind? = nil) -> [String] {
        var words = Self.foldedWords(name)
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        if kind == nil || kind == .person || kind == .unknown {
            while words.count > 1 && titles.contains(words[0]) { words.removeFirst() }
        }
        return words
    }

    /// The key of `name`: its folded words joined by spaces; empty when it has no letters.
    func key(_ name: String, kind: ActorKind? = nil) -> String {
        words(name, kind: kind).joined(separator: " ")
    }

    /// The words of `name` in lower case without diacritics; apostrophes join, anything else
    /// that is not a letter or digit separates.
    ///
    /// - Complexity: O(n); ASCII names skip Unicode decomposition.
    static func foldedWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let scalars = isASCII ? name.unicodeScalars : name.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(value + 0x20)!)
                } else if value != 0x27 {  // an apostrophe joins "Kosovo's"
                    flush()
                }
                continue
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue  // the accents left by decomposition, zero-width joiners
            default: break
            }
            if scalar == "\u{2019}" || scalar == "\u{02BC}" { continue }  // typographic apostrophes
            if let replacement = Self.letterFoldings[scalar] {
                current.append(contentsOf: replacement.unicodeScalars)
            } else if properties.isAlphabetic || properties.numericType != nil {
                current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Letters that carry no combining mark to strip but are still written without one in
    /// English text ("Đoković" → "Djokovic" is the press spelling; "dokovic" is what a reader types).
    private static let letterFoldings: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]
}
