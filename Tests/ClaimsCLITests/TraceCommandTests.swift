import Foundation
import Testing

/// Claim groups and `claims trace`, on articles written for these tests: one finance minister's
/// statements carried by several outlets, word for word, in part, in other words, and a rival
/// who says something close.
@Suite("claims trace and claim groups")
struct TraceCommandTests {
    static let protect =
        "We will protect families from higher prices at the pump this winter, and we will do it without new borrowing"

    /// Each story: id, outlet, date, text.
    static let stories: [(String, String, String, String)] = [
        (
            "pike-1", "Pike Wire", "2024-04-02",
            "Finance Minister Mara Lindqvist said on Tuesday that the government would not raise fuel taxes "
                + "before the autumn budget.\\n\\n\\\"\(protect),\\\" Lindqvist said.\\n\\n"
                + "Opposition leader Tomas Berg said the plan would leave a hole of 4 billion crowns in the budget."
        ),
        (
            // The same quotation, with curly quotes, other case and an ellipsis for the comma.
            "harbor-1", "Harbor Daily", "2024-04-03",
            "Ministers met in Valmere on Wednesday.\\n\\n\\u201cWe will protect families from higher prices "
                + "at the pump this winter... and we will do it WITHOUT new borrowing,\\u201d Finance Minister "
                + "Mara Lindqvist told Harbor Daily."
        ),
        (
            // A part of the quotation only.
            "ledger-1", "Northern Ledger", "2024-04-04",
            "The budget row went on.\\n\\n\\\"We will protect families from higher prices at the pump this "
                + "winter,\\\" Finance Minister Mara Lindqvist told Pike Wire."
        ),
        (
            // In other words: a paraphrase of the first claim.
            "courier-1", "Valley Courier", "2024-04-05",
            "Fuel prices were high in April.\\n\\nFinance Minister Mara Lindqvist said fuel taxes would not "
                + "be raised by the government before the autumn budget."
        ),
        (
            // Same actor, same topic, another statement (a hard negative), and the rival saying the
            // minister's words (another actor: never joined).
            "courier-2", "Valley Courier", "2024-04-06",
            "The debate turned to diesel.\\n\\nFinance Minister Mara Lindqvist said the government would "
                + "raise diesel taxes after the autumn budget.\\n\\nOpposition leader Tomas Berg said the "
                + "government would not raise fuel taxes before the autumn budget."
        ),
    ]

    static func archive() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        let lines = stories.map { id, outlet, date, text in
            "{\"id\": \"\(id)\", \"outlet\": \"\(outlet)\", \"date\": \"\(date)\", \"title\": \"Budget \(id)\", "
                + "\"text\": \"\(text)\"}"
        }
        let path = try fixture.write("budget.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try fixture.claims(["ingest", path])
        precondition(run.status == 0, run.stderr)
        return fixture
    }

    /// Every claim as an object, by id.
    static func claims(_ fixture: ArchiveFixture) throws -> [[String: Any]] {
        try ArchiveFixture.objects(try fixture.claims(["search", "--format", "ndjson", "--limit", "0"]))
    }

    static func claim(_ claims: [[String: Any]], article: String, starting prefix: String) -> [String: Any]? {
        claims.first {
            $0["article_id"] as? String == article
                && ($0["content"] as? String ?? "").trimmingCharacters(in: .init(charactersIn: "\"\u{201C}"))
                    .lowercased().hasPrefix(prefix.lowercased())
        }
    }

    @Test("the same words, a part of a quotation and a paraphrase join one group; others do not")
    func grouping() throws {
        let fixture = try Self.archive()
        let claims = try Self.claims(fixture)
        func group(_ article: String, _ prefix: String) -> Int? {
            Self.claim(claims, article: article, starting: prefix)?["group"] as? Int
        }
        let quote = try #require(group("pike-1", "We will protect"))
        #expect(group("harbor-1", "We will protect") == quote, "exact, after normalising")
        #expect(group("ledger-1", "We will protect") == quote, "contained in the longer quotation")
        let taxes = try #require(group("pike-1", "that the government would not raise"))
        #expect(group("courier-1", "fuel taxes would not") == taxes, "paraphrase")
        #expect(taxes != quote)
        let diesel = try #require(group("courier-2", "the government would raise diesel"))
        #expect(diesel != taxes, "same actor, same topic, another statement")
        let rival = try #require(group("courier-2", "the government would not raise"))
        #expect(rival != taxes, "another actor's identical words")
    }

