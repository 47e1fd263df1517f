import ClaimsModel
import Foundation
import GRDB

/// A correction a person made to who is who, as `claims actors decisions` lists it.
public struct EntityDecision: Sendable, Hashable {
    public enum Action: String, Sendable {
        case merge, rename, alias, split
    }

    public var id: Int64
    public var action: Action
    /// The entity the decision is about, by its current name.
    public var entity: String
    /// For a merge, the entity merged into; for a split, the entity the article's part went to.
    public var target: String?
    /// For a merge, the merged name; for a rename, the name before; for an alias, the name
    /// added; for a split, the article's key.
    public var detail: String?
    public var madeAt: String
    public var undoneAt: String?
}

/// What a decision changed, kept with it so undo puts back exactly that.
private struct Changes: Codable {
    var actorClaims: [Int64] = []
    var sourceClaims: [Int64] = []
    /// Mentions moved, as (article id, start).
    var mentions: [[Int64]] = []
    var aliases: [String] = []
    /// For a split: whether it made the entity it moved the article's part to.
    var created = false
}

extension ClaimStore {
    /// Files every claim, source use and mention of `name` under `target`, and makes later
    /// ingests do the same: the merged entity stays, pointing at `target`.
    ///
    /// - Throws: `StoreError` of kind `.badQuery`, with one sentence and nothing changed, when a
    ///   name fits no actor or several, or both name one actor.
    @discardableResult
    public func merge(_ name: String, into target: String) throws(StoreError) -> EntityDecision {
        try correcting { db in
            let from = try oneEntity(named: name, in: db)
            let into = try oneEntity(named: target, in: db)
            guard from.id != into.id else {
                throw StoreError(
                    .badQuery, "\"\(name)\" and \"\(target)\" are already one actor, \(into.name)")
            }
            var changes = Changes()
            changes.actorClaims = try Int64.fetchAll(
                db, sql: "SELECT id FROM claims WHERE actor_id = ?", arguments: [from.id])
            changes.sourceClaims = try Int64.fetchAll(
                db, sql: "SELECT id FROM claims WHERE source_id = ?", arguments: [from.id])
            changes.mentions = try Row.fetchAll(
                db, sql: "SELECT article_id, start FROM mentions WHERE entity_id = ?", arguments: [from.id]
            ).map { [$0[0], $0[1]] }
            changes.aliases = try String.fetchAll(
                db,
                sql: """
                    SELECT key FROM entity_aliases WHERE entity_id = ?1
                        AND key NOT IN (SELECT key FROM entity_aliases WHERE entity_id = ?2)
                    """, arguments: [from.id, into.id])
            try db.execute(
                sql: "UPDATE claims SET actor_id = ?2 WHERE actor_id = ?1", arguments: [from.id, into.id])
            try db.execute(
                sql: "UPDATE claims SET source_id = ?2 WHERE source_id = ?1", arguments: [from.id, into.id])
            try db.execute(
                sql: "UPDATE OR IGNORE mentions SET entity_id = ?2 WHERE entity_id = ?1",
                arguments: [from.id, into.id])
            try db.execute(
                sql:
                    "INSERT OR IGNORE INTO entity_aliases (key, entity_id) SELECT key, ?2 FROM entity_aliases WHERE entity_id = ?1",
                arguments: [from.id, into.id])
            try db.execute(
                sql: "UPDATE entities SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1",
                arguments: [from.id, into.id])
            try recount([from.id, into.id], in: db)
            return try record(.merge, entity: from.id, target: into.id, detail: from.name, changes, in: db)
        }
    }

    /// Gives the actor `name` the name `newName`; it is still found by the old one.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` when `name` fits no actor or several, or
    ///   `newName` is already another actor's name (merge them instead).
    @discardableResult
    public func rename(_ name: String, to newName: String) throws(StoreError) -> EntityDecision {
        try correcting { db in
            let entity = try oneEntity(named: name, in: db)
            let key = folder.key(newName, kind: entity.kind)
            guard !key.isEmpty else {
                throw StoreError(.badQuery, "\"\(newName)\" has no letters to name an actor")
            }
            if let other = try String.fetchOne(
                db, sql: "SELECT name FROM entities WHERE key = ? AND id <> ? AND merged_into IS NULL",
                arguments: [key, entity.id])
            {
                throw StoreError(
                    .badQuery,
                    "\"\(newName)\" is already another actor (\(other)); merge the two instead")
            }
            var changes = Changes()
            if try addAlias(key, to: entity.id, in: db) { changes.aliases = [key] }
            try db.execute(sql: "UPDATE entities SET name = ? WHERE id = ?", arguments: [newName, entity.id])
            return try record(.rename, entity: entity.id, target: nil, detail: entity.name, changes, in: db)
        }
    }

