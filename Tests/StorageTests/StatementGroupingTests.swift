import Testing

@testable import Storage

/// The rules that decide whether two claims of one actor carry one statement, on sentences
/// written for these tests.
@Suite("Statement grouping rules")
struct StatementGroupingTests {
    static func relation(_ a: String, _ b: String, daysApart: Int? = nil) -> StatementComparison.Relation? {
        StatementComparison.relation(StatementSketch(a), StatementSketch(b), daysApart: daysApart)?.0
    }

    @Test("the same words after normalising quotes, case, punctuation, ellipses and spacing")
    func exact() {
        #expect(
            Self.relation(
                "\"We will not close the northern ferry line, whatever the cost,\"",
                "\u{201C}we will NOT close the northern   ferry line \u{2026} whatever the cost\u{201D}")
                == .exact)
        #expect(
            Self.relation("that the depot won't reopen in May", "the depot won\u{2019}t reopen in May")
                == .exact)
    }

    @Test("a quotation inside a longer one, six words or more")
    func contained() {
        let long = "\"The ferry line stays open this winter, and the fares will not rise before the spring,\""
        #expect(Self.relation("\"The ferry line stays open this winter,\"", long) == .contained)
        #expect(Self.relation("\"the ferry line stays\"", long) == nil, "four words are too few")
    }

    @Test("a close paraphrase joins; the same topic with another statement does not")
    func paraphrase() {
        #expect(
            Self.relation(
                "that the council would not raise harbour fees before the summer season",
                "harbour fees would not be raised by the council before the summer season") == .paraphrase)
        #expect(
            Self.relation(
                "that the council would raise mooring fees after the summer season",
                "that the council would not raise harbour fees before the summer season") == nil,
            "hard negative: same actor, same topic")
        #expect(
            Self.relation(
                "the council would cut harbour fees by 5 percent this summer",
                "the council would cut harbour fees by 8 percent this summer") == nil, "other figures")
        #expect(
            Self.relation("we consider the matter closed", "we consider this matter closed") == .paraphrase,
            "the same content words")
    }

    @Test("short, empty or far-apart statements with figures never join")
    func guards() {
        #expect(Self.relation("as arranger", "as arranger") == nil)
        #expect(Self.relation("", "") == nil)
        #expect(
            Self.relation(
                "it forecast a shortage of around 800 mln crowns in the market today",
                "it forecast a shortage of around 800 mln crowns in the market today", daysApart: 30) == nil)
        #expect(
            Self.relation(
                "the ferry line stays open all winter long", "the ferry line stays open all winter long",
                daysApart: 90) == .exact, "words without figures join whenever they were said")
    }

    @Test("keys are salted by actor: the same words by another actor share none")
    func keysByActor() {
        let sketch = StatementSketch("the ferry line stays open this winter and fares will not rise")
        let mine = Set(sketch.keys(actor: 7))
        #expect(!mine.isEmpty)
        #expect(mine.isDisjoint(with: sketch.keys(actor: 8)))
        #expect(
            mine
                == Set(
                    StatementSketch(
                        "\u{201C}The Ferry line stays open this winter and fares will NOT rise\u{201D}"
                    ).keys(actor: 7)))
    }

    @Test("a word diff marks what was dropped and added")
    func diff() {
        let parts = WordDiff.parts(
            from: "\"I am not a natural politician, like my husband\"",
            to: "\"I am not a natural politician, unlike my husband\"")
        #expect(WordDiff.line(parts) == "\"I am not a natural politician, [-like-] {+unlike+} my husband\"")
    }

    @Test("day arithmetic for the figure window")
    func days() {
        #expect(ClaimDays.apart("2024-02-28", "2024-03-01") == 2)
        #expect(ClaimDays.apart("2023-12-31", "2024-01-01") == 1)
        #expect(ClaimDays.apart("2024-03", "2024-03-01") == nil)
    }
}
