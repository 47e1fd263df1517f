import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// Up to `limit` stored articles after the article id `after`, in id order, as they were
    /// read: body and metadata, outlet by name. Copies are not articles and are not included.
    public func storedArticles(after: Int64, limit: Int) throws(StoreError) -> [(id: Int64, article: Article)]
    {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.article_key, a.body, a.external_id, a.title, o.name, o.domain, a.authors,
                        a.date, a.date_basis, a.url, a.section, a.language, a.source_path
                    FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
                    WHERE a.id > ? ORDER BY a.id LIMIT ?
                    """, arguments: [after, limit]
            ).map { row in
                let authors = (row[7] as String?)?.split(separator: "\n").map(String.init) ?? []
                let article = Article(
                    key: row[1], body: row[2], externalID: row[3], title: row[4], outlet: row[5],
                    outletDomain: row[6], authors: authors,
                    date: (row[8] as String?).flatMap { ClaimDate(parsing: $0) },
                    dateBasis: (row[9] as String?).flatMap(Article.Basis.init(rawValue:)), url: row[10],
                    section: row[11], language: row[12], sourcePath: row[13])
                return (row[0], article)
            }
        }
    }

    /// The decisions standing (not undone), oldest first, with what replaying each needs: the
    /// names as they are now.
    public func standingDecisions() throws(StoreError) -> [EntityDecision] {
        try decisions().filter { $0.undoneAt == nil }
    }
}
