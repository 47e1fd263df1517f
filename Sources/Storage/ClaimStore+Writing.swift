import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
    /// Whether the archive already holds an article (or a copy of one) with this body hash.
    ///
    /// Cheap (one index lookup on a reader connection), so callers skip extracting unchanged
    /// articles. An article written by a batch that is not yet committed is not seen.
    public func contains(hash: ContentHash) throws(StoreError) -> Bool {
        try reading { db in
            try Bool.fetchOne(
                db.cachedStatement(sql: Self.knownBody), arguments: [Data(hash.bytes)]) ?? false
        }
    }

    /// Stores a batch of articles in one transaction, each under its own savepoint.
    ///
    /// An article that cannot be stored rolls back alone and is reported `.failed`; one whose
    /// body is already archived is `.unchanged`. A failure of the database itself (disk full,
    /// read-only, locked past the busy timeout and three retries) stores nothing of the batch
    /// and is thrown. Batches of a few hundred articles amortise the commit.
    ///
    /// - Returns: One outcome per entry, in order.
    public func write(_ entries: [ArchiveEntry], ingestedAt: Date = Date()) throws(StoreError)
        -> [WriteOutcome]
    {
        try writeRetrying { db in
            var outcomes: [WriteOutcome] = []
            outcomes.reserveCapacity(entries.count)
            try db.inTransaction(.immediate) {
                let writer = try ArchiveWriter(db: db, resolver: resolver, ingestedAt: ingestedAt)
                for entry in entries { outcomes.append(try writer.write(entry)) }
                try writer.finish()
                return .commit
            }
            return outcomes
        }
    }
}

extension ClaimStore {
    /// A body the archive holds, as an article or as a copy of one.
    static let knownBody = """
        SELECT 1 FROM articles WHERE content_hash = ?1
        UNION ALL SELECT 1 FROM article_copies WHERE content_hash = ?1 LIMIT 1
        """

    /// Which of `hashes` the archive already holds, in one read.
    public func containing(_ hashes: [ContentHash]) throws(StoreError) -> Set<ContentHash> {
        guard !hashes.isEmpty else { return [] }
        return try reading { db in
            let statement = try db.cachedStatement(sql: Self.knownBody)
            var known: Set<ContentHash> = []
            for hash in hashes where try Bool.fetchOne(statement, arguments: [Data(hash.bytes)]) != nil {
                known.insert(hash)
            }
            return known
        }
    }
}
