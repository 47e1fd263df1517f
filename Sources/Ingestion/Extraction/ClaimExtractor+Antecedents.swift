import ClaimsModel

/// What a pronoun or a definite description can point back to, found before claims are read.
extension ClaimExtractor {
    /// Where each sentence of running text starts (no heading), in order.
    static func sentenceStarts(_ tokens: [Token], paragraphs: [Paragraph], owner: [Int32]) -> [Int] {
        let splitter = SentenceSplitter()
        return paragraphs.filter { !$0.isHeading }.flatMap {
            splitter.sentences(tokens, in: $0.tokens, owner: owner).map(\.lowerBound)
        }
    }

    /// The sentences (by their first token) that open, outside any quotation, with a person the
    /// article names in full, as (token, full name): "Reyes has also spoken about it." A
    /// possessive ("Reyes's office"), a pair ("Reyes and Lund") or a dateline in capitals
    /// ("VELL HARBOUR — ...") is not that person as subject.
    static func sentenceSubjects(
        _ tokens: [Token], sentenceStarts: [Int], owner: [Int32], text: (Range<Int>) -> String,
        resolver: CoreferenceResolver
    ) -> [(Int, String)] {
        var subjects: [(Int, String)] = []
        for start in sentenceStarts {
            guard owner[start] < 0, tokens[start].kind == .word, tokens[start].isCapitalized else { continue }
            var end = start + 1
            while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            if end < tokens.count, ["'s", "’s", "and", "or", "&"].contains(tokens[end].lower) { continue }
            // Only a word of a registered name can open with that person.
            guard (start..<end).contains(where: { resolver.isNameWord(tokens[$0].text) }) else { continue }
            let words = text(start..<end)
            if words.count > 1, !words.contains(where: \.isLowercase) { continue }
            let name = resolver.expand(words)
            if resolver.isRegistered(name) { subjects.append((start, name)) }
        }
        return subjects
    }

    /// The organisations the article names, by the lower-case last word of their name ("fund"
    /// for "International Monetary Fund"), with the token of their first mention; a head noun
    /// two names share is left out, since "the bank" could then be either.
    static func organizationsByHead(
        _ mentions: [(name: String, kind: ActorKind, tokens: Range<Int>)], abbreviations: [String: String]
    ) -> [String: (name: String, position: Int)] {
        var byHead: [String: (name: String, position: Int)] = [:]
        var shared: Set<String> = []
        for mention in mentions where mention.kind == .organization {
            let name = abbreviations[mention.name] ?? mention.name
            guard let space = name.lastIndex(of: " ") else { continue }
            let head = name[name.index(after: space)...].lowercased()
            if let known = byHead[head], known.name != name { shared.insert(head) }
            if byHead[head] == nil { byHead[head] = (name, mention.tokens.lowerBound) }
        }
        for head in shared { byHead[head] = nil }
        return byHead
    }

    /// The tokens of the first paragraph when it repeats the article's title: a headline, whose
    /// capitals say nothing about names ("Understated Perez raises his profile").
    static func headline(of article: Article, paragraphs: [Paragraph], text: (Range<Int>) -> String)
        -> Range<Int>
    {
        guard let title = article.title, let first = paragraphs.first else { return 0..<0 }
        func folded(_ text: String) -> String {
            text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "." }).joined(separator: " ")
        }
        return folded(text(first.tokens)) == folded(title) ? first.tokens : 0..<0
    }

    /// The lower-case words of the article, and the capitalised words it writes inside a
    /// sentence of running text (after a word, a comma, or a quotation closed by a comma:
    /// `"...," Bahman told`), both in lower case.
    static func wordCases(_ tokens: [Token], paragraphs: [Paragraph]) -> (
        lower: Set<String>, midSentenceCapitals: Set<String>
    ) {
        var lower: Set<String> = []
        var capitals: Set<String> = []
        for paragraph in paragraphs where !paragraph.isHeading {
            for index in paragraph.tokens where tokens[index].kind == .word {
                if !tokens[index].isCapitalized {
                    lower.insert(tokens[index].lower)
                } else if index > paragraph.tokens.lowerBound,
                    tokens[index - 1].kind == .word || tokens[index - 1].text == ","
                        || (tokens[index - 1].kind == .quote && index - 2 >= paragraph.tokens.lowerBound
                            && tokens[index - 2].text == ",")
                {
                    capitals.insert(tokens[index].lower)
                }
            }
        }
        return (lower, capitals)
    }

    /// The firms the article names with a legal suffix, by their name without it ("Texaco" →
    /// "Texaco Inc"): news shortens a firm's name so, and a person's name never ends in "Inc".
    static func firmsByShortName(
        _ mentions: [(name: String, kind: ActorKind, tokens: Range<Int>)], vocabulary: ExtractionVocabulary
    ) -> [String: String] {
        var firms: [String: String] = [:]
        for mention in mentions where mention.kind == .organization {
            guard let space = mention.name.lastIndex(of: " "),
                vocabulary.legalSuffixes.contains(String(mention.name[mention.name.index(after: space)...]))
            else { continue }
            var words = mention.name.split(separator: " ")
            while words.count > 1, let last = words.last, vocabulary.legalSuffixes.contains(String(last)) {
                words.removeLast()
            }
            let short = words.joined(separator: " ")
            if firms[short] == nil { firms[short] = mention.name }
        }
        return firms
    }

    /// Whether a word is a verb's contraction ("don't", "can’t"): never a name.
    static func isContraction(_ token: Token) -> Bool {
        token.lower.hasSuffix("n't") || token.lower.hasSuffix("n’t")
    }

    /// Whether the word at `index` is a dateline: a place in capitals opening its paragraph,
    /// then a dash or a parenthesis, after at most a comma and a capitalised state or country
    /// ("LONDON -", "ORLANDO, Fla. (Reuters) -"); "NATO, the alliance, said" is no dateline.
    static func isDateline(_ index: Int, tokens: [Token]) -> Bool {
        let word = tokens[index].text
        guard word.count >= 3, word.allSatisfy({ $0.isUppercase || $0 == "." || $0 == "-" }),
            index == 0 || tokens[index - 1].kind == .lineBreak
        else { return false }
        var next = index + 1
        if next < tokens.count, tokens[next].text == "," {
            next += 1
            while next < tokens.count, next - index <= 4, tokens[next].kind == .word,
                tokens[next].isCapitalized
            {
                next += 1
            }
        }
        return next < tokens.count && ["(", "-", "–", "—"].contains(tokens[next].text)
    }

    /// The gender a courtesy title in a speaker phrase gives ("Mr. Clinton" "m", "Mrs." or
    /// "Ms." "f"), if it has one.
    static func titleGender(_ range: Range<Int>, tokens: [Token]) -> String? {
        for index in range {
            switch tokens[index].lower {
            case "mr", "mr.": return "m"
            case "mrs", "mrs.", "ms", "ms.": return "f"
            default: continue
            }
        }
        return nil
    }
}
