import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Searching the archive")
struct ClaimStoreQueryTests {
    let store: ClaimStore

    init() throws {
        store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour(), StoreFixtures.council()])
    }

    func count(_ search: ClaimSearch) throws -> Int {
        try store.search(search).claims.count
    }

    @Test(
        "a person is found however the name is typed",
        arguments: [
            "Tomás Ørsted", "Tomas Orsted", "tomas orsted", "ORSTED", "Ørsted",
            "Defense Minister Tomás Ørsted",
            "Minister Orsted", "President Tomas Orsted",
        ])
    func findsPerson(name: String) throws {
        #expect(try count(ClaimSearch(actor: name)) == 1)
    }

    @Test(
        "filters by source, outlet, dates and kind each narrow the claims",
        arguments: [
            (ClaimSearch(source: "Coastline Wire"), 1),
            (ClaimSearch(source: "the northern ledger"), 1),
            (ClaimSearch(outlet: "Northern Ledger"), 2),
            (ClaimSearch(outlet: "northern ledger", kind: .mixed), 1),
            (ClaimSearch(since: ClaimDate(parsing: "2025")), 2),
            (ClaimSearch(since: ClaimDate(parsing: "2025-01"), until: ClaimDate(parsing: "2025-01-13")), 1),
            (ClaimSearch(until: ClaimDate(parsing: "2024-05")), 2),
            (ClaimSearch(since: ClaimDate(parsing: "2024-05-07"), until: ClaimDate(parsing: "2024-12")), 0),
            (ClaimSearch(kind: .direct), 1),
            (ClaimSearch(actor: "Varga", kind: .indirect), 1),
        ])
    func filters(search: ClaimSearch, expected: Int) throws {
        #expect(try count(search) == expected)
    }

    @Test("full text matches content and names, without diacritics, best first")
    func fullText() throws {
        #expect(try count(ClaimSearch(text: "berth inspected")) == 1)
        #expect(try count(ClaimSearch(text: "ferry")) == 1)
        #expect(try count(ClaimSearch(text: "orsted")) == 1)  // the actor column
        #expect(try count(ClaimSearch(text: "Valmere", actor: "Ilse Varga")) == 1)
        #expect(try count(ClaimSearch(text: "ferry", outlet: "Coastline Wire")) == 0)
        let byDate = try store.search(ClaimSearch(text: "the", order: .date)).claims
        #expect(
            byDate.map(\.date)
                == byDate.map(\.date).sorted { ($0?.description ?? "") < ($1?.description ?? "") })
    }

    @Test(
        "FTS5 syntax in search text is searched as words",
        arguments: [
            "\"stay where", "stay*", "stay AND where", "NEAR( stay where )", "-stay", "stay:where",
            "ferry ( subsidy",
            "stay \"\" where", "subsidy OR nothing-here",
        ])
    func quotesSyntax(text: String) throws {
        let result = try store.search(ClaimSearch(text: text))
        let expected = text.contains("nothing") || text == "-stay" ? result.claims.count : 1
        #expect(result.claims.count == expected)
        #expect(FullTextQuery.words(text)!.hasPrefix("\""))
    }

    @Test("the quoting of plain words is exact")
    func quoting() {
        #expect(FullTextQuery.words("stay AND \"where") == "\"stay\" \"AND\" \"where\"")
        #expect(FullTextQuery.words("\u{201C}stay where\u{201D} it") == "\"stay where\" \"it\"")
        #expect(FullTextQuery.words("NEAR( a:b") == "\"NEAR(\" \"a:b\"")
        #expect(FullTextQuery.words("- * (") == nil)
    }

    @Test("words in quotes are a phrase: next to each other, in that order")
    func phrases() throws {
        #expect(try count(ClaimSearch(text: "\"stay where\"")) == 1)
        #expect(try count(ClaimSearch(text: "where stay")) == 1)
        #expect(try count(ClaimSearch(text: "\"where stay\"")) == 0)
        #expect(try count(ClaimSearch(text: "\"ferry harbour\"")) == 0)
        #expect(try count(ClaimSearch(text: "ferry harbour")) == 1)
    }

    @Test("a count is every match, whatever the limit")
    func countIgnoresLimit() throws {
        let all = try store.search(ClaimSearch(limit: nil)).claims.count
        #expect(all > 2)
        #expect(try store.search(ClaimSearch(limit: 2)).claims.count == 2)
        #expect(try store.count(ClaimSearch(limit: 2)) == all)
        #expect(try store.count(ClaimSearch(text: "ferry", limit: 0)) == 1)
    }

    @Test("raw mode passes FTS5 syntax, and bad syntax is one sentence")
    func raw() throws {
        #expect(try count(ClaimSearch(text: "ferry OR berth", raw: true)) == 2)
        #expect(try count(ClaimSearch(text: "ferry OR berth")) == 0)
        let error = #expect(throws: StoreError.self) {
            try store.search(ClaimSearch(text: "ferry AND (", raw: true))
        }
        #expect(error?.kind == .badQuery)
        #expect(error?.message.hasPrefix("the --raw search text is not valid FTS5 syntax") == true)
        let empty = #expect(throws: StoreError.self) { try store.search(ClaimSearch(text: "* -")) }
        #expect(empty?.message == "the search text \"* -\" has no word to search for")
    }

    @Test(
        "hostile names through every filter are values, never SQL",
        arguments: ["'; DROP TABLE claims; --", "\" OR 1=1 --", "x') OR ('1'='1", "%", "_", "\u{0}"])
    func injection(hostile: String) throws {
        let searches = [
            ClaimSearch(text: hostile), ClaimSearch(actor: hostile), ClaimSearch(source: hostile),
            ClaimSearch(outlet: hostile),
            ClaimSearch(text: "ferry", actor: hostile, source: hostile, outlet: hostile),
        ]
        for search in searches {
            do {
                #expect(try store.search(search).claims.isEmpty)
            } catch {
                #expect(error.kind == .badQuery)  // text of punctuation only
            }
        }
        #expect(try store.actors(named: hostile).isEmpty)
        #expect(try store.sources(outlet: hostile).isEmpty)
        _ = try? store.search(ClaimSearch(text: hostile, raw: true))
        #expect(try store.stats().claims == 4)
    }

    @Test("a person who is only mentioned is reported as such")
    func mentionedOnly() throws {
        let fresh = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try fresh.write([StoreFixtures.harbour()])
        let result = try fresh.search(ClaimSearch(actor: "Tomas Orsted"))
        #expect(result.claims.isEmpty)
        #expect(result.note == "Tomás Ørsted is mentioned in 1 article but has no claims")
        #expect(
            try fresh.search(ClaimSearch(actor: "Nobody Atall")).note
                == "no actor called \"Nobody Atall\" is in the archive")
    }

    @Test("actors are listed by claims, and found by the start of a name")
    func actors() throws {
        let all = try store.actors()
        #expect(all.map(\.name) == ["Ilse Varga", "Tomás Ørsted", "Northern Ledger"])
        #expect(all.map(\.claims) == [2, 1, 1])
        #expect(try store.actors(named: "ørs").map(\.name) == ["Tomás Ørsted"])
        #expect(try store.actors(named: "varg").first?.mentions == 1)
    }

    @Test("show gives the claim in its paragraph with the article's metadata")
    func show() throws {
        let id = try #require(try store.search(ClaimSearch(text: "berth")).claims.first?.id)
        let detail = try #require(try store.claim(id: id))
        #expect(detail.paragraph.hasPrefix("The port of Valmere reopened on Monday"))
        #expect(detail.paragraph.hasSuffix("she said."))
        #expect(StoreFixtures.harbourBody.slice(detail.paragraphSpan) == detail.paragraph)
        #expect(detail.authors == ["Pia Lund"])
        #expect(try store.claim(id: 999) == nil)
    }

    @Test("backup writes a consistent copy and refuses to overwrite")
    func backup() throws {
        let target = StoreFixtures.temporaryPath("copy.sqlite")
        try store.backup(to: target)
        let copy = try ClaimStore(path: target, access: .readOnly)
        #expect(try copy.stats().claims == 4)
        let error = #expect(throws: StoreError.self) { try store.backup(to: target) }
        #expect(error?.message == "\(target) already exists; the backup will not overwrite it")
    }
}
