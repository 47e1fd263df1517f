import ClaimsModel
import Foundation
import GRDB

/// Writes articles with their claims and mentions inside one open transaction.
///
/// Each article is written under its own savepoint, so one that fails rolls back alone and
/// never leaves half of itself. Rows go in through statements prepared once per batch, with
/// values bound one by one (no boxing); the full-text index is filled here rather than by
/// triggers. The running totals (entities, outlets, outlet sources) are summed in memory over
/// the whole batch and written once by `finish()`, inside the same transaction, so a batch of
/// 400 articles updates a popular entity once instead of hundreds of times.
final class ArchiveWriter {
    private let db: Database
    private let resolver: EntityResolver
    private let ingestedAt: String
    private let insertArticle: StatementBinding
    private let findByURL: StatementBinding
    private let insertCopy: StatementBinding
    private let findBand: StatementBinding
    private let findBody: StatementBinding
    private let insertBand: StatementBinding
    private let insertKey: StatementBinding
    private let findStatement: StatementBinding
    private let insertClaim: StatementBinding
    private let insertClaimDate: StatementBinding
    private let insertSearch: StatementBinding
    private let insertMention: StatementBinding
    private let countEntity: StatementBinding
    private let countOutlet: StatementBinding
    private let countOutletSource: StatementBinding
    private let savepoint: StatementBinding
    private let release: StatementBinding
    private let rollBack: StatementBinding
    private let resolving: ResolverStatements

    /// Totals of the articles written so far in this batch, not yet in the tables.
    private var entityTotals: [Int64: Tally] = [:]
    private var outletTotals: [Int64: (articles: Int, claims: Int)] = [:]
    private var outletSourceTotals: [OutletEntity: OutletTally] = [:]
    /// The band keys of the articles written in this batch, by key: looked up beside
    /// `article_bands` and written to it in key order by `finish()`, which keeps the index's
    /// random keys from costing a page per insert.
    private var batchBands: [Int64: [Int64]] = [:]
    /// The statement keys of the claims written in this batch, by key, the same way.
    private var batchKeys: [Int64: [Int64]] = [:]
    /// The full-text rows of the claims written in this batch, written by `finish()` after the
    /// last article's savepoint: FTS5 flushes its pending terms to a new segment at every
    /// savepoint it takes part in, so rows written article by article cost a segment (and its
    /// merging) per article.
    private var batchSearch: [SearchRow] = []
    /// The statements of the claims this writer stored, by claim id, so a candidate met again is
    /// compared without reading its article; dropped wholesale past `rememberedLimit`.
    private var remembered: [Int64: RememberedStatement] = [:]
    private static let rememberedLimit = 200_000

