/// What an element's class and id say about it, from the `html-*.txt` lexicons.
struct BoilerplateRules: Sendable {
    /// The verdict of an element's class and id words.
    enum Verdict: Sendable {
        /// Page furniture: navigation, ads, share buttons, captions; dropped.
        case furniture
        /// Marked as article text: kept, and a better container.
        case content
        /// Lists, teasers and metadata: kept, but a worse container.
        case weak
        case neutral
    }

    private let furnitureWords: Set<String>
    private let furniturePrefixes: [String]
    private let furnitureNames: Set<String>
    private let contentWords: Set<String>
    private let weakWords: Set<String>
    private let furnitureTexts: Set<String>
    private let closingPhrases: [String]

    init(lexicon: Lexicon) {
        var words: Set<String> = []
        var prefixes: [String] = []
        var names: Set<String> = []
        for entry in lexicon.entries("html-boilerplate-classes.txt") {
            let word = entry.lowercased()
            if word.hasPrefix("=") {
                names.insert(String(word.dropFirst()))
            } else if word.hasSuffix("*") {
                prefixes.append(String(word.dropLast()))
            } else {
                words.insert(word)
            }
        }
        furnitureWords = words
        furniturePrefixes = prefixes
        furnitureNames = names
        contentWords = Set(lexicon.entries("html-content-classes.txt").map { $0.lowercased() })
        weakWords = Set(lexicon.entries("html-negative-classes.txt").map { $0.lowercased() })
        furnitureTexts = Set(
            lexicon.entries("html-boilerplate-text.txt").map { BoilerplateRules.textKey($0) })
        closingPhrases = lexicon.entries("html-closing-phrases.txt").map { $0.lowercased() }
    }

    /// The verdict for the space-separated class names and id of one element.
    ///
    /// A class name is split into words on `-`, `_` and camelCase. A furniture word counts when
    /// no content word shares its class name, or when it comes first or last in it
    /// ("story-sidebar", "related-article"); any content-marked name protects the element.
    func verdict(_ names: String) -> Verdict {
        var furniture = false
        var content = false
        var weak = false
        for name in names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let whole = name.lowercased()
            if furnitureNames.contains(whole) {
                furniture = true
                continue
            }
            let words = BoilerplateRules.words(name)
            guard !words.isEmpty else { continue }
            let marks = words.map(isFurnitureWord)
            let hasContent = words.contains(where: contentWords.contains)
            if marks.contains(true) && (!hasContent || marks.first! || marks.last!) {
                furniture = true
            } else if hasContent {
                content = true
            }
            if words.contains(where: weakWords.contains) { weak = true }
        }
        if content { return .content }
        if furniture { return .furniture }
        return weak ? .weak : .neutral
    }

    /// Whether a whole paragraph is page furniture ("Advertisement", "Share this article").
    func isFurnitureText(_ text: String) -> Bool {
        text.utf8.count <= 60 && furnitureTexts.contains(BoilerplateRules.textKey(text))
    }

    /// Whether a short paragraph is a call to action ("Sign up for our newsletter"), as pages
    /// put after the article.
    func isClosingCall(_ text: String) -> Bool {
        guard text.utf8.count <= 250 else { return false }
        let lowered = text.lowercased()
        return closingPhrases.contains { lowered.contains($0) }
    }

    private func isFurnitureWord(_ word: String) -> Bool {
        if furnitureWords.contains(word) { return true }
        for prefix in furniturePrefixes where word.hasPrefix(prefix) { return true }
        return false
    }

    /// The lower-case words of a class name: "relatedStories_list" → ["related", "stories", "list"].
    static func words(_ name: Substring) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(name) }
        var words: [String] = []
        var current = ""
        var previousLower = false
        for scalar in name.unicodeScalars {
            let isUpper = scalar.properties.isUppercase
            let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if !isLetterOrDigit || (isUpper && previousLower) {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
            if isLetterOrDigit {
                current.unicodeScalars.append(
                    isUpper ? scalar.properties.lowercaseMapping.unicodeScalars.first! : scalar)
            }
            previousLower = isLetterOrDigit && !isUpper
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words(_:)` for ASCII class names, over bytes.
    private static func asciiWords(_ name: Substring) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in name.utf8 {
            let isUpper = (0x41...0x5A).contains(byte)
            let isLower = (0x61...0x7A).contains(byte)
            let isLetterOrDigit = isUpper || isLower || (0x30...0x39).contains(byte)
            if !isLetterOrDigit || (isUpper && previousLower) {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
            if isLetterOrDigit { current.append(isUpper ? byte + 0x20 : byte) }
            previousLower = isLower || (0x30...0x39).contains(byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// A paragraph reduced for comparison: lower case, without trailing `:` `.` `…` or spaces.
    static func textKey(_ text: String) -> String {
        var key = text.lowercased()
        while let last = key.last, last == ":" || last == "." || last == " " || last == "…" || last == "»" {
            key.removeLast()
        }
        return key
    }
}