    @Test("trace CLAIM_ID lists the group oldest first, with outlets, sources and diffs")
    func traceByID() throws {
        let fixture = try Self.archive()
        let claims = try Self.claims(fixture)
        let later = try #require(Self.claim(claims, article: "ledger-1", starting: "We will protect"))
        let run = try fixture.claims(["trace", String(later["claim_id"] as! Int), "--format", "ndjson"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try ArchiveFixture.objects(run)
        #expect(rows.map { $0["article_id"] as? String } == ["pike-1", "harbor-1", "ledger-1"])
        #expect(rows.map { $0["outlet"] as? String } == ["Pike Wire", "Harbor Daily", "Northern Ledger"])
        #expect(rows.map { $0["words"] as? String } == ["first", "same", "differ"])
        #expect(rows[1]["source"] as? String == "Harbor Daily")
        #expect(rows[2]["relation"] as? String == "contained")
        let diff = try #require(rows[2]["diff"] as? String)
        #expect(diff.contains("[-and we will do it without new borrowing"), "\(diff)")
        #expect(rows[1]["diff"] is NSNull)

        let table = try fixture.claims(["trace", String(later["claim_id"] as! Int), "--format", "table"])
        #expect(table.status == 0)
        #expect(
            table.stdout.hasPrefix(
                "Claim \(later["claim_id"] as! Int) by Mara Lindqvist: 3 appearances in 3 outlets"))
        #expect(table.stdout.contains("[-and we will do it without new borrowing"))
    }

    @Test("trace \"words\" traces the best matching claim; csv and json work")
    func traceByWords() throws {
        let fixture = try Self.archive()
        let run = try fixture.claims(["trace", "higher prices at the pump", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.first?.hasPrefix("appearance,claim_id,group,date,outlet,article_id") == true)
        #expect(run.lines.count == 4)
        let json = try fixture.claims(["trace", "diesel", "taxes", "--format", "json"])
        #expect(json.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
    }

    @Test("an unknown id or words that match nothing: one sentence, non-zero exit")
    func badInput() throws {
        let fixture = try Self.archive()
        let missing = try fixture.claims(["trace", "99999"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "claims: there is no claim 99999 in \(fixture.db)\n")
        let nothing = try fixture.claims(["trace", "zeppelin", "marmalade"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr == "claims: no claim has the words \"zeppelin marmalade\"\n")
        let punctuation = try fixture.claims(["trace", "--", "--"])
        #expect(punctuation.status != 0)
        #expect(punctuation.stderr.split(separator: "\n").count == 1)
        let none = try fixture.claims(["trace"])
        #expect(none.status != 0)
        #expect(none.stderr.split(separator: "\n").count == 1)
    }

    @Test("search --distinct gives one row per group with appearances and outlets")
    func distinct() throws {
        let fixture = try Self.archive()
        let run = try fixture.claims(["search", "pump", "--distinct", "--format", "ndjson"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try ArchiveFixture.objects(run)
        #expect(rows.count == 1)
        #expect(rows.first?["appearances"] as? Int == 3)
        #expect(rows.first?["outlets"] as? Int == 3)
        let actors = try ArchiveFixture.objects(try fixture.claims(["actors", "--format", "ndjson"]))
        let lindqvist = try #require(actors.first { $0["name"] as? String == "Mara Lindqvist" })
        #expect(lindqvist["claims"] as? Int == 6)
        #expect(lindqvist["statements"] as? Int == 3)
        let elsewhere = try ArchiveFixture.objects(
            try fixture.claims([
                "sources", "--outlet", "Northern Ledger", "--first-elsewhere", "--format", "ndjson",
            ]))
        #expect(elsewhere.count == 1)
        #expect(elsewhere.first?["first_outlet"] as? String == "Pike Wire")
    }

    @Test("across ingests: the same words join, a daily figure a month later does not")
    func acrossIngests() throws {
        let fixture = try ArchiveFixture()
        func story(_ id: String, _ date: String, _ text: String) throws {
            let path = try fixture.write(
                "\(id).jsonl",
                "{\"id\": \"\(id)\", \"outlet\": \"Pike Wire\", \"date\": \"\(date)\", \"text\": \"\(text)\"}\n"
            )
            let run = try fixture.claims(["ingest", path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let figure = "The Harbour Board said it expected 800 ships in the port this month."
        let words = "The Harbour Board said the new quay would open to ferries before the summer season."
        try story("d1", "2024-03-02", figure + " " + words)
        try story("d2", "2024-04-02", figure + " Trading was calm.")
        try story("d3", "2024-04-03", "Ferries waited. " + words)
        let claims = try Self.claims(fixture)
        func group(_ article: String, _ prefix: String) -> Int? {
            Self.claim(claims, article: article, starting: prefix)?["group"] as? Int
        }
        let ships = try #require(group("d1", "it expected 800"))
        #expect(group("d2", "it expected 800") != ships)
        let quay = try #require(group("d1", "the new quay"))
        #expect(group("d3", "the new quay") == quay)
    }
}
