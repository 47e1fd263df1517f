import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// How many claims match `search`, whatever its limit.
    public func count(_ search: ClaimSearch) throws(StoreError) -> Int {
        try reading { db in
            guard let query = try searchQuery(search, in: db, counting: true) else { return 0 }
            return try Int.fetchOne(db, sql: query.sql, arguments: query.arguments) ?? 0
        }
    }

    /// The claims that match `search`, best or oldest first, at most `search.limit`.
    ///
    /// Names are matched through the entity aliases; an actor who is only mentioned yields no
    /// claims and a `note` that says so.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` for raw FTS5 syntax SQLite rejects, or text
    ///   without a single word.
    public func search(_ search: ClaimSearch) throws(StoreError) -> SearchResult {
        try reading { db in
            guard let query = try searchQuery(search, in: db) else {
                return SearchResult(claims: [], note: try missingNote(search, in: db))
            }
            let claims: [StoredClaim]
            do {
                claims = try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(
                    StoredClaim.init(row:))
            } catch let error as DatabaseError where search.raw && error.resultCode == .SQLITE_ERROR {
                throw StoreError(
                    .badQuery,
                    "the --raw search text is not valid FTS5 syntax (\(error.message ?? "syntax error"))")
            }
            return SearchResult(claims: claims, note: claims.isEmpty ? try missingNote(search, in: db) : nil)
        }
    }

    /// The statement `search` runs, or `nil` when a filter names nothing in the archive.
    ///
    /// A name can stand for several entities ("trump": every Trump). Ordered by date, one
    /// `IN (...)` over them would read every claim of all of them and sort; instead each entity
    /// gets its own branch that walks its `(entity, date)` index for at most `limit` claims, and
    /// only those few are merged and sorted.
    /// With `counting`, the statement counts the claims instead, with no limit.
    func searchQuery(_ search: ClaimSearch, in db: Database, counting: Bool = false) throws -> PreparedQuery?
    {
        var conditions: [(sql: String, arguments: [(any DatabaseValueConvertible)?])] = []
        var from = "claims c"
        var fullText: (sql: String, arguments: [(any DatabaseValueConvertible)?])?
        if let text = search.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let match: String
            if search.raw {
                match = text
            } else {
                guard let words = FullTextQuery.words(text) else {
                    throw StoreError(.badQuery, "the search text \"\(text)\" has no word to search for")
                }
                match = words
            }
            from = "claim_search JOIN claims c ON c.id = claim_search.rowid"
            fullText = ("claim_search MATCH ?", [match])
        }
        // The first entity filter with several ids, when results go by date, is split per id.
        var split: (column: String, ids: [Int64])?
        let byDate = fullText == nil || search.order == .date
        func restrict(_ column: String, to ids: [Int64]) {
            if byDate && split == nil && ids.count > 1 && ids.count <= Self.maximumBranches {
                split = (column, ids)
                return
            }
            conditions.append(
                (
                    "c.\(column) IS NOT NULL AND c.\(column) IN ("
                        + ids.map { _ in "?" }.joined(separator: ", ")
                        + ")", ids.map { $0 }
                ))
        }
        if let actorID = search.actorID {
            conditions.append(("c.actor_id = ?", [actorID]))
        }
        if let outletID = search.outletID {
            conditions.append(("c.outlet_id = ?", [outletID]))
        }
        if let actor = search.actor {
            let ids = try entityIDs(named: actor, in: db)
            guard !ids.isEmpty else { return nil }
            restrict("actor_id", to: ids)
        }
        if let source = search.source {
            let ids = try entityIDs(named: source, in: db)
            guard !ids.isEmpty else { return nil }
            restrict("source_id", to: ids)
        }
        if let outlet = search.outlet {
            let ids = try outletIDs(named: outlet, in: db)
            guard !ids.isEmpty else { return nil }
            restrict("outlet_id", to: ids)
        }
        // A partial date sorts before every day it covers, so `since` compares with the date as
        // given and `until` with its last day.
        if let since = search.since {
            conditions.append(("c.date >= ?", [since.description]))
        }
        if let until = search.until {
            conditions.append(("c.date <= ?", [until.lastDay]))
        }
        if let kind = search.kind {
            conditions.append(("c.kind = ?", [kind.rawValue]))
        }
        if let classes = search.classes {
            let names = ClaimClass.allCases.filter(classes.contains).map(\.rawValue)
            conditions.append(
                ("c.class IN (" + names.map { _ in "?" }.joined(separator: ", ") + ")", names.map { $0 }))
        }
        // SQLite reads a negative LIMIT as none.
        let outerLimit = counting ? -1 : search.limit.map { max(0, $0) } ?? -1
        // A page further on: each branch keeps the claims before it too, and the merge skips them.
        let outerOffset = counting ? 0 : max(0, search.offset)
        // One row per group is chosen after every matching claim is.
        let limit = search.distinct ? -1 : outerLimit
        let offset = search.distinct ? 0 : outerOffset
        let kept = limit < 0 ? -1 : limit + offset
        var arguments: [(any DatabaseValueConvertible)?] = []
        func whereClause(_ extra: [(sql: String, arguments: [(any DatabaseValueConvertible)?])]) -> String {
            let all = extra + conditions
            for condition in all { arguments.append(contentsOf: condition.arguments) }
            return all.isEmpty ? "" : "WHERE " + all.map(\.sql).joined(separator: " AND ")
        }
        // The claims are picked first, as ids (and scores), and only those few get their columns:
        // the article text, names and dates are never read for the thousands of claims a
        // frequent word matches and ranking then drops.
        var picked: String
        var order = "c.date, c.id"
        if let split {
            // Each branch: at most `limit` claims of one entity, in index order.
            var branches: [String] = []
            for id in split.ids {
                let clause = whereClause([("c.\(split.column) = ?", [id])] + (fullText.map { [$0] } ?? []))
                branches.append(
                    "SELECT * FROM (SELECT c.id AS id, c.date AS date FROM \(from) \(clause) "
                        + "ORDER BY c.date, c.id LIMIT ?)")
                arguments.append(kept)
            }
            // Merged and cut to the limit before any row gets its columns.
            picked =
                "SELECT id FROM (" + branches.joined(separator: " UNION ALL ")
                + ") ORDER BY date, id LIMIT ? OFFSET ?"
            arguments.append(limit)
            arguments.append(offset)
        } else if let fullText, search.order == .relevance {
            order = "picked.score, c.id"
            if conditions.isEmpty {
                // Ranked by FTS5 alone, without touching the claims table.
                arguments.append(contentsOf: fullText.arguments)
                picked =
                    "SELECT rowid AS id, rank AS score FROM claim_search WHERE claim_search MATCH ? "
                    + "ORDER BY rank, rowid LIMIT ? OFFSET ?"
            } else {
                picked =
                    "SELECT c.id AS id, claim_search.rank AS score FROM \(from) \(whereClause([fullText])) "
                    + "ORDER BY claim_search.rank, c.id LIMIT ? OFFSET ?"
            }
            arguments.append(limit)
            arguments.append(offset)
        } else {
            picked =
                "SELECT c.id AS id FROM \(from) \(whereClause(fullText.map { [$0] } ?? [])) "
                + "ORDER BY c.date, c.id LIMIT ? OFFSET ?"
            arguments.append(limit)
            arguments.append(offset)
        }
        var groupColumns = ""
        if search.distinct {
            let score = order.hasPrefix("picked.score") ? ", min(p.score) AS score" : ""
            picked =
                "SELECT min(p.id) AS id\(score) FROM (\(picked)) p JOIN claims g ON g.id = p.id "
                + "GROUP BY coalesce(g.group_id, g.id)"
            groupColumns = """
                , 1 + (SELECT count(*) FROM claims m WHERE m.group_id = coalesce(c.group_id, c.id)) AS appearances,
                (SELECT count(DISTINCT m.outlet_id) FROM claims m WHERE m.id IN (
                    SELECT coalesce(c.group_id, c.id)
                    UNION ALL SELECT id FROM claims WHERE group_id = coalesce(c.group_id, c.id))) AS outlets
                """
        }
        if counting {
            return PreparedQuery(
                sql: "SELECT count(*) FROM (\(picked))", arguments: StatementArguments(arguments))
        }
        let sql = """
            SELECT \(StoredClaim.columns)\(groupColumns) FROM (\(picked)) picked
            JOIN claims c ON c.id = picked.id
            JOIN articles a ON a.id = c.article_id
            LEFT JOIN outlets o ON o.id = c.outlet_id
            LEFT JOIN entities ae ON ae.id = c.actor_id
            LEFT JOIN entities se ON se.id = c.source_id
            ORDER BY \(order)
            LIMIT ? OFFSET ?
            """
        arguments.append(outerLimit)
        // A page of groups is cut here, after the groups are formed.
        arguments.append(search.distinct ? outerOffset : 0)
        return PreparedQuery(sql: sql, arguments: StatementArguments(arguments))
    }

    /// Past this many entities for one name, one `IN (...)` beats a branch per entity.
    static let maximumBranches = 100

    /// Why a search found nothing, when the archive knows something a person would want told.
    private func missingNote(_ search: ClaimSearch, in db: Database) throws -> String? {
        if let actor = search.actor {
            let ids = try entityIDs(named: actor, in: db)
            if ids.isEmpty {
                let others = try surnameSuggestions(for: actor, in: db)
                return "no actor called \"\(actor)\" is in the archive"
                    + (others.isEmpty ? "" : "; by that surname: " + others.joined(separator: ", "))
            }
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT name, claim_count, mention_count FROM entities WHERE id IN ("
                    + ids.map { _ in "?" }.joined(separator: ", ") + ") ORDER BY mention_count DESC",
                arguments: StatementArguments(ids))
            let claims = rows.reduce(0) { $0 + ($1[1] as Int) }
            // mention_count counts articles, once per article for each entity.
            let mentioned = rows.reduce(0) { $0 + ($1[2] as Int) }
            if claims == 0, let first = rows.first {
                let name: String = first[0]
                if mentioned > 0 {
                    return
                        "\(name) is mentioned in \(mentioned) article\(mentioned == 1 ? "" : "s") but has no claims"
                }
                return "\(name) is a source in the archive but makes no claims"
            }
        }
        if let source = search.source, try entityIDs(named: source, in: db).isEmpty {
            return "no source called \"\(source)\" is in the archive"
        }
        if let outlet = search.outlet, try outletIDs(named: outlet, in: db).isEmpty {
            return "no outlet called \"\(outlet)\" is in the archive"
        }
        return nil
    }
}
