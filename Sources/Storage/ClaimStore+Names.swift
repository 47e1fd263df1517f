import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// The entities a typed name can mean: by its key with and without titles, else by surname.
    func entityIDs(named name: String, in db: Database) throws -> [Int64] {
        let words = folder.words(name)
        guard !words.isEmpty else { return [] }
        var keys = [words.joined(separator: " ")]
        let plain = NameFolder.foldedWords(name).drop { $0 == "the" }.joined(separator: " ")
        if !plain.isEmpty && plain != keys[0] { keys.append(plain) }
        let ids = try aliasIDs(keys, in: db)
        if !ids.isEmpty || words.count < 2 { return ids }
        return try aliasIDs([words[words.count - 1]], in: db)
    }

    private func aliasIDs(_ keys: [String], in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key IN ("
                + keys.map { _ in "?" }.joined(separator: ", ") + ") ORDER BY entity_id",
            arguments: StatementArguments(keys))
    }

    /// The outlets a typed name can mean: by folded name, or by domain.
    func outletIDs(named name: String, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db, sql: "SELECT id FROM outlets WHERE key = ? UNION SELECT id FROM outlets WHERE domain = ?",
            arguments: [folder.key(name, kind: .outlet), name.lowercased()])
    }
}
