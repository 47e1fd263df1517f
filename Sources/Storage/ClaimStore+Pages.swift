import ClaimsModel
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// A month and how many claims fall in it, for a chart.
public struct MonthCount: Sendable, Hashable {
    /// `YYYY-MM`.
    public var month: String
    public var claims: Int
}

/// An actor or source with the number of claims one page counts for it.
public struct EntityCount: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: ActorKind
    public var claims: Int
}

/// An outlet as its page shows it.
public struct OutletDetail: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var domain: String?
    public var articles: Int
    public var claims: Int
}

/// A stored article with its body and every claim in it, in body order: a claim page.
public struct ArticleDetail: Sendable, Hashable {
    public var id: Int64
    public var key: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var outletID: Int64?
    public var date: ClaimDate?
    public var authors: [String]
    public var body: String
    public var claims: [StoredClaim]
}

/// The queries of the web view's pages, by archive id (pages link to each other by id, so a
/// name several people share never mixes them).
extension ClaimStore {
    /// The actor or source with this id, unless it was merged into another or is unknown.
    public func entity(id: Int64) throws(StoreError) -> EntitySummary? {
        try reading { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, name, kind, claim_count, source_count, mention_count FROM entities
                    WHERE id = ? AND merged_into IS NULL
                    """, arguments: [id]
            ).map(EntitySummary.init(row:))
        }
    }

    /// What `profile(of:)` says of the entity with this id; `nil` when there is none.
    public func profile(id: Int64) throws(StoreError) -> ActorProfile? {
        try reading { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, name, kind FROM entities WHERE id = ? AND merged_into IS NULL",
                    arguments: [id])
            else { return nil }
            return try profile(
                of: (id: row[0], name: row[1], kind: ActorKind(rawValue: row[2]) ?? .unknown), in: db)
        }
    }

    /// Claims per month of the claims an actor makes; months without claims are left out.
    public func monthlyClaims(actorID: Int64) throws(StoreError) -> [MonthCount] {
        try monthly(
            sql:
                "SELECT substr(date, 1, 7) AS m, count(*) FROM claims WHERE actor_id = ? AND date IS NOT NULL "
                + "GROUP BY m ORDER BY m", id: actorID)
    }

    /// Claims per month in an outlet's articles.
    public func monthlyClaims(outletID: Int64) throws(StoreError) -> [MonthCount] {
        try monthly(
            sql:
                "SELECT substr(date, 1, 7) AS m, count(*) FROM claims WHERE outlet_id = ? AND date IS NOT NULL "
                + "GROUP BY m ORDER BY m", id: outletID)
    }

    private func monthly(sql: String, id: Int64) throws(StoreError) -> [MonthCount] {
        try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: [id]).compactMap { row in
                guard let month = row[0] as String?, month.count == 7 else { return nil }
                return MonthCount(month: month, claims: row[1])
            }
        }
    }

    /// The sources an actor's claims reached articles through, most used first.
    public func sources(ofActor id: Int64, limit: Int = 20) throws(StoreError) -> [EntityCount] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.name, e.kind, s.n FROM (
                        SELECT source_id, count(*) AS n FROM claims WHERE actor_id = ? AND source_id IS NOT NULL
                        GROUP BY source_id) s
                    JOIN entities e ON e.id = s.source_id
                    ORDER BY s.n DESC, e.name LIMIT ?
                    """, arguments: [id, limit]
            ).map(EntityCount.init(row:))
        }
    }

    /// The outlet with this id.
    public func outlet(id: Int64) throws(StoreError) -> OutletDetail? {
        try reading { db in
            try Row.fetchOne(
                db, sql: "SELECT id, name, domain, article_count, claim_count FROM outlets WHERE id = ?",
                arguments: [id]
            ).map { row in
                OutletDetail(id: row[0], name: row[1], domain: row[2], articles: row[3], claims: row[4])
            }
        }
    }

    /// Every outlet with its id, most articles first.
    public func outletDetails() throws(StoreError) -> [OutletDetail] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, name, domain, article_count, claim_count FROM outlets ORDER BY article_count DESC, name"
            ).map { row in
                OutletDetail(id: row[0], name: row[1], domain: row[2], articles: row[3], claims: row[4])
            }
        }
    }

    /// The sources of an outlet as `claims sources --outlet` counts them: every actor and source
    /// its articles attribute claims to (the outlet itself aside), by claims made plus claims
    /// carried, most first.
    public func citedSources(outletID: Int64, limit: Int = 20) throws(StoreError) -> [EntityCount] {
        try outletEntities(outletID: outletID, column: "actor_count + os.source_count", limit: limit)
    }

    /// The actors an outlet quotes most, with their number of claims in it.
    public func quotedActors(outletID: Int64, limit: Int = 20) throws(StoreError) -> [EntityCount] {
        try outletEntities(outletID: outletID, column: "actor_count", limit: limit)
    }

    private func outletEntities(outletID: Int64, column: String, limit: Int) throws(StoreError)
        -> [EntityCount]
    {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.name, e.kind, os.\(column) FROM outlet_sources os
                    JOIN entities e ON e.id = os.entity_id
                    JOIN outlets o ON o.id = os.outlet_id
                    WHERE os.outlet_id = ? AND os.\(column) > 0 AND e.key <> o.key
                        AND e.article_id IS NULL AND e.merged_into IS NULL
                    ORDER BY os.\(column) DESC, e.name LIMIT ?
                    """, arguments: [outletID, limit]
            ).map(EntityCount.init(row:))
        }
    }

    /// The article of a claim, with its body and all its claims; `nil` when there is no such claim.
    public func article(ofClaim claimID: Int64) throws(StoreError) -> ArticleDetail? {
        try reading { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.id, a.article_key, a.title, a.url, o.name, a.outlet_id, a.date, a.authors, a.body
                        FROM claims c JOIN articles a ON a.id = c.article_id
                        LEFT JOIN outlets o ON o.id = a.outlet_id
                        WHERE c.id = ?
                        """, arguments: [claimID])
            else { return nil }
            let articleID: Int64 = row[0]
            let claims = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(StoredClaim.columns) FROM claims c
                    JOIN articles a ON a.id = c.article_id
                    LEFT JOIN outlets o ON o.id = c.outlet_id
                    LEFT JOIN entities ae ON ae.id = c.actor_id
                    LEFT JOIN entities se ON se.id = c.source_id
                    WHERE c.article_id = ? ORDER BY c.content_start, c.id
                    """, arguments: [articleID]
            ).map(StoredClaim.init(row:))
            let authors: String? = row[7]
            return ArticleDetail(
                id: articleID, key: row[1], title: row[2], url: row[3], outlet: row[4], outletID: row[5],
                date: (row[6] as String?).flatMap { ClaimDate(parsing: $0) },
                authors: authors?.split(separator: "\n").map(String.init) ?? [], body: row[8], claims: claims)
        }
    }
}

extension EntityCount {
    init(row: Row) {
        id = row[0]
        name = row[1]
        kind = ActorKind(rawValue: row[2]) ?? .unknown
        claims = row[3]
    }
}

extension ClaimStore {
    /// A number that changes whenever another process commits to the archive: the size and
    /// modification time of the database file and of its WAL (a commit grows or rewrites the
    /// WAL, a checkpoint writes the file). A reader's caches are good while it stays the same.
    /// (SQLite's `data_version` is per connection, so it cannot serve a pool of readers.)
    public func changeCounter() throws(StoreError) -> Int {
        var hasher = Hasher()
        for file in [path, path + "-wal"] {
            var info = stat()
            if stat(file, &info) == 0 {
                hasher.combine(info.st_size)
                hasher.combine(info.st_mtim.tv_sec)
                hasher.combine(info.st_mtim.tv_nsec)
            } else {
                hasher.combine(-1)
            }
        }
        return hasher.finalize()
    }
}
