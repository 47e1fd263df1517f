import ClaimsModel
import Foundation
import GRDB

/// A statement and its bound values; user text only ever travels in `arguments`.
struct PreparedQuery {
    var sql: String
    var arguments: StatementArguments
}

extension ClaimStore {
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
    func searchQuery(_ search: ClaimSearch, in db: Database) throws -> PreparedQuery? {
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
        let limit = max(0, search.limit)
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
                arguments.append(limit)
            }
            // Merged and cut to the limit before any row gets its columns.
            picked =
                "SELECT id FROM (" + branches.joined(separator: " UNION ALL ") + ") ORDER BY date, id LIMIT ?"
            arguments.append(limit)
        } else if let fullText, search.order == .relevance {
            order = "picked.score, c.id"
            if conditions.isEmpty {
                // Ranked by FTS5 alone, without touching the claims table.
                arguments.append(contentsOf: fullText.arguments)
                picked =
                    "SELECT rowid AS id, rank AS score FROM claim_search WHERE claim_search MATCH ? "
                    + "ORDER BY rank, rowid LIMIT ?"
            } else {
                picked =
                    "SELECT c.id AS id, claim_search.rank AS score FROM \(from) \(whereClause([fullText])) "
                    + "ORDER BY claim_search.rank, c.id LIMIT ?"
            }
            arguments.append(limit)
        } else {
            picked =
                "SELECT c.id AS id FROM \(from) \(whereClause(fullText.map { [$0] } ?? [])) ORDER BY c.date, c.id LIMIT ?"
            arguments.append(limit)
        }
        let sql = """
            SELECT \(StoredClaim.columns) FROM (\(picked)) picked
            JOIN claims c ON c.id = picked.id
            JOIN articles a ON a.id = c.article_id
            LEFT JOIN outlets o ON o.id = c.outlet_id
            LEFT JOIN entities ae ON ae.id = c.actor_id
            LEFT JOIN entities se ON se.id = c.source_id
            ORDER BY \(order)
            LIMIT ?
            """
        arguments.append(limit)
        return PreparedQuery(sql: sql, arguments: StatementArguments(arguments))
    }

    /// Past this many entities for one name, one `IN (...)` beats a branch per entity.
    static let maximumBranches = 100

    /// Why a search found nothing, when the archive knows something a person would want told.
    private func missingNote(_ search: ClaimSearch, in db: Database) throws -> String? {
        if let actor = search.actor {
            let ids = try entityIDs(named: actor, in: db)
            if ids.isEmpty { return "no actor called \"\(actor)\" is in the archive" }
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

    /// Actors and sources by number of claims; with `name`, those whose name (or surname) starts
    /// with it.
    public func actors(named name: String? = nil, limit: Int = 100) throws(StoreError) -> [EntitySummary] {
        if let name, folder.key(name).isEmpty { return [] }
        return try reading { db in
            let query = actorsQuery(named: name, limit: limit)
            return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(
                EntitySummary.init(row:))
        }
    }

    func actorsQuery(named name: String?, limit: Int) -> PreparedQuery {
        let select = "SELECT id, name, kind, claim_count, source_count, mention_count FROM entities"
        guard let name, !folder.key(name).isEmpty else {
            return PreparedQuery(
                sql: select + " WHERE claim_count > 0 ORDER BY claim_count DESC, id LIMIT ?",
                arguments: [limit])
        }
        // A prefix range over the alias keys: "stefan" finds "stefanovic" and "nebojsa stefanovic".
        let key = folder.key(name)
        return PreparedQuery(
            sql: select + """
                 WHERE id IN (SELECT entity_id FROM entity_aliases WHERE key >= ? AND key < ?)
                ORDER BY claim_count DESC, mention_count DESC, id LIMIT ?
                """,
            arguments: [key, key + "\u{10FFFF}", limit])
    }

    /// The actors and sources an outlet's claims are attributed to, most used first; the outlet
    /// itself ("told Pishtaz" in Pishtaz) is not its own source. Without an outlet, every outlet's.
    public func sources(outlet: String? = nil, limit: Int = 100) throws(StoreError) -> [OutletSource] {
        try reading { db in
            guard let query = try sourcesQuery(outlet: outlet, limit: limit, in: db) else { return [] }
            return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(
                OutletSource.init(row:))
        }
    }

    func sourcesQuery(outlet: String?, limit: Int, in db: Database) throws -> PreparedQuery? {
        var arguments: [(any DatabaseValueConvertible)?] = []
        var condition = "e.key <> o.key"
        if let outlet {
            let ids = try outletIDs(named: outlet, in: db)
            guard !ids.isEmpty else { return nil }
            condition += " AND os.outlet_id IN (" + ids.map { _ in "?" }.joined(separator: ", ") + ")"
            arguments.append(contentsOf: ids.map { $0 })
        }
        arguments.append(limit)
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

    /// The claim with this id in its paragraph, or `nil` when there is none.
    public func claim(id: Int64) throws(StoreError) -> ClaimDetail? {
        try reading { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(StoredClaim.columns), a.body, a.authors, a.section, a.date, a.source_path
                        FROM claims c
                        JOIN articles a ON a.id = c.article_id
                        LEFT JOIN outlets o ON o.id = c.outlet_id
                        LEFT JOIN entities ae ON ae.id = c.actor_id
                        LEFT JOIN entities se ON se.id = c.source_id
                        WHERE c.id = ?
                        """, arguments: [id])
            else { return nil }
            let claim = StoredClaim(row: row)
            let body: String = row["body"]
            let span = Paragraph.span(around: claim.contentSpan, in: body)
            let authors: String? = row["authors"]
            return ClaimDetail(
                claim: claim, paragraph: body.slice(span), paragraphSpan: span,
                authors: authors?.split(separator: "\n").map(String.init) ?? [], section: row["section"],
                articleDate: (row["date"] as String?).flatMap { ClaimDate(parsing: $0) },
                sourcePath: row["source_path"])
        }
    }

    /// Counts of everything in the archive.
    public func stats() throws(StoreError) -> ArchiveStats {
        try reading { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let first = try String.fetchOne(db, sql: "SELECT min(date) FROM claims")
            let last = try String.fetchOne(db, sql: "SELECT max(date) FROM claims")
            let schema = try Self.migrator.appliedMigrations(db).last ?? "none"
            return ArchiveStats(
                articles: try count("articles"), claims: try count("claims"), entities: try count("entities"),
                outlets: try count("outlets"), mentions: try count("mentions"),
                firstDate: first.flatMap { ClaimDate(parsing: $0) },
                lastDate: last.flatMap { ClaimDate(parsing: $0) },
                bytes: pages * pageSize, schema: schema)
        }
    }

    /// Copies the archive to a new file at `destination` with SQLite's online backup: a
    /// consistent snapshot even while another process ingests.
    public func backup(to destination: String) throws(StoreError) {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError(.cannotOpen, "\(destination) already exists; the backup will not overwrite it")
        }
        do {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
            try target.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.from(error, path: destination)
        }
    }
}

extension StoredClaim {
    /// The columns `init(row:)` reads, over `claims c`, `articles a`, `outlets o` and the actor
    /// and source `entities ae`, `se`.
    static let columns = """
        c.id, a.article_key, c.article_id, o.name AS outlet, a.title, a.url, c.date, c.date_basis,
        ae.name AS actor, ae.kind AS actor_kind, c.actor_text, c.speaker_start, c.speaker_end,
        c.actor_description, c.cue, c.cue_start, c.cue_end, c.kind,
        coalesce(c.content, substr(a.body, c.content_start + 1, c.content_end - c.content_start)) AS content,
        c.content_start, c.content_end, se.name AS source,
        (SELECT group_concat(date, ' ') FROM claim_dates WHERE claim_id = c.id) AS mentioned_dates,
        c.confidence
        """

    init(row: Row) {
        func span(_ start: Int?, _ end: Int?) -> TextSpan? {
            guard let start, let end, start <= end else { return nil }
            return TextSpan(start, end)
        }
        id = row[0]
        articleKey = row[1]
        articleID = row[2]
        outlet = row[3]
        title = row[4]
        url = row[5]
        date = (row[6] as String?).flatMap { ClaimDate(parsing: $0) }
        dateBasis = row[7]
        actor = row[8]
        actorKind = (row[9] as String?).flatMap(ActorKind.init(rawValue:))
        speakerText = row[10]
        speakerSpan = span(row[11], row[12])
        actorDescription = row[13]
        cue = row[14]
        cueSpan = span(row[15], row[16])
        kind = ClaimKind(rawValue: row[17]) ?? .indirect
        content = row[18]
        contentSpan = span(row[19], row[20]) ?? TextSpan(0, 0)
        source = row[21]
        mentionedDates = ((row[22] as String?) ?? "").split(separator: " ").compactMap {
            ClaimDate(parsing: $0)
        }
        confidence = row[23]
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
