/// What one claim says, as word hashes, to find the claims of the same actor that carry the same
/// statement: the same quoted words, a part of a longer quotation, or a close paraphrase.
///
/// Words are normalised by `WordHashes` in statement mode (case, quotes straight or curly,
/// punctuation, ellipses and spacing do not count), and a leading "that" of reported speech is
/// dropped. The index keys (`keys(actor:)`) are mixed with the actor's id, so a lookup only ever
/// meets that actor's claims, and there are few per claim: one for the whole statement, one for
/// its set of content-word stems (so "we consider the matter closed" meets "we consider this
/// matter closed"), one for each clause of four words or more (so a quotation that is one clause
/// of a longer one meets it), and six MinHash bands of two minima over the set of content-word stems (two claims with
/// three in five of those words in common share a band 93 % of the time, with one in five 22 %).
/// A shared key is only a candidate; `StatementComparison` decides.
struct StatementSketch: Sendable, Hashable {
    /// Every word, in order.
    let words: [UInt64]
    /// The stems of the words that carry meaning (no articles, auxiliaries, pronouns,
    /// prepositions, speech verbs); negations are kept, so "will not raise" never meets "will raise".
    let contentStems: [UInt64]
    /// The same, as a set.
    let stemSet: Set<UInt64>
    /// The runs of words between clause punctuation, four words or more.
    let clauses: [ArraySlice<UInt64>]
    /// The words with a digit: a statement of other figures is another statement.
    let figures: Set<UInt64>
    /// How many negations ("not", "never", "no") the statement holds.
    let negations: Int

    static let bands = 6
    static let rows = 2
    /// Clauses shorter than this are not keys of their own.
    static let minimumClauseWords = 4
    static let maximumClauses = 6

    init(_ content: String) {
        var words = WordHashes.words(content, statement: true)
        if let first = words.first, first.hash == Self.that, words.count > 1 {
            words.removeFirst()
            words[0].startsClause = true
        }
        self.words = words.map(\.hash)
        contentStems = words.filter { !Self.stopwords.contains($0.hash) }.map(\.stem)
        stemSet = Set(contentStems)
        figures = Set(words.filter(\.hasDigit).map(\.hash))
        negations = words.reduce(0) { $0 + (Self.negationWords.contains($1.hash) ? 1 : 0) }
        var clauses: [ArraySlice<UInt64>] = []
        var start = 0
        for index in 1..<(words.count + 1) where index == words.count || words[index].startsClause {
            if index - start >= Self.minimumClauseWords, index - start < words.count {
                clauses.append(self.words[start..<index])
            }
            start = index
        }
        self.clauses = Array(clauses.prefix(Self.maximumClauses))
    }

    /// The index keys of this statement for an actor: the whole statement, its clauses, its bands.
    /// None when the statement is too short ever to join another (`minimumContentWords`).
    func keys(actor: Int64) -> [Int64] {
        guard stemSet.count >= StatementComparison.minimumContentWords else { return [] }
        let salt = scramble(UInt64(bitPattern: actor) &+ 0x5157_A7E0)
        func run(_ words: ArraySlice<UInt64>) -> Int64 {
            var hash = salt
            for word in words { hash = scramble(hash ^ word) }
            return Self.key(hash)
        }
        var keys = [run(words[...])]
        let stems = stemSet
        if stems.count >= StatementComparison.minimumContentWords {
            var hash = scramble(salt ^ 0xC0_4E7E)
            for stem in stems.sorted() { hash = scramble(hash ^ stem) }
            keys.append(Self.key(hash))
        }
        for clause in clauses { keys.append(run(clause)) }
        if stems.count >= StatementComparison.minimumParaphraseWords {
            for band in 0..<Self.bands {
                var hash = scramble(salt ^ UInt64(band + 1))
                for row in 0..<Self.rows {
                    let function = UInt64(band * Self.rows + row + 1) &* 0x9E37_79B9_7F4A_7C15
                    var least = UInt64.max
                    for stem in stems { least = min(least, scramble(stem ^ function)) }
                    hash = scramble(hash ^ least)
                }
                keys.append(Self.key(hash))
            }
        }
        var seen: Set<Int64> = []
        return keys.filter { seen.insert($0).inserted }
    }

    /// 48 bits: SQLite stores them in six bytes; a chance collision only adds a candidate.
    private static func key(_ hash: UInt64) -> Int64 { Int64(hash >> 16) }

