import ClaimsModel
import Foundation
import GRDB

/// Writes articles with their claims and mentions inside one open transaction.
///
/// Each article is written under its own savepoint, so one that fails rolls back alone and
/// never leaves half of itself. Rows go in through statements prepared once per batch; the
/// full-text index and the running totals (entities, outlets, outlet sources) are updated here
/// rather than by triggers, which would cost a statement per row each.
struct ArchiveWriter {
    private let db: Database
    private let resolver: EntityResolver
    private let ingestedAt: String
    private let insertArticle: Statement
    private let insertClaim: Statement
    private let insertClaimDate: Statement
    private let insertSearch: Statement
    private let insertMention: Statement
    private let countEntity: Statement
    private let countOutlet: Statement
    private let countOutletSource: Statement

    init(db: Database, resolver: EntityResolver, ingestedAt: Date = Date()) throws {
        self.db = db
        self.resolver = resolver
        self.ingestedAt = ISO8601DateFormatter().string(from: ingestedAt)
        insertArticle = try db.makeStatement(
            sql: """
                INSERT INTO articles (outlet_id, article_key, external_id, url, title, authors, section,
                    language, date, date_basis, body, content_hash, source_path, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (content_hash) DO NOTHING
                """)
        insertClaim = try db.makeStatement(
            sql: """
                INSERT INTO claims (article_id, outlet_id, actor_id, actor_text, actor_description, source_id,
                    cue, kind, content, content_start, content_end, speaker_start, speaker_end, cue_start,
                    cue_end, date, date_basis, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertClaimDate = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO claim_dates (claim_id, date) VALUES (?, ?)")
        insertSearch = try db.makeStatement(
            sql: "INSERT INTO claim_search (rowid, content, actor, source) VALUES (?, ?, ?, ?)")
        insertMention = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO mentions (entity_id, article_id, start, \"end\") VALUES (?, ?, ?, ?)")
        countEntity = try db.makeStatement(
            sql: """
                UPDATE entities SET claim_count = claim_count + ?, source_count = source_count + ?,
                    mention_count = mention_count + ? WHERE id = ?
                """)
        countOutlet = try db.makeStatement(
            sql:
                "UPDATE outlets SET article_count = article_count + 1, claim_count = claim_count + ? WHERE id = ?"
        )
        countOutletSource = try db.makeStatement(
            sql: """
                INSERT INTO outlet_sources (outlet_id, entity_id, actor_count, source_count, first_date, last_date)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (outlet_id, entity_id) DO UPDATE SET
                    actor_count = actor_count + ?3, source_count = source_count + ?4,
                    first_date = min(coalesce(first_date, ?5), coalesce(?5, first_date)),
                    last_date = max(coalesce(last_date, ?6), coalesce(?6, last_date))
                """)
    }

    /// Writes one article under a savepoint; a failure specific to the article rolls it back and
    /// is returned as `.failed`, while database-wide failures (disk full, I/O) are thrown.
    func write(_ entry: ArchiveEntry) throws -> WriteOutcome {
        resolver.beginArticle()
        var outcome = WriteOutcome.unchanged
        do {
            try db.inSavepoint {
                outcome = try writeArticle(entry)
                return .commit
            }
            return outcome
        } catch let error as ArticleProblem {
            resolver.rollBackArticle()
            return .failed(error.reason)
        } catch let error as DatabaseError where Self.isArticleSpecific(error) {
            resolver.rollBackArticle()
            return .failed("could not be stored (\(error.message ?? "\(error.resultCode)"))")
        }
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
    }

    private func writeArticle(_ entry: ArchiveEntry) throws -> WriteOutcome {
        let article = entry.article
        // Slicing needs the code points; articles without claims or mentions skip the work.
        let hasSpans = !entry.extraction.claims.isEmpty || !entry.extraction.mentions.isEmpty
        let body = BodyText(hasSpans ? article.body : "")
        for (index, claim) in entry.extraction.claims.enumerated() {
            for span in [claim.contentSpan, claim.speakerSpan, claim.cueSpan].compactMap({ $0 })
            where span.end > body.count || span.start < 0 {
                throw ArticleProblem(
                    reason: "claim \(index + 1) points past the end of the body (\(span.start)..<\(span.end) "
                        + "of \(body.count) characters)")
            }
        }
        let outletID = try article.outlet.flatMap {
            try resolver.outlet(named: $0, domain: article.outletDomain, in: db)
        }
        insertArticle.setUncheckedArguments([
            outletID, article.key, article.externalID, article.url, article.title,
            article.authors.isEmpty ? nil : article.authors.joined(separator: "\n"), article.section,
            article.language, article.date?.description,
            article.date == nil ? nil : article.dateBasis?.rawValue,
            article.body, Data(entry.hash.bytes), article.sourcePath, ingestedAt,
        ])
        try insertArticle.execute()
        guard db.changesCount > 0 else { return .unchanged }
        let articleID = db.lastInsertedRowID

        var tallies: [Int64: Tally] = [:]
        var outletTallies: [Int64: OutletTally] = [:]
        for claim in entry.extraction.claims {
            let actor = try claim.actor.flatMap {
                try resolver.entity(named: $0, kind: claim.actorKind, in: db)
            }
            let source = try claim.source.flatMap {
                try resolver.entity(named: $0, kind: claim.sourceKind ?? .outlet, in: db)
            }
            let actorID = actor?.id
            let sourceID = source?.id
            let date = claim.date ?? article.date
            let basis =
                claim.date != nil ? (claim.dateBasis ?? .text) : (article.date != nil ? .article : nil)
            let storedContent: String? = body.slice(claim.contentSpan) == claim.content ? nil : claim.content
            insertClaim.setUncheckedArguments([
                articleID, outletID, actorID, claim.speakerText, claim.actorDescription, sourceID, claim.cue,
                claim.kind.rawValue, storedContent, claim.contentSpan.start, claim.contentSpan.end,
                claim.speakerSpan?.start, claim.speakerSpan?.end, claim.cueSpan?.start, claim.cueSpan?.end,
                date?.description, basis?.rawValue, claim.confidence,
            ])
            try insertClaim.execute()
            let claimID = db.lastInsertedRowID
            for mentioned in Set(claim.mentionedDates) {
                insertClaimDate.setUncheckedArguments([claimID, mentioned.description])
                try insertClaimDate.execute()
            }
            // Names go in as written and folded, so "orsted" finds "Ørsted" (unicode61 keeps ø).
            insertSearch.setUncheckedArguments([
                claimID, claim.content, Self.searchName(claim.actor, actor),
                Self.searchName(claim.source, source),
            ])
            try insertSearch.execute()
            if let actorID {
                tallies[actorID, default: Tally()].claims += 1
                if let outletID {
                    outletTallies[actorID, default: OutletTally()].actor += 1
                    outletTallies[actorID]!.add(date?.description)
                }
            }
            if let sourceID {
                tallies[sourceID, default: Tally()].sources += 1
                if outletID != nil {
                    outletTallies[sourceID, default: OutletTally()].source += 1
                    outletTallies[sourceID]!.add(date?.description)
                }
            }
        }
        var mentioned: Set<Int64> = []
        for mention in entry.extraction.mentions {
            guard mention.span.end <= body.count,
                let entityID = try resolver.entity(named: mention.name, kind: mention.kind, in: db)?.id
            else { continue }
            insertMention.setUncheckedArguments([entityID, articleID, mention.span.start, mention.span.end])
            try insertMention.execute()
            if mentioned.insert(entityID).inserted { tallies[entityID, default: Tally()].mentions += 1 }
        }
        for (entityID, tally) in tallies {
            countEntity.setUncheckedArguments([tally.claims, tally.sources, tally.mentions, entityID])
            try countEntity.execute()
        }
        if let outletID {
            countOutlet.setUncheckedArguments([entry.extraction.claims.count, outletID])
            try countOutlet.execute()
            for (entityID, tally) in outletTallies {
                countOutletSource.setUncheckedArguments([
                    outletID, entityID, tally.actor, tally.source, tally.first, tally.last,
                ])
                try countOutletSource.execute()
            }
        }
        return .stored(articleID: articleID, claims: entry.extraction.claims.count)
    }
}

/// Why one article cannot be stored as given.
struct ArticleProblem: Error {
    var reason: String
}