    init(db: Database, resolver: EntityResolver, ingestedAt: Date = Date()) throws {
        self.db = db
        self.resolver = resolver
        self.ingestedAt = ISO8601DateFormatter().string(from: ingestedAt)
        func prepare(_ sql: String) throws -> StatementBinding {
            StatementBinding(try db.makeStatement(sql: sql))
        }
        insertArticle = try prepare(
            """
            INSERT INTO articles (outlet_id, article_key, external_id, url, title, authors, section,
                language, date, date_basis, body, content_hash, source_path, ingested_at, claim_count,
                canonical_url, story_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (content_hash) DO NOTHING
            """)
        findByURL = try prepare(
            "SELECT id, article_key FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1")
        insertCopy = try prepare(
            """
            INSERT INTO article_copies (article_id, article_key, url, source_path, content_hash, ingested_at,
                overlap)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (content_hash) DO NOTHING
            """)
        findBody = try prepare("SELECT 1 FROM articles WHERE content_hash = ?")
        findBand = try prepare(
            "SELECT article_id FROM article_bands WHERE band IN ("
                + Array(repeating: "?", count: BodyFingerprint.bands).joined(separator: ", ") + ") LIMIT 256")
        insertBand = try prepare("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)")
        insertKey = try prepare("INSERT OR IGNORE INTO claim_keys (key, claim_id) VALUES (?, ?)")
        findStatement = try prepare(
            """
            SELECT c.actor_id, coalesce(c.group_id, c.id),
                coalesce(c.content, substr(a.body, c.content_start + 1, c.content_end - c.content_start)), c.date
            FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?
            """)
        insertClaim = try prepare(
            """
            INSERT INTO claims (article_id, outlet_id, actor_id, actor_text, actor_description, source_id,
                cue, kind, content, content_start, content_end, speaker_start, speaker_end, cue_start,
                cue_end, date, date_basis, confidence, class, group_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertClaimDate = try prepare("INSERT OR IGNORE INTO claim_dates (claim_id, date) VALUES (?, ?)")
        insertSearch = try prepare(
            "INSERT INTO claim_search (rowid, content, actor, source) VALUES (?, ?, ?, ?)")
        insertMention = try prepare(
            "INSERT OR IGNORE INTO mentions (article_id, start, entity_id, \"end\") VALUES (?, ?, ?, ?)")
        countEntity = try prepare(
            """
            UPDATE entities SET claim_count = claim_count + ?, source_count = source_count + ?,
                mention_count = mention_count + ?, statement_count = statement_count + ? WHERE id = ?
            """)
        countOutlet = try prepare(
            "UPDATE outlets SET article_count = article_count + ?, claim_count = claim_count + ? WHERE id = ?"
        )
        countOutletSource = try prepare(
            """
            INSERT INTO outlet_sources (outlet_id, entity_id, actor_count, source_count, first_date, last_date)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (outlet_id, entity_id) DO UPDATE SET
                actor_count = actor_count + ?3, source_count = source_count + ?4,
                first_date = min(coalesce(first_date, ?5), coalesce(?5, first_date)),
                last_date = max(coalesce(last_date, ?6), coalesce(?6, last_date))
            """)
        savepoint = try prepare("SAVEPOINT article")
        release = try prepare("RELEASE article")
        rollBack = try prepare("ROLLBACK TO article")
        resolving = try ResolverStatements(db)
    }

    /// Writes one article under a savepoint; a failure specific to the article rolls it back and
    /// is returned as `.failed`, while database-wide failures (disk full, I/O) are thrown.
    func write(_ entry: ArchiveEntry) throws -> WriteOutcome {
        if let problem = entry.spans.problem { return .failed(problem) }
        resolver.beginArticle()
        try savepoint.run()
        do {
            let (outcome, totals) = try writeArticle(entry)
            try release.run()
            if let totals { add(totals) }
            return outcome
        } catch let error as DatabaseError where Self.isArticleSpecific(error) {
            try rollBack.run()
            try release.run()
            resolver.rollBackArticle()
            return .failed("could not be stored (\(error.message ?? "\(error.resultCode)"))")
        }
    }

    /// Writes the batch's running totals; call once, after the last article, before committing.
    func finish() throws {
        for (entityID, tally) in entityTotals {
            countEntity.bind(1, tally.claims)
            countEntity.bind(2, tally.sources)
            countEntity.bind(3, tally.mentions)
            countEntity.bind(4, tally.statements)
            countEntity.bind(5, entityID)
            try countEntity.run()
        }
        for (outletID, totals) in outletTotals {
            countOutlet.bind(1, totals.articles)
            countOutlet.bind(2, totals.claims)
            countOutlet.bind(3, outletID)
            try countOutlet.run()
        }
        for (pair, tally) in outletSourceTotals {
            countOutletSource.bind(1, pair.outlet)
            countOutletSource.bind(2, pair.entity)
            countOutletSource.bind(3, tally.actor)
            countOutletSource.bind(4, tally.source)
            countOutletSource.bind(5, tally.first)
            countOutletSource.bind(6, tally.last)
            try countOutletSource.run()
        }
        entityTotals.removeAll()
        outletTotals.removeAll()
        outletSourceTotals.removeAll()
        for key in batchBands.keys.sorted() {
            for article in batchBands[key]! {
                insertBand.bind(1, key)
                insertBand.bind(2, article)
                try insertBand.run()
            }
        }
        batchBands.removeAll()
        for key in batchKeys.keys.sorted() {
            for claim in batchKeys[key]! {
                insertKey.bind(1, key)
                insertKey.bind(2, claim)
                try insertKey.run()
            }
        }
        batchKeys.removeAll()
        // Names go in as written and folded, so "orsted" finds "Ørsted" (unicode61 keeps ø).
        for row in batchSearch {
            insertSearch.bind(1, row.claim)
            insertSearch.bind(2, row.content)
            insertSearch.bind(3, row.actor)
            insertSearch.bind(4, row.source)
            try insertSearch.run()
        }
        batchSearch.removeAll()
    }

    /// A name for the full-text index: as written, plus its folded key when that differs.
    private static func searchName(_ name: String?, _ entity: ResolvedEntity?) -> String? {
        guard let name else { return nil }
        guard let entity, entity.key != name.lowercased() else { return name }
        return name + " " + entity.key
    }

    /// Constraint failures and the like belong to one article; anything else stops the batch.
    private static func isArticleSpecific(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE: true
        default: false
        }
    }

    private struct Tally {
        var claims = 0
        var sources = 0
        var mentions = 0
        /// Claims that began a group.
        var statements = 0

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.claims += rhs.claims
            lhs.statements += rhs.statements
            lhs.sources += rhs.sources
            lhs.mentions += rhs.mentions
        }
    }

    private struct OutletEntity: Hashable {
        var outlet: Int64
        var entity: Int64
    }

    private struct OutletTally {
        var actor = 0
        var source = 0
        var first: String?
        var last: String?

        mutating func add(_ date: String?) {
            guard let date else { return }
            if first == nil || date < first! { first = date }
            if last == nil || date > last! { last = date }
        }

        static func += (lhs: inout OutletTally, rhs: OutletTally) {
            lhs.actor += rhs.actor
            lhs.source += rhs.source
            lhs.add(rhs.first)
            lhs.add(rhs.last)
        }
    }

    /// What one stored article adds to the batch's totals.
    private struct ArticleTotals {
        var outlet: Int64?
        var claims = 0
        var entities: [Int64: Tally] = [:]
        var outletSources: [Int64: OutletTally] = [:]
        /// The stored article and its fingerprint's band keys.
        var bands: (article: Int64, keys: [Int64])?
        /// The statement keys of its claims, with the claim's id: those of named actors, which
        /// go to the index, and all of them, for claims later in the same article.
        var statementKeys: [(key: Int64, claim: Int64)] = []
        var articleKeys: [(key: Int64, claim: Int64)] = []
        var statements: [Int64: RememberedStatement] = [:]
        var search: [SearchRow] = []
    }

    /// One claim's row of the full-text index.
    private struct SearchRow {
        var claim: Int64
        var content: String
        var actor: String?
        var source: String?
    }

    /// What the writer keeps of a stored claim's statement.
    private struct RememberedStatement {
        var actor: Int64
        var group: Int64
        var date: String?
        var sketch: StatementSketch
    }

    private func add(_ totals: ArticleTotals) {
        if let (article, keys) = totals.bands {
            for key in keys { batchBands[key, default: []].append(article) }
        }
        for (key, claim) in totals.statementKeys { batchKeys[key, default: []].append(claim) }
        batchSearch += totals.search
        if remembered.count + totals.statements.count > Self.rememberedLimit { remembered.removeAll() }
        remembered.merge(totals.statements) { $1 }
        for (entityID, tally) in totals.entities { entityTotals[entityID, default: Tally()] += tally }
        guard let outlet = totals.outlet else { return }
        outletTotals[outlet, default: (0, 0)].articles += 1
        outletTotals[outlet]!.claims += totals.claims
        for (entityID, tally) in totals.outletSources {
            outletSourceTotals[OutletEntity(outlet: outlet, entity: entityID), default: OutletTally()] +=
                tally
        }
    }

    /// Records `entry` as a copy when a stored article has its canonical URL and another body;
    /// `nil` when it is no copy.
    private func recordCopy(_ entry: ArchiveEntry, canonicalURL: String) throws -> WriteOutcome? {
        findByURL.bind(1, canonicalURL)
        guard let (articleID, key) = try findByURL.idsAndKeys(limit: 1).first else { return nil }
        if try isStored(entry) { return .unchanged }
        return try insertCopy(entry, of: articleID, key: key, overlap: nil)
    }

    /// Whether an article with `entry`'s body is already stored.
    private func isStored(_ entry: ArchiveEntry) throws -> Bool {
        findBody.bind(1, bytes: entry.hash.bytes)
        return try findBody.firstInteger() != nil
    }

    private func insertCopy(_ entry: ArchiveEntry, of articleID: Int64, key: String, overlap: Double?) throws
        -> WriteOutcome
    {
        insertCopy.bind(1, articleID)
        insertCopy.bind(2, entry.article.key)
        insertCopy.bind(3, entry.article.url)
        insertCopy.bind(4, entry.article.sourcePath)
        insertCopy.bind(5, bytes: entry.hash.bytes)
        insertCopy.bind(6, ingestedAt)
        if let overlap { insertCopy.bind(7, overlap) } else { insertCopy.bind(7, nil as Int64?) }
        try insertCopy.run()
        return db.changesCount > 0 ? .copy(of: key) : .unchanged
    }

    /// A stored article whose body tells the same story as `entry`'s: the candidates sharing a
    /// band of its fingerprint, most bands first, until one passes `BodyComparison`.
    private func sameStory(as entry: ArchiveEntry, _ fingerprint: BodyFingerprint) throws -> StoredStory? {
        var shared: [Int64: Int] = [:]
        let keys = fingerprint.bandKeys
        for (index, key) in keys.enumerated() {
            findBand.bind(Int32(index + 1), key)
            for id in batchBands[key] ?? [] { shared[id, default: 0] += 1 }
        }
        for id in try findBand.integers(limit: 256) { shared[id, default: 0] += 1 }
        let candidates = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
        for (id, _) in candidates {
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT a.body, o.key, a.story_id, a.article_key FROM articles a
                            LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?
                            """),
                    arguments: [id]),
                let overlap = BodyComparison.overlap(entry.article.body, row[0])
            else { continue }
            return StoredStory(
                articleID: id, key: row[3], outletKey: row[1], storyID: row[2] ?? id, overlap: overlap)
        }
        return nil
    }

    /// The group a claim of `actor` saying `sketch` joins: the group of the claim of that actor
    /// that shares most of its keys (in the archive, the batch or the article) and carries the
    /// same statement, the closest relation first (exact, contained, paraphrase), then the
    /// oldest group; `nil` when it begins a group of its own.
    private func group(
        of sketch: StatementSketch, actor: Int64, date: String?, keys: [Int64], indexed: Bool,
        _ article: ArticleTotals
    ) throws -> Int64? {
        guard !keys.isEmpty else { return nil }
        var shared: [Int64: Int] = [:]
        let wanted = Set(keys)
        for (key, id) in article.articleKeys where wanted.contains(key) { shared[id, default: 0] += 1 }
        // An unnamed speaker ("a spokesman") is an actor of one article only: nothing elsewhere
        // can be its statement.
        if indexed {
            for key in keys {
                for id in batchKeys[key] ?? [] { shared[id, default: 0] += 1 }
            }
            let find = StatementBinding(
                try db.cachedStatement(
                    sql: "SELECT claim_id FROM claim_keys WHERE key IN ("
                        + Array(repeating: "?", count: keys.count).joined(separator: ", ") + ") LIMIT 64"))
            for (index, key) in keys.enumerated() { find.bind(Int32(index + 1), key) }
            for id in try find.integers(limit: 64) { shared[id, default: 0] += 1 }
        }
        guard !shared.isEmpty else { return nil }
        let candidates = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
        var best: (relation: StatementComparison.Relation, similarity: Double, group: Int64)?
        for (id, _) in candidates {
            guard let other = try statement(of: id, article), other.actor == actor,
                let (relation, similarity) = StatementComparison.relation(
                    sketch, other.sketch, daysApart: ClaimDays.apart(date, other.date))
            else { continue }
            if let current = best,
                (current.relation, -current.similarity, current.group) <= (relation, -similarity, other.group)
            {
                continue
            }
            best = (relation, similarity, other.group)
        }
        return best?.group
    }

    /// A stored claim's statement: remembered, or read back from its article.
    private func statement(of id: Int64, _ article: ArticleTotals) throws -> RememberedStatement? {
        if let known = article.statements[id] ?? remembered[id] { return known }
        findStatement.bind(1, id)
        guard let (row, content, date) = try findStatement.statementRow() else { return nil }
        return RememberedStatement(actor: row[0], group: row[1], date: date, sketch: StatementSketch(content))
    }

    /// A stored article of the same story, found by `sameStory(as:_:)`.
    private struct StoredStory {
        var articleID: Int64
        var key: String
        var outletKey: String?
        /// The story's first article.
        var storyID: Int64
        var overlap: Double
    }

    private func writeArticle(_ entry: ArchiveEntry) throws -> (WriteOutcome, ArticleTotals?) {
        let article = entry.article
        let claims = entry.extraction.claims
        let canonicalURL = article.url.flatMap(CanonicalURL.key)
        if let canonicalURL, let copy = try recordCopy(entry, canonicalURL: canonicalURL) {
            return (copy, nil)
        }
        // The same story in the same outlet (or where either has none) is another file of one
        // article; in another outlet it is that outlet's article, linked to the story. Outlets
        // are compared by key, so a copy never creates an outlet of no articles.
        var storyID: Int64?
        if try isStored(entry) { return (.unchanged, nil) }
        if let fingerprint = entry.fingerprint, let story = try sameStory(as: entry, fingerprint) {
            let outletKey = article.outlet.map(resolver.outletKey)
            if story.outletKey == nil || outletKey == nil || story.outletKey == outletKey {
                return (
                    try insertCopy(entry, of: story.articleID, key: story.key, overlap: story.overlap), nil
                )
            }
            storyID = story.storyID
        }
        let outletID = try article.outlet.flatMap {
            try resolver.outlet(named: $0, domain: article.outletDomain, in: resolving)
        }
        let statement = insertArticle
        statement.bind(1, outletID)
        statement.bind(2, article.key)
        statement.bind(3, article.externalID)
        statement.bind(4, article.url)
        statement.bind(5, article.title)
        statement.bind(6, article.authors.isEmpty ? nil : article.authors.joined(separator: "\n"))
        statement.bind(7, article.section)
        statement.bind(8, article.language)
        statement.bind(9, article.date?.description)
        statement.bind(10, article.date == nil ? nil : article.dateBasis?.rawValue)
        statement.bind(11, article.body)
        statement.bind(12, bytes: entry.hash.bytes)
        statement.bind(13, article.sourcePath)
        statement.bind(14, ingestedAt)
        statement.bind(15, claims.count)
        statement.bind(16, canonicalURL)
        statement.bind(17, storyID)
        try statement.run()
        guard db.changesCount > 0 else { return (.unchanged, nil) }
        let articleID = db.lastInsertedRowID

        for (short, full) in entry.extraction.abbreviations.sorted(by: { $0.key < $1.key }) {
            try resolver.defineAbbreviation(short, for: full, in: resolving)
        }
        var totals = ArticleTotals(outlet: outletID, claims: claims.count)
        totals.bands = entry.fingerprint.map { (articleID, $0.bandKeys) }
        for (index, claim) in claims.enumerated() {
            let actor = try claim.actor.flatMap {
                try resolver.entity(
                    named: $0, kind: claim.actorKind, article: claim.actorIsNamed ? nil : articleID,
                    in: resolving)
            }
            let source = try claim.source.flatMap {
                try resolver.entity(named: $0, kind: claim.sourceKind ?? .outlet, in: resolving)
            }
            let date = (claim.date ?? article.date)?.description
            let basis =
                claim.date != nil ? (claim.dateBasis ?? .text) : (article.date != nil ? .article : nil)
            let sketch = actor == nil ? nil : entry.statements[index]
            let keys = sketch.map { $0.keys(actor: actor!.id) } ?? []
            let group = try sketch.flatMap {
                try self.group(
                    of: $0, actor: actor!.id, date: date, keys: keys, indexed: claim.actorIsNamed, totals)
            }
            let row = insertClaim
            row.bind(1, articleID)
            row.bind(2, outletID)
            row.bind(3, actor?.id)
            row.bind(4, claim.speakerText)
            row.bind(5, claim.actorDescription)
            row.bind(6, source?.id)
            row.bind(7, claim.cue)
            row.bind(8, claim.kind.rawValue)
            row.bind(9, entry.spans.storesContent[index] ? claim.content : nil)
            row.bind(10, claim.contentSpan.start)
            row.bind(11, claim.contentSpan.end)
            row.bind(12, claim.speakerSpan?.start)
            row.bind(13, claim.speakerSpan?.end)
            row.bind(14, claim.cueSpan?.start)
            row.bind(15, claim.cueSpan?.end)
            row.bind(16, date)
            row.bind(17, basis?.rawValue)
            row.bind(18, claim.confidence)
            row.bind(19, claim.claimClass.rawValue)
            row.bind(20, group)
            try row.run()
            let claimID = db.lastInsertedRowID
            for key in keys {
                if claim.actorIsNamed { totals.statementKeys.append((key, claimID)) }
                totals.articleKeys.append((key, claimID))
            }
            if let sketch, !keys.isEmpty {
                totals.statements[claimID] = RememberedStatement(
                    actor: actor!.id, group: group ?? claimID, date: date, sketch: sketch)
            }
            for mentioned in Set(claim.mentionedDates) {
                insertClaimDate.bind(1, claimID)
                insertClaimDate.bind(2, mentioned.description)
                try insertClaimDate.run()
            }
            totals.search.append(
                SearchRow(
                    claim: claimID, content: claim.content, actor: Self.searchName(claim.actor, actor),
                    source: Self.searchName(claim.source, source)))
            if let actorID = actor?.id {
                totals.entities[actorID, default: Tally()].claims += 1
                if group == nil { totals.entities[actorID]!.statements += 1 }
                if outletID != nil {
                    totals.outletSources[actorID, default: OutletTally()].actor += 1
                    totals.outletSources[actorID]!.add(date)
                }
            }
            if let sourceID = source?.id {
                totals.entities[sourceID, default: Tally()].sources += 1
                if outletID != nil {
                    totals.outletSources[sourceID, default: OutletTally()].source += 1
                    totals.outletSources[sourceID]!.add(date)
                }
            }
        }
        var mentioned: Set<Int64> = []
        for (index, mention) in entry.extraction.mentions.enumerated() {
            guard entry.spans.mentionFits[index],
                let entityID = try resolver.entity(named: mention.name, kind: mention.kind, in: resolving)?.id
            else { continue }
            insertMention.bind(1, articleID)
            insertMention.bind(2, mention.span.start)
            insertMention.bind(3, entityID)
            insertMention.bind(4, mention.span.end)
            try insertMention.run()
            if mentioned.insert(entityID).inserted {
                totals.entities[entityID, default: Tally()].mentions += 1
            }
        }
        return (.stored(articleID: articleID, claims: claims.count), totals)
    }
}
