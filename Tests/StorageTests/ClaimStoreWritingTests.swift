import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Writing articles and claims")
struct ClaimStoreWritingTests {
    @Test("an article and its claims round-trip: metadata, spans, content, dates")
    func roundTrip() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        let entry = StoreFixtures.harbour()
        let outcomes = try store.write([entry])
        #expect(outcomes == [.stored(articleID: 1, claims: 2)])
        let claims = try store.search(ClaimSearch(actor: "Ilse Varga", order: .date)).claims
        try #require(claims.count == 2)
        let first = claims[0]
        #expect(first.content == "The port of Valmere reopened on Monday")
        #expect(entry.article.body.slice(first.contentSpan) == first.content)
        #expect(first.actor == "Ilse Varga")
        #expect(first.actorKind == .person)
        #expect(first.speakerText == "Harbour Master Ilse Varga")
        #expect(first.actorDescription == "Harbour Master")
        #expect(first.cue == "told")
        #expect(entry.article.body.slice(first.cueSpan!) == "told")
        #expect(first.source == "Coastline Wire")
        #expect(first.outlet == "Coastline Wire")
        #expect(first.date == ClaimDate(parsing: "2024-05-06"))
        #expect(first.dateBasis == "article")
        #expect(first.mentionedDates == [ClaimDate(parsing: "2024-05")!])
        #expect(first.confidence == 0.9)
        #expect(first.title == "Harbour reopens after storm")
        #expect(claims[1].kind == .direct)
        #expect(claims[1].speakerText == "she")
        let stored = try store.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT body, authors, date, date_precision, date_basis, source_path FROM articles")!
        }
        #expect(stored["body"] as String == entry.article.body)
        #expect(stored["authors"] as String == "Pia Lund")
        #expect(stored["date_precision"] as String == "day")
        #expect(stored["date_basis"] as String == "metadata")
        // The content is not stored twice when it is the body's slice.
        let storedContent = try store.writer.read {
            try String?.fetchAll($0, sql: "SELECT content FROM claims")
        }
        #expect(storedContent == [nil, nil])
    }

    @Test("content that differs from its span is kept as given")
    func keepsDifferentContent() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        var entry = StoreFixtures.harbour()
        entry.extraction.claims[0].content = "the port reopened"
        _ = try store.write([entry])
        let claims = try store.search(ClaimSearch(actor: "Varga", order: .date)).claims
        #expect(claims.first?.content == "the port reopened")
    }

    @Test("the same body again is unchanged and changes nothing")
    func unchanged() throws {
        let path = StoreFixtures.temporaryPath()
        let store = try ClaimStore(path: path)
        _ = try store.write([StoreFixtures.harbour()])
        let before = try store.stats()
        #expect(try store.contains(hash: ContentHash(of: StoreFixtures.harbourBody)))
        var again = StoreFixtures.harbour(date: "2030-01-01")
        again.article.key = "other-name.txt"
        #expect(try store.write([again]) == [.unchanged])
        // Twice in one batch: stored once.
        let fresh = try ClaimStore(path: StoreFixtures.temporaryPath())
        #expect(try fresh.write([StoreFixtures.harbour(), StoreFixtures.harbour()]).last == .unchanged)
        let after = try store.stats()
        #expect(after.articles == before.articles)
        #expect(after.claims == before.claims)
        #expect(try store.outlets().first?.articles == 1)
    }

    @Test("a failing article rolls back alone; the rest of the batch is stored")
    func failingArticle() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        var broken = StoreFixtures.council()
        broken.extraction.claims[1].contentSpan = TextSpan(10, 100_000)
        let outcomes = try store.write([StoreFixtures.harbour(), broken])
        #expect(outcomes[0] == .stored(articleID: 1, claims: 2))
        guard case .failed(let reason) = outcomes[1] else {
            Issue.record("expected a failure, got \(outcomes[1])")
            return
        }
        #expect(reason.contains("claim 2 points past the end of the body"))
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.claims == 2)
        // Nothing of the broken article: no outlet counts, no entity, no search rows.
        #expect(try store.outlets().map(\.name) == ["Coastline Wire"])
        #expect(try store.actors(named: "Orsted").allSatisfy { $0.claims == 0 })
        // The index keeps no per-row sizes, so it cannot be counted: ask it for each article's words.
        let (brokenRows, keptRows) = try store.writer.read { db in
            (
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM claim_search WHERE claim_search MATCH 'ferry OR council'"),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM claim_search WHERE claim_search MATCH 'berth OR valmere'")
            )
        }
        #expect(brokenRows == 0)
        #expect(keptRows == 2)
        // The same article, fixed, goes in afterwards.
        #expect(try store.write([StoreFixtures.council()]) == [.stored(articleID: 2, claims: 2)])
    }

    @Test("the running totals of outlets, entities and outlet sources match the claims")
    func totals() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour(), StoreFixtures.council()])
        let outlets = try store.outlets()
        #expect(outlets.map(\.name) == ["Coastline Wire", "Northern Ledger"])
        #expect(outlets.map(\.claims) == [2, 2])
        #expect(outlets.first?.domain == nil)
        let sources = try store.sources(outlet: "coastline wire")
        // Coastline Wire as its own source ("told the Coastline Wire") is not listed.
        #expect(sources.map(\.name) == ["Ilse Varga"])
        #expect(sources.first?.claims == 2)
        #expect(sources.first?.firstDate == ClaimDate(parsing: "2024-05-06"))
        let ledger = try store.sources(outlet: "Northern Ledger")
        #expect(ledger.map(\.name) == ["Tomás Ørsted"])
        #expect(ledger.first?.firstDate == ClaimDate(parsing: "2025-01-14"))
    }
}