    /// Makes `alias` another name of the actor `name`: searches find it by that name, and later
    /// ingests file a speaker of that name under it.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` when `name` fits no actor or several, or
    ///   `alias` is already an actor of its own (merge them instead).
    @discardableResult
    public func alias(_ alias: String, for name: String) throws(StoreError) -> EntityDecision {
        try correcting { db in
            let entity = try oneEntity(named: name, in: db)
            let key = folder.key(alias, kind: entity.kind)
            guard !key.isEmpty else {
                throw StoreError(.badQuery, "\"\(alias)\" has no letters to name an actor")
            }
            if let other = try String.fetchOne(
                db, sql: "SELECT name FROM entities WHERE key = ? AND id <> ? AND merged_into IS NULL",
                arguments: [key, entity.id])
            {
                throw StoreError(
                    .badQuery, "\"\(alias)\" is an actor of its own (\(other)); merge the two instead")
            }
            var changes = Changes()
            if try addAlias(key, to: entity.id, in: db) { changes.aliases = [key] }
            return try record(.alias, entity: entity.id, target: nil, detail: key, changes, in: db)
        }
    }

    /// Files what one article says of the actor `name` (its claims, source uses and mentions)
    /// under the actor `newName` instead, made if there is none: two people of one name told
    /// apart. Later ingests are not changed by it.
    ///
    /// - Throws: `StoreError` of kind `.badQuery`, with one sentence and nothing changed, when
    ///   `name` fits no actor or several, the article is not in the archive or is not one of the
    ///   actor's, or the actor is in that article only (rename it instead).
    @discardableResult
    public func split(_ name: String, article articleKey: String, as newName: String) throws(StoreError)
        -> EntityDecision
    {
        try correcting { db in
            let from = try oneEntity(named: name, in: db)
            let articles = try Int64.fetchAll(
                db, sql: "SELECT id FROM articles WHERE article_key = ?", arguments: [articleKey])
            guard articles.count == 1, let article = articles.first else {
                throw StoreError(
                    .badQuery,
                    articles.isEmpty
                        ? "no article \"\(articleKey)\" is in the archive"
                        : "\"\(articleKey)\" is the key of \(articles.count) articles; split cannot tell which"
                )
            }
            let inArticles = try Int64.fetchAll(
                db,
                sql: """
                    SELECT article_id FROM claims WHERE actor_id = ?1 OR source_id = ?1
                    UNION SELECT article_id FROM mentions WHERE entity_id = ?1
                    """, arguments: [from.id])
            guard inArticles.contains(article) else {
                throw StoreError(.badQuery, "\(from.name) is not in the article \"\(articleKey)\"")
            }
            guard inArticles.count > 1 else {
                throw StoreError(
                    .badQuery, "\(from.name) is in the article \"\(articleKey)\" only; rename it instead")
            }
            let key = folder.key(newName, kind: from.kind)
            guard !key.isEmpty else {
                throw StoreError(.badQuery, "\"\(newName)\" has no letters to name an actor")
            }
            var changes = Changes()
            let into: Int64
            if let row = try Row.fetchOne(
                db, sql: "SELECT id, merged_into FROM entities WHERE key = ? AND article_id IS NULL",
                arguments: [key])
            {
                // A name merged away stands for the actor it was merged into.
                let existing: Int64 = (row[1] as Int64?) ?? row[0]
                guard existing != from.id else {
                    throw StoreError(.badQuery, "\"\(newName)\" is \(from.name) itself; give another name")
                }
                into = existing
            } else {
                try db.execute(
                    sql: "INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)",
                    arguments: [from.kind.rawValue, newName, key])
                into = db.lastInsertedRowID
                changes.created = true
                if try addAlias(key, to: into, in: db) { changes.aliases = [key] }
            }
            changes.actorClaims = try Int64.fetchAll(
                db, sql: "SELECT id FROM claims WHERE actor_id = ? AND article_id = ?",
                arguments: [from.id, article])
            changes.sourceClaims = try Int64.fetchAll(
                db, sql: "SELECT id FROM claims WHERE source_id = ? AND article_id = ?",
                arguments: [from.id, article])
            changes.mentions = try Int64.fetchAll(
                db, sql: "SELECT start FROM mentions WHERE entity_id = ? AND article_id = ?",
                arguments: [from.id, article]
            ).map { [article, $0] }
            try db.execute(
                sql: "UPDATE claims SET actor_id = ?2 WHERE actor_id = ?1 AND article_id = ?3",
                arguments: [from.id, into, article])
            try db.execute(
                sql: "UPDATE claims SET source_id = ?2 WHERE source_id = ?1 AND article_id = ?3",
                arguments: [from.id, into, article])
            try db.execute(
                sql: "UPDATE OR IGNORE mentions SET entity_id = ?2 WHERE entity_id = ?1 AND article_id = ?3",
                arguments: [from.id, into, article])
            try recount([from.id, into], in: db)
            return try record(.split, entity: from.id, target: into, detail: articleKey, changes, in: db)
        }
    }

