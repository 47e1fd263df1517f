import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Corrections a person makes to who is who: each is kept, respected later, and undoable.
@Suite("Correcting actors")
struct EntityCorrectionTests {
    typealias Archive = EntityIdentityTests

    /// The entities' running totals, and what counting the claims and mentions gives.
    static func totals(_ store: ClaimStore) throws -> (kept: [[Int]], counted: [[Int]]) {
        try store.writer.read { db in
            let kept = try Row.fetchAll(
                db, sql: "SELECT claim_count, source_count, mention_count FROM entities ORDER BY id"
            ).map { [$0[0], $0[1], $0[2]] as [Int] }
            let counted = try Row.fetchAll(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM claims WHERE actor_id = e.id),
                        (SELECT count(*) FROM claims WHERE source_id = e.id),
                        (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id)
                    FROM entities e ORDER BY e.id
                    """
            ).map { [$0[0], $0[1], $0[2]] as [Int] }
            return (kept, counted)
        }
    }

    static func claims(_ store: ClaimStore, _ actor: String) throws -> [String] {
        try store.search(ClaimSearch(actor: actor, order: .date, limit: 100)).claims.map { $0.content }
    }

    @Test("a merge files one actor's claims under another, later ingests too, and undo puts them back")
    func mergeAndUndo() throws {
        let store = try Archive.archive([("Halvorsen", true), ("Ada Halvorsen", true), ("Halvorsen", true)])
        let before = try Self.totals(store)
        #expect(before.kept == before.counted)
        let decision = try store.merge("Halvorsen", into: "Ada Halvorsen")
        #expect(decision.action == .merge)
        #expect(decision.detail == "Halvorsen")
        #expect(decision.target == "Ada Halvorsen")
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 3])
        #expect(try Self.claims(store, "Ada Halvorsen").count == 3)
        // The merged name now means the actor it joined, in search and in the next ingest.
        #expect(try Self.claims(store, "Halvorsen").count == 3)
        try Archive.write([("Halvorsen", true)], to: store, first: 3)
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 4])
        let merged = try Self.totals(store)
        #expect(merged.kept == merged.counted)
        #expect(try store.sources(outlet: "Fjord Post").map(\.claims) == [4])

        let undone = try store.undo()
        #expect(undone.id == decision.id)
        #expect(undone.undoneAt != nil)
        // What the merge moved goes back; what was filed since stays where it was filed.
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 2, "Halvorsen": 2])
        let after = try Self.totals(store)
        #expect(after.kept == after.counted)
        #expect(try store.sources(outlet: "Fjord Post").map(\.claims) == [2, 2])
    }

    @Test("a rename changes the name everywhere and keeps the old one findable; undo restores it")
    func renameAndUndo() throws {
        let store = try Archive.archive([("Ada Halvorsen", true)])
        try store.rename("Ada Halvorsen", to: "Ada K. Halvorsen")
        #expect(try Archive.actorNames(store) == ["Ada K. Halvorsen": 1])
        #expect(
            try store.search(ClaimSearch(actor: "Ada Halvorsen")).claims.first?.actor == "Ada K. Halvorsen")
        try store.undo()
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 1])
    }

    @Test("an alias finds the actor and files a later speaker of that name under it")
    func alias() throws {
        let store = try Archive.archive([("Ada Halvorsen", true)])
        try store.alias("The Harbour Queen", for: "Ada Halvorsen")
        #expect(try Self.claims(store, "the harbour queen").count == 1)
        try Archive.write([("Harbour Queen", true)], to: store, first: 1)
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 2])
        #expect(try store.decisions().map(\.action) == [.alias])
    }

    @Test(
        "a correction that cannot be made is one sentence and changes nothing",
        arguments: [
            ("merge Nobody", "no actor called \"Nobody Atall\" is in the archive"),
            ("merge same", "\"Ada Halvorsen\" and \"ada halvorsen\" are already one actor, Ada Halvorsen"),
            (
                "merge ambiguous",
                "\"Halvorsen\" fits 2 actors: Ada Halvorsen (1 claim), Bo Halvorsen (1 claim); give the full name"
            ),
            (
                "rename onto another",
                "\"Bo Halvorsen\" is already another actor (Bo Halvorsen); merge the two instead"
            ),
            (
                "alias of another",
                "\"bo halvorsen\" is an actor of its own (Bo Halvorsen); merge the two instead"
            ),
            ("undo nothing", "no decision to undo"),
        ])
    func refused(attempt: String, message: String) throws {
        let store = try Archive.archive([("Ada Halvorsen", true), ("Bo Halvorsen", true)])
        let before = try Self.totals(store)
        do {
            switch attempt {
            case "merge Nobody": try store.merge("Nobody Atall", into: "Ada Halvorsen")
            case "merge same": try store.merge("Ada Halvorsen", into: "ada halvorsen")
            case "merge ambiguous": try store.merge("Halvorsen", into: "Ada Halvorsen")
            case "rename onto another": try store.rename("Ada Halvorsen", to: "Bo Halvorsen")
            case "alias of another": try store.alias("bo halvorsen", for: "Ada Halvorsen")
            default: try store.undo()
            }
            Issue.record("\(attempt) was made")
        } catch {
            #expect(error.message == message)
        }
        #expect(try Self.totals(store).kept == before.kept)
        #expect(try store.decisions().isEmpty)
        #expect(try Archive.actorNames(store) == ["Ada Halvorsen": 1, "Bo Halvorsen": 1])
    }
}
