import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("The claim_rows view for plain SQL")
struct ClaimRowsViewTests {
    @Test("each claim reads with its text, names, outlet and article, as search returns them")
    func readableRows() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour()])
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM claim_rows ORDER BY claim_id")
        }
        let claims = try store.search(ClaimSearch(order: .date)).claims
        #expect(rows.count == 2)
        #expect(rows.map { $0["content"] as String? } == claims.map(\.content))
        let first = try #require(rows.first)
        #expect(first["content"] as String? == "The port of Valmere reopened on Monday")
        #expect(first["actor"] as String? == "Ilse Varga")
        #expect(first["actor_kind"] as String? == "person")
        #expect(first["outlet"] as String? == "Coastline Wire")
        #expect(first["source"] as String? == "Coastline Wire")
        #expect(first["cue"] as String? == "told")
        #expect(first["kind"] as String? == "indirect")
        #expect(first["date"] as String? == "2024-05-06")
        #expect(first["title"] as String? == "Harbour reopens after storm")
        #expect(first["url"] as String? == "https://coastlinewire.example/harbour")
    }

    @Test("the documented full-text query finds claims by word through claim_search")
    func fullTextFromSQL() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour()])
        let contents = try store.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT content FROM claim_rows WHERE claim_id IN
                        (SELECT rowid FROM claim_search WHERE claim_search MATCH 'berth')
                    """)
        }
        #expect(contents == ["Every berth has been inspected twice,"])
    }
}