    /// Undoes decision `id` (the latest standing one when `nil`), putting back what it changed.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` when there is no such decision standing.
    @discardableResult
    public func undo(_ id: Int64? = nil) throws(StoreError) -> EntityDecision {
        try correcting { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, action, entity_id, target_id, detail, changes FROM entity_decisions
                    WHERE undone_at IS NULL \(id == nil ? "" : "AND id = ?") ORDER BY id DESC LIMIT 1
                    """, arguments: id.map { [$0] } ?? [])
            guard let row, let action = EntityDecision.Action(rawValue: row[1]) else {
                throw StoreError(
                    .badQuery, id.map { "no standing decision \($0) to undo" } ?? "no decision to undo")
            }
            let decision: Int64 = row[0]
            let entity: Int64 = row[2]
            let target: Int64? = row[3]
            let detail: String? = row[4]
            let changes =
                (try? JSONDecoder().decode(Changes.self, from: Data((row[5] as String).utf8))) ?? Changes()
            switch action {
            case .merge, .split:
                guard let target else { break }
                for (column, ids) in [("actor_id", changes.actorClaims), ("source_id", changes.sourceClaims)]
                {
                    for id in ids {
                        try db.execute(
                            sql: "UPDATE claims SET \(column) = ? WHERE id = ? AND \(column) = ?",
                            arguments: [entity, id, target])
                    }
                }
                for mention in changes.mentions where mention.count == 2 {
                    try db.execute(
                        sql:
                            "UPDATE OR IGNORE mentions SET entity_id = ? WHERE article_id = ? AND start = ? AND entity_id = ?",
                        arguments: [entity, mention[0], mention[1], target])
                }
                try removeAliases(changes.aliases, from: target, in: db)
                if action == .merge {
                    try db.execute(
                        sql: "UPDATE entities SET merged_into = NULL WHERE id = ?", arguments: [entity])
                } else if changes.created {
                    // The actor the split made is left empty, pointing back, so nothing finds it.
                    try db.execute(
                        sql: "UPDATE entities SET merged_into = ? WHERE id = ?", arguments: [entity, target])
                }
                try recount([entity, target], in: db)
            case .rename:
                try removeAliases(changes.aliases, from: entity, in: db)
                try db.execute(sql: "UPDATE entities SET name = ? WHERE id = ?", arguments: [detail, entity])
            case .alias:
                try removeAliases(changes.aliases, from: entity, in: db)
            }
            try db.execute(
                sql: "UPDATE entity_decisions SET undone_at = ? WHERE id = ?",
                arguments: [Self.timestamp(), decision])
            return try decisions(in: db, id: decision)[0]
        }
    }

    /// Every correction made to the archive, oldest first.
    public func decisions() throws(StoreError) -> [EntityDecision] {
        try reading { db in try decisions(in: db, id: nil) }
    }

    /// The decisions, oldest first: decision `id` alone, or those made about entity `about`
    /// (as the actor corrected or as the one merged or split into), or all.
    func decisions(in db: Database, id: Int64?, about entity: Int64? = nil) throws -> [EntityDecision] {
        let filter =
            id != nil ? "WHERE d.id = ?1" : entity != nil ? "WHERE d.entity_id = ?1 OR d.target_id = ?1" : ""
        return try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.action, e.name, t.name, d.detail, d.made_at, d.undone_at
                FROM entity_decisions d JOIN entities e ON e.id = d.entity_id
                LEFT JOIN entities t ON t.id = d.target_id
                \(filter) ORDER BY d.id
                """, arguments: (id ?? entity).map { [$0] } ?? []
        ).map { row in
            EntityDecision(
                id: row[0], action: EntityDecision.Action(rawValue: row[1]) ?? .alias, entity: row[2],
                target: row[3], detail: row[4], madeAt: row[5], undoneAt: row[6])
        }
    }

