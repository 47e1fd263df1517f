import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// Actors and sources by number of claims; with `name`, those whose name (or surname) starts
    /// with it. Unnamed speakers ("a spokesman" of one article) are not listed.
    public func actors(named name: String? = nil, limit: Int? = 100) throws(StoreError) -> [EntitySummary] {
        if let name, folder.key(name).isEmpty { return [] }
        return try reading { db in
            let query = actorsQuery(named: name, limit: limit)
            return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(
                EntitySummary.init(row:))
        }
    }

    func actorsQuery(named name: String?, limit: Int?) -> PreparedQuery {
        // SQLite reads a negative LIMIT as none.
        let limit = limit ?? -1
        let select =
            "SELECT id, name, kind, claim_count, source_count, mention_count, statement_count FROM entities"
        guard let name, !folder.key(name).isEmpty else {
            return PreparedQuery(
                sql: select
                    + " WHERE claim_count > 0 AND article_id IS NULL AND merged_into IS NULL"
                    + " ORDER BY claim_count DESC, id LIMIT ?",
                arguments: [limit])
        }
        // A prefix range over the alias keys: "stefan" finds "stefanovic" and "nebojsa stefanovic".
        let key = folder.key(name)
        return PreparedQuery(
            sql: select + """
                 WHERE id IN (SELECT entity_id FROM entity_aliases WHERE key >= ? AND key < ?)
                    AND article_id IS NULL AND merged_into IS NULL
                ORDER BY claim_count DESC, mention_count DESC, id LIMIT ?
                """,
            arguments: [key, key + "\u{10FFFF}", limit])
    }

    /// The actors and sources an outlet's claims are attributed to, most used first; the outlet
    /// itself ("told Pishtaz" in Pishtaz) is not its own source. Without an outlet, every outlet's.
    public func sources(outlet: String? = nil, limit: Int? = 100) throws(StoreError) -> [OutletSource] {
        try reading { db in
            guard let query = try sourcesQuery(outlet: outlet, limit: limit, in: db) else { return [] }
            return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(
                OutletSource.init(row:))
        }
    }

    /// The claims of `outlet` whose statement appeared first in another outlet (by date, then
    /// as stored), oldest first, each with that first appearance; `nil` when no outlet has the name.
    public func firstElsewhere(outlet: String, limit: Int? = 100) throws(StoreError) -> [FirstElsewhere]? {
        try reading { db in
            let ids = try outletIDs(named: outlet, in: db)
            guard !ids.isEmpty else { return nil }
            let marks = ids.map { _ in "?" }.joined(separator: ", ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(StoredClaim.columns), f.id AS first_id, fo.name AS first_outlet, f.date AS first_date,
                        fa.article_key AS first_article_key FROM (
                        SELECT c.id AS id, (
                            SELECT m.id FROM claims m
                            WHERE m.id IN (SELECT coalesce(c.group_id, c.id)
                                UNION ALL SELECT id FROM claims WHERE group_id = coalesce(c.group_id, c.id))
                                AND m.actor_id IS c.actor_id
                            ORDER BY m.date IS NULL, m.date, m.id LIMIT 1) AS first
                        FROM claims c
                        WHERE c.outlet_id IN (\(marks))
                            AND (c.group_id IS NOT NULL OR EXISTS (SELECT 1 FROM claims g WHERE g.group_id = c.id))
                    ) picked
                    JOIN claims c ON c.id = picked.id
                    JOIN claims f ON f.id = picked.first
                    JOIN articles fa ON fa.id = f.article_id
                    LEFT JOIN outlets fo ON fo.id = f.outlet_id
                    JOIN articles a ON a.id = c.article_id
                    LEFT JOIN outlets o ON o.id = c.outlet_id
                    LEFT JOIN entities ae ON ae.id = c.actor_id
                    LEFT JOIN entities se ON se.id = c.source_id
                    WHERE f.id <> c.id AND f.outlet_id IS NOT c.outlet_id
                    ORDER BY c.date, c.id
                    LIMIT ?
                    """, arguments: StatementArguments(ids + [Int64(limit ?? -1)]))
            return rows.map { row in
                FirstElsewhere(
                    claim: StoredClaim(row: row), firstClaimID: row["first_id"],
                    firstOutlet: row["first_outlet"],
                    firstDate: (row["first_date"] as String?).flatMap { ClaimDate(parsing: $0) },
                    firstArticleKey: row["first_article_key"])
            }
        }
    }

    func sourcesQuery(outlet: String?, limit: Int?, in db: Database) throws -> PreparedQuery? {
        var arguments: [(any DatabaseValueConvertible)?] = []
        var condition = "e.key <> o.key"
        if let outlet {
            let ids = try outletIDs(named: outlet, in: db)
            guard !ids.isEmpty else { return nil }
            condition += " AND os.outlet_id IN (" + ids.map { _ in "?" }.joined(separator: ", ") + ")"
            arguments.append(contentsOf: ids.map { $0 })
        }
        arguments.append(limit ?? -1)
        return PreparedQuery(
            sql: """
                SELECT o.name, e.name, e.kind, os.actor_count, os.source_count, os.first_date, os.last_date
                FROM outlet_sources os
                JOIN outlets o ON o.id = os.outlet_id
                JOIN entities e ON e.id = os.entity_id
                WHERE \(condition)
                ORDER BY os.actor_count + os.source_count DESC, e.name
                LIMIT ?
                """, arguments: StatementArguments(arguments))
    }

    /// Every outlet with its numbers of articles and claims, most articles first.
    public func outlets() throws(StoreError) -> [OutletSummary] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT name, domain, article_count, claim_count FROM outlets ORDER BY article_count DESC, name"
            ).map { row in
                OutletSummary(name: row[0], domain: row[1], articles: row[2], claims: row[3])
            }
        }
    }
}

extension EntitySummary {
    init(row: Row) {
        id = row[0]
        name = row[1]
        kind = ActorKind(rawValue: row[2]) ?? .unknown
        claims = row[3]
        asSource = row[4]
        mentions = row[5]
        statements = row.count > 6 ? row[6] : claims
    }
}

extension OutletSource {
    init(row: Row) {
        outlet = row[0]
        name = row[1]
        kind = ActorKind(rawValue: row[2]) ?? .unknown
        claims = row[3]
        asSource = row[4]
        firstDate = (row[5] as String?).flatMap { ClaimDate(parsing: $0) }
        lastDate = (row[6] as String?).flatMap { ClaimDate(parsing: $0) }
    }
}

extension ClaimStore {
    /// The folded names each of `ids` is found and filed under, longest first.
    public func aliases(of ids: [Int64]) throws(StoreError) -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        return try reading { db in
            var aliases: [Int64: [String]] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT entity_id, key FROM entity_aliases WHERE entity_id IN ("
                    + ids.map { _ in "?" }.joined(separator: ", ")
                    + ") ORDER BY entity_id, length(key) DESC, key",
                arguments: StatementArguments(ids))
            for row in rows { aliases[row[0], default: []].append(row[1]) }
            return aliases
        }
    }
}

/// A claim of one outlet whose statement appeared first in another.
public struct FirstElsewhere: Sendable, Hashable {
    public var claim: StoredClaim
    public var firstClaimID: Int64
    public var firstOutlet: String?
    public var firstDate: ClaimDate?
    public var firstArticleKey: String
}
