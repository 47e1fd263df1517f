import ClaimsModel
import Foundation
import GRDB

extension ClaimStore {
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
            let articles = try count("articles")
            let linked =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE story_id IS NOT NULL") ?? 0
            var byClass: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT class, count(*) FROM claims WHERE class IS NOT NULL GROUP BY class")
            {
                byClass[row[0]] = row[1]
            }
            let classes = ClaimClass.allCases.compactMap { claimClass in
                byClass[claimClass.rawValue].map { (claimClass: claimClass, claims: $0) }
            }
            return ArchiveStats(
                articles: articles, stories: articles - linked, copies: try count("article_copies"),
                classes: classes,
                claims: try count("claims"), entities: try count("entities"),
                outlets: try count("outlets"), mentions: try count("mentions"),
                firstDate: first.flatMap { ClaimDate(parsing: $0) },
                lastDate: last.flatMap { ClaimDate(parsing: $0) },
                bytes: pages * pageSize, schema: schema)
        }
    }

    /// Copies the archive file at `source`, of any schema version, to `destination` with
    /// SQLite's online backup, without opening it as an archive (which would need it to be
    /// current): the way to read an old archive without changing it.
    public static func snapshot(of source: String, to destination: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: source) else {
            throw StoreError(.cannotOpen, "there is no archive at \(source)")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let original = try DatabaseQueue(path: source, configuration: configuration)
            let target = try DatabaseQueue(path: destination)
            try original.backup(to: target)
            try target.close()
            try original.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.from(error, path: source)
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
