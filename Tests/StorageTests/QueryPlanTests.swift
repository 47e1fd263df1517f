import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Every query of the mix is answered from an index: EXPLAIN QUERY PLAN never scans a table
/// whole (except the few-row outlet listing and the joins by primary key).
@Suite("Query plans")
struct QueryPlanTests {
    static let mix: [(String, ClaimSearch)] = [
        ("actor", ClaimSearch(actor: "Tomas Orsted")),
        ("actor surname", ClaimSearch(actor: "varga")),
        ("source", ClaimSearch(source: "Coastline Wire")),
        ("outlet", ClaimSearch(outlet: "Northern Ledger")),
        (
            "date range",
            ClaimSearch(since: ClaimDate(parsing: "2025-01"), until: ClaimDate(parsing: "2025-01-31"))
        ),
        ("full text", ClaimSearch(text: "ferry subsidy")),
        ("full text by date", ClaimSearch(text: "ferry", order: .date)),
        ("everything", ClaimSearch(order: .date)),
        ("kind and outlet", ClaimSearch(outlet: "Northern Ledger", kind: .mixed)),
    ]

    static func plan(_ query: PreparedQuery, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map {
            $0["detail"]
        }
    }

    /// A plan step that reads a table without an index. The `picked` subquery and its per-entity
    /// branches hold at most the limit's claim ids each, so reading them whole is no table scan.
    static func fullScans(_ plan: [String]) -> [String] {
        plan.filter {
            $0.hasPrefix("SCAN ") && !$0.contains("USING") && !$0.contains("VIRTUAL TABLE")
                && $0 != "SCAN picked"
                && !$0.hasPrefix("SCAN (subquery-")
        }
    }

    @Test("each search of the mix uses an index", arguments: mix.map(\.0))
    func search(name: String) throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour(), StoreFixtures.council()])
        let search = Self.mix.first { $0.0 == name }!.1
        let plan = try store.writer.read { db in try Self.plan(try store.searchQuery(search, in: db)!, in: db)
        }
        #expect(Self.fullScans(plan).isEmpty, "\(name): \(plan)")
        #expect(plan.contains { $0.contains("INDEX") || $0.contains("PRIMARY KEY") }, "\(name): \(plan)")
    }

    @Test("name lookups, sources of an outlet and the actors listing use indexes")
    func others() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([StoreFixtures.harbour(), StoreFixtures.council()])
        try store.writer.read { db in
            let queries = [
                try store.sourcesQuery(outlet: "Northern Ledger", limit: 20, in: db)!,
                store.actorsQuery(named: nil, limit: 20),
                store.actorsQuery(named: "orst", limit: 20),
                PreparedQuery(
                    sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key IN (?, ?)",
                    arguments: ["a", "b"]),
                PreparedQuery(sql: "SELECT 1 FROM articles WHERE content_hash = ?", arguments: [Data([1])]),
            ]
            for query in queries {
                let plan = try Self.plan(query, in: db)
                #expect(Self.fullScans(plan).isEmpty, "\(query.sql): \(plan)")
            }
        }
    }
}
