import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// The entities a typed name can mean: by its key with and without titles, by the nickname
    /// it quotes, or by the full names it is compatible with. A full name that fits none is not
    /// searched by its surname: that would hand one person's claims to another.
    func entityIDs(named name: String, in db: Database) throws -> [Int64] {
        let words = folder.words(name)
        guard !words.isEmpty else { return [] }
        var keys = [words.joined(separator: " ")]
        let plain = NameFolder.foldedWords(name).drop { $0 == "the" }.joined(separator: " ")
        if !plain.isEmpty && plain != keys[0] { keys.append(plain) }
        // Robert C. "Bobby" Scott goes by Bobby Scott.
        if words.count >= 2, let nickname = Self.quotedNickname(name), !folder.key(nickname).isEmpty {
            keys.append(folder.key(nickname) + " " + words[words.count - 1])
        }
        // A name a person merged into another actor means that actor, and only that one.
        if let target = try Int64.fetchOne(
            db, sql: "SELECT merged_into FROM entities WHERE key = ? AND merged_into IS NOT NULL",
            arguments: [keys[0]])
        {
            return [target]
        }
        let ids = try aliasIDs(keys, in: db)
        if !ids.isEmpty || words.count < 2 { return ids }
        // "Donald John Trump" typed, "Donald J. Trump" stored: the same rule as ingest joins by.
        let compatible = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.key FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.key = ? AND e.article_id IS NULL ORDER BY e.id
                """,
            arguments: [words[0] + " " + words[words.count - 1]]
        ).filter { row in
            EntityResolver.compatible(words, (row[1] as String).split(separator: " ").map(String.init))
        }.map { $0[0] as Int64 }
        return compatible
    }

    /// The people filed under the surname of a full name the archive does not know, most quoted
    /// first: what the user may have meant.
    func surnameSuggestions(for name: String, in db: Database) throws -> [String] {
        let words = folder.words(name)
        guard words.count >= 2 else { return [] }
        return try String.fetchAll(
            db,
            sql: """
                SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.key = ? AND e.article_id IS NULL AND e.kind = 'person' AND e.claim_count > 0
                ORDER BY e.claim_count DESC, e.id LIMIT 5
                """,
            arguments: [words[words.count - 1]])
    }

    /// The word a name quotes as a nickname (`Robert C. "Bobby" Scott`), if any.
    static func quotedNickname(_ name: String) -> String? {
        let quotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]
        let parts = name.split(whereSeparator: { quotes.contains($0) })
        guard parts.count >= 3 else { return nil }
        let nickname = parts[1].trimmingCharacters(in: .whitespaces)
        return nickname.isEmpty || nickname.contains(" ") ? nil : nickname
    }

    private func aliasIDs(_ keys: [String], in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key IN ("
                + keys.map { _ in "?" }.joined(separator: ", ") + ") ORDER BY entity_id",
            arguments: StatementArguments(keys))
    }

    /// The people a typed name may mean, most quoted first: more than one means a search by
    /// that name would mix several people's claims ("Trump": Donald, Ivanka, Eric).
    public func people(named name: String) throws(StoreError) -> [EntitySummary] {
        try reading { db in
            let ids = try entityIDs(named: name, in: db)
            guard !ids.isEmpty else { return [] }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, kind, claim_count, source_count, mention_count FROM entities
                    WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
                        AND kind = 'person' AND article_id IS NULL AND claim_count > 0
                    ORDER BY claim_count DESC, id
                    """,
                arguments: StatementArguments(ids)
            ).map(EntitySummary.init(row:))
        }
    }

    /// The outlets a typed name can mean (`OutletName.matches`): by name or its first words, by
    /// initials, or by domain. Outlets are few (a publisher each), so they are read and matched
    /// here rather than through an index.
    func outletIDs(named name: String, in db: Database) throws -> [Int64] {
        try Row.fetchAll(db, sql: "SELECT id, name, domain FROM outlets ORDER BY id").compactMap { row in
            OutletName.matches(name, name: row[1], domain: row[2]) ? row[0] : nil
        }
    }
}
