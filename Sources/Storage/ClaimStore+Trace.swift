import ClaimsModel
import Foundation
import GRDB

/// Where one statement travelled: every claim of its group, oldest first.
public struct ClaimTrace: Sendable, Hashable {
    /// The claim that was asked for.
    public var claimID: Int64
    /// The group's id (its first stored claim).
    public var group: Int64
    /// The group's claims by date (undated last), then id; the first is the first appearance.
    public var appearances: [TraceAppearance]
}

/// One claim of a traced group, compared with the group's first appearance.
public struct TraceAppearance: Sendable, Hashable {
    public var claim: StoredClaim
    /// The words differ from the first appearance's (once normalised); `false` for the first.
    public var differs: Bool
    /// How the claim carries the first appearance's statement (`exact`, `contained`,
    /// `paraphrase`); `nil` for the first appearance.
    public var relation: String?
    /// The word-level diff from the first appearance when the words differ.
    public var diff: [WordDiff.Part]?
}

extension ClaimStore {
    /// The group of claim `id` in date order; `nil` when there is no such claim.
    ///
    /// A group only ever holds one actor's claims; should a correction have filed a claim of it
    /// under another actor since (`actors split`), that claim is left out of this actor's trace.
    public func trace(claimID id: Int64) throws(StoreError) -> ClaimTrace? {
        try reading { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT coalesce(group_id, id), actor_id FROM claims WHERE id = ?",
                    arguments: [id])
            else { return nil }
            let group: Int64 = row[0]
            let actor: Int64? = row[1]
            let claims = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(StoredClaim.columns) FROM claims c
                    JOIN articles a ON a.id = c.article_id
                    LEFT JOIN outlets o ON o.id = c.outlet_id
                    LEFT JOIN entities ae ON ae.id = c.actor_id
                    LEFT JOIN entities se ON se.id = c.source_id
                    WHERE c.id IN (SELECT ?1 UNION ALL SELECT id FROM claims WHERE group_id = ?1)
                    ORDER BY c.date IS NULL, c.date, c.id
                    """, arguments: [group]
            ).map(StoredClaim.init(row:)).filter { $0.actorID == actor || $0.id == id }
            return ClaimTrace(claimID: id, group: group, appearances: Self.appearances(claims))
        }
    }

    /// Each claim compared with the first.
    static func appearances(_ claims: [StoredClaim]) -> [TraceAppearance] {
        guard let first = claims.first else { return [] }
        let firstSketch = StatementSketch(first.content)
        return claims.enumerated().map { index, claim in
            guard index > 0 else {
                return TraceAppearance(claim: claim, differs: false, relation: nil, diff: nil)
            }
            let sketch = StatementSketch(claim.content)
            let relation = StatementComparison.relation(firstSketch, sketch)?.0
            let differs = sketch.words != firstSketch.words
            return TraceAppearance(
                claim: claim, differs: differs, relation: relation?.rawValue ?? "joined through another",
                diff: differs ? WordDiff.parts(from: first.content, to: claim.content) : nil)
        }
    }

    /// The claim a person means by `words`: of the claims whose content, actor or source has
    /// all the words, the best match by BM25 (the oldest of equal ones), with how many match;
    /// `nil` when none has them.
    ///
    /// - Throws: `StoreError` of kind `.badQuery` for text without a single word.
    public func claimMatching(_ words: String) throws(StoreError) -> (id: Int64, matches: Int)? {
        guard let match = FullTextQuery.words(words) else {
            throw StoreError(.badQuery, "the text \"\(words)\" has no word to trace")
        }
        return try reading { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, rank FROM claim_search WHERE claim_search MATCH ?
                    ORDER BY rank, rowid LIMIT 50
                    """, arguments: [match])
            guard let best = rows.first else { return nil }
            let matches =
                rows.count < 50
                ? rows.count
                : try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM claim_search WHERE claim_search MATCH ?",
                    arguments: [match]) ?? 0
            return (best[0], matches)
        }
    }
}