    /// Runs a correction in one transaction: it all happens, or nothing does.
    private func correcting<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write { db in
                // Names this process resolved before may now mean another entity.
                resolver.reset()
                return try body(db)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The one standing, named actor `name` fits.
    func oneEntity(named name: String, in db: Database) throws -> (
        id: Int64, name: String, kind: ActorKind
    ) {
        let ids = try entityIDs(named: name, in: db)
        let rows =
            ids.isEmpty
            ? []
            : try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, kind, claim_count, key FROM entities
                    WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
                        AND article_id IS NULL AND merged_into IS NULL
                    ORDER BY claim_count DESC, id
                    """, arguments: StatementArguments(ids))
        guard !rows.isEmpty else {
            throw StoreError(.badQuery, "no actor called \"\(name)\" is in the archive")
        }
        // "Obama" is the actor filed under exactly that name, not every Obama its surname finds.
        let exact = rows.filter {
            ($0[4] as String) == folder.key(name, kind: ActorKind(rawValue: $0[2]) ?? .unknown)
        }
        guard let first = exact.count == 1 ? exact[0] : rows.count == 1 ? rows[0] : nil else {
            let names = rows.prefix(5).map { row in
                let claims: Int = row[3]
                return "\(row[1] as String) (\(claims) claim\(claims == 1 ? "" : "s"))"
            }
            throw StoreError(
                .badQuery,
                "\"\(name)\" fits \(rows.count) actors: \(names.joined(separator: ", ")); give the full name")
        }
        return (first[0], first[1], ActorKind(rawValue: first[2]) ?? .unknown)
    }

    /// Adds an alias; whether it was new.
    private func addAlias(_ key: String, to id: Int64, in db: Database) throws -> Bool {
        try db.execute(
            sql: "INSERT OR IGNORE INTO entity_aliases (key, entity_id) VALUES (?, ?)", arguments: [key, id])
        return db.changesCount > 0
    }

    private func removeAliases(_ keys: [String], from id: Int64, in db: Database) throws {
        for key in keys {
            try db.execute(
                sql: "DELETE FROM entity_aliases WHERE key = ? AND entity_id = ?", arguments: [key, id])
        }
    }

    /// Counts again what the writer keeps as running totals, for the entities a correction moved.
    private func recount(_ ids: [Int64], in db: Database) throws {
        for id in ids {
            try db.execute(
                sql: """
                    UPDATE entities SET
                        claim_count = (SELECT count(*) FROM claims WHERE actor_id = ?1),
                        statement_count = (SELECT count(DISTINCT coalesce(group_id, id)) FROM claims
                            WHERE actor_id = ?1),
                        source_count = (SELECT count(*) FROM claims WHERE source_id = ?1),
                        mention_count = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?1)
                    WHERE id = ?1
                    """, arguments: [id])
            try db.execute(sql: "DELETE FROM outlet_sources WHERE entity_id = ?", arguments: [id])
            try db.execute(
                sql: """
                    INSERT INTO outlet_sources (outlet_id, entity_id, actor_count, source_count, first_date, last_date)
                    SELECT outlet_id, ?1, sum(as_actor), sum(as_source), min(date), max(date) FROM (
                        SELECT outlet_id, 1 AS as_actor, 0 AS as_source, date FROM claims WHERE actor_id = ?1
                        UNION ALL
                        SELECT outlet_id, 0, 1, date FROM claims WHERE source_id = ?1)
                    WHERE outlet_id IS NOT NULL GROUP BY outlet_id
                    """, arguments: [id])
        }
    }

    private func record(
        _ action: EntityDecision.Action, entity: Int64, target: Int64?, detail: String?, _ changes: Changes,
        in db: Database
    ) throws -> EntityDecision {
        let json = String(decoding: try JSONEncoder().encode(changes), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO entity_decisions (action, entity_id, target_id, detail, changes, made_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [action.rawValue, entity, target, detail, json, Self.timestamp()])
        return try decisions(in: db, id: db.lastInsertedRowID)[0]
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
