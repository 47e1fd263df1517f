import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
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
}