    private static let that = WordHashes.hash("that")

    static let negationWords: Set<UInt64> = Set(
        [
            "not", "no", "never", "nor", "nothing", "none", "nobody", "cannot", "cant", "wont", "dont",
            "didnt",
            "doesnt", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt", "shouldnt", "hasnt", "havent",
            "hadnt",
        ].map(WordHashes.hash))

    /// Words that tell little of what was said; negations are not among them.
    static let stopwords: Set<UInt64> = Set(
        """
        a an the and or but if so as of to in on at by for from with about into over \
        than then that this these those there here it its is are was were be been being am has have \
        had having do does did will would shall should can could may might must i we you he she they \
        me us him her them my our your his their who whom which what when where while also just very \
        said says say saying told tells according added adding t s d ll re ve m
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHashes.hash(String($0)) })
}

/// Whether two claims of one actor carry the same statement, on their words.
enum StatementComparison {
    /// How one claim carries another's statement.
    enum Relation: String, Sendable, Hashable, Comparable {
        /// The same words, once normalised.
        case exact
        /// All the words of the shorter, in order, inside the longer.
        case contained
        /// Most content words shared, the same figures and negations.
        case paraphrase

        private var rank: Int {
            switch self {
            case .exact: 0
            case .contained: 1
            case .paraphrase: 2
            }
        }

        static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rank < rhs.rank }
    }

    /// The least content words of a statement that joins another: "as arranger", "Co" or "modest
    /// declines" repeat word for word across unrelated stories.
    static let minimumContentWords = 3
    /// Statements with a figure, more than this many days apart, are not joined: "a shortage of
    /// around 800 mln stg" is a new statement each day it is made.
    static let figureWindowDays = 7
    /// The least words of a quotation found inside a longer one.
    static let minimumContainedWords = 6
    /// The least Jaccard similarity of the content-word stems of a paraphrase (measured on the
    /// tune pairs of data/eval/trace-pairs.jsonl by scripts/eval-trace).
    static let paraphraseSimilarity = 0.6
    /// The least content words on each side of a paraphrase by similarity: below it, only the
    /// same set of content words is a paraphrase.
    static let minimumParaphraseWords = 5

    /// How `a` and `b` relate, with the share of their words in common; `nil` when they are
    /// different statements.
    static func relation(_ a: StatementSketch, _ b: StatementSketch, daysApart: Int? = nil) -> (
        Relation, Double
    )? {
        let x = a.stemSet
        let y = b.stemSet
        guard x.count >= minimumContentWords, y.count >= minimumContentWords else { return nil }
        if let daysApart, daysApart > figureWindowDays, !a.figures.isEmpty || !b.figures.isEmpty {
            return nil
        }
        if a.words == b.words { return (.exact, 1) }
        let (shorter, longer) = a.words.count <= b.words.count ? (a, b) : (b, a)
        if shorter.words.count >= minimumContainedWords, contains(longer.words, shorter.words),
            shorter.figures.isSubset(of: longer.figures)
        {
            return (.contained, Double(shorter.words.count) / Double(longer.words.count))
        }
        guard a.figures == b.figures, a.negations == b.negations else { return nil }
        if x == y { return (.paraphrase, 1) }
        guard x.count >= minimumParaphraseWords, y.count >= minimumParaphraseWords else { return nil }
        let similarity = Double(x.intersection(y).count) / Double(x.union(y).count)
        guard similarity >= paraphraseSimilarity else { return nil }
        return (.paraphrase, similarity)
    }

    /// Whether `needle` occurs in `haystack` as one run.
    static func contains(_ haystack: [UInt64], _ needle: [UInt64]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        outer: for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { continue outer }
            return true
        }
        return false
    }
}

/// Days between two claim dates, when both are full days (`YYYY-MM-DD`).
enum ClaimDays {
    static func apart(_ a: String?, _ b: String?) -> Int? {
        guard let a = day(a), let b = day(b) else { return nil }
        return abs(a - b)
    }

    /// Days since 1970-01-01 of a full ISO date (the civil-from-days inverse).
    static func day(_ text: String?) -> Int? {
        guard let text, text.utf8.count == 10 else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (year, month, day) = (parts[0] - (parts[1] <= 2 ? 1 : 0), parts[1], parts[2])
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
