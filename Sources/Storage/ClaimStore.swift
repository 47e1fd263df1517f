import ClaimsModel
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite archive of articles, claims and the people and outlets they name.
///
/// Opening applies the embedded migrations (`migrations/*.sql`) in order and records them;
/// a database that records a migration this binary does not know is refused. The database runs
/// in WAL mode with a 5 s busy timeout, so several processes can search while one ingests.
///
/// ```swift
/// let store = try ClaimStore(path: "claims.sqlite")
/// let outcomes = try store.write([ArchiveEntry(article: article, extraction: extraction)])
/// ```
public final class ClaimStore: Sendable {
    /// How a store is opened.
    public enum Access: Sendable {
        /// Creates the file when missing and applies pending migrations.
        case readWrite
        /// Needs an existing, up-to-date archive; never writes.
        case readOnly
        /// As `readOnly`, with a pool of read connections so several threads read at once (the
        /// web view); needs an archive in WAL mode, as every archive `claims ingest` writes is.
        case readOnlyConcurrent

        var isReadOnly: Bool { self != .readWrite }
    }

    /// The path the store was opened at.
    public let path: String
    let writer: any DatabaseWriter
    let folder: NameFolder
    /// Resolution state kept across write batches. Safe unchecked: it is only used inside
    /// closures run by `writer` (`write`, `writeWithoutTransaction`), which GRDB runs one at a
    /// time on its serial writer queue, so no two threads ever touch it at once.
    nonisolated(unsafe) let resolver: EntityResolver

    /// How long a statement waits for another process's lock before SQLite reports it busy.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (and for `.readWrite`, creates and migrates) the archive at `path`.
    ///
    /// - Throws: `StoreError` with one sentence: not a database, a newer schema, read-only,
    ///   missing (for `.readOnly`), or the SQLite error met.
    public init(path: String, access: Access = .readWrite) throws(StoreError) {
        self.path = path
        try Self.checkAccess(path: path, access: access)
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        // The writer keeps references right itself; checking them costs an index probe per column per row.
        config.foreignKeysEnabled = false
        config.readonly = access.isReadOnly
        config.label = "claims"
        config.prepareDatabase { db in
            // NORMAL is durable against a killed process in WAL mode; only power loss can drop
            // the last commits, and never corrupts.
            // temp_store MEMORY keeps the per-article savepoint journals off the disk.
            // A checkpoint every 10,000 pages (40 MB of WAL) instead of 1,000 writes the hot
            // index pages back once where it would write them ten times.
            try db.execute(
                sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY; "
                    + "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            let writer: any DatabaseWriter
            if access == .readOnly {
                writer = try DatabaseQueue(path: path, configuration: config)
            } else if access == .readOnlyConcurrent {
                var pooled = config
                pooled.maximumReaderCount = 4
                writer = try DatabasePool(path: path, configuration: pooled)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
            }
            self.writer = writer
            let migrator = Self.migrator
            try writer.read { db in
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
                    throw StoreError(
                        .newerSchema,
                        "\(path) was written by a newer version of claims (its schema has "
                            + "\(unknown.joined(separator: ", ")), which this binary does not know); "
                            + "use a newer claims or another --db")
                }
            }
            if access == .readWrite {
                try migrator.migrate(writer)
            } else {
                let complete = try writer.read { try migrator.hasCompletedMigrations($0) }
                if !complete {
                    throw StoreError(
                        .olderSchema,
                        "\(path) has an older schema; run `claims ingest` on it once to upgrade it")
                }
            }
            let words = try writer.read { db in try String.fetchAll(db, sql: "SELECT word FROM titles") }
            folder = NameFolder(titles: Set(words))
            resolver = EntityResolver(folder: folder)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The embedded migrations, registered in file-name order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for name in EmbeddedMigrations.files.keys.sorted() where name.hasSuffix(".sql") {
            let sql = EmbeddedMigrations.files[name]!
            let identifier = String(name.dropLast(4))
            migrator.registerMigration(identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// The identifiers of the migrations this binary knows, oldest first (`0001_initial`, ...).
    public static var knownMigrations: [String] { migrator.migrations }

    /// Refuses, before SQLite is involved, what would otherwise fail late or silently.
    private static func checkAccess(path: String, access: Access) throws(StoreError) {
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && (info.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError(.cannotOpen, "\(path) is a folder, not a database file")
        }
        switch access {
        case .readOnly, .readOnlyConcurrent:
            guard exists else {
                throw StoreError(
                    .missing, "there is no archive at \(path) (run `claims ingest` first, or pass --db)")
            }
            guard permits(path, R_OK) else {
                throw StoreError(.cannotOpen, "\(path) cannot be read (permission denied)")
            }
        case .readWrite:
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if exists {
                guard permits(path, R_OK | W_OK) else {
                    throw StoreError(.readOnly, "\(path) is read-only: nothing can be stored in it")
                }
            } else {
                var folderInfo = stat()
                guard stat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
                    throw StoreError(
                        .cannotOpen, "cannot create \(path): the folder \(folder) does not exist")
                }
            }
            // WAL keeps two files beside the database, so the folder must be writable too.
            guard permits(folder, W_OK) else {
                throw StoreError(
                    .readOnly, "cannot write \(path): its folder \(folder) is read-only")
            }
        }
    }

    /// Runs `body` on the write connection, retrying a few times when another process keeps the
    /// database locked past the busy timeout.
    func writeRetrying<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            do {
                return try writer.writeWithoutTransaction { db in
                    do {
                        return try body(db)
                    } catch {
                        // What the failed write resolved was rolled back with it. Reset here,
                        // on the writer's queue, where every other use of the resolver runs.
                        resolver.reset()
                        throw error
                    }
                }
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 3
            {
                attempt += 1
            } catch {
                throw StoreError.from(error, path: path)
            }
        }
    }

    /// Runs a read on a consistent snapshot.
    func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read { db in try body(db) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}

/// Whether this process may use `path` in `mode` (`R_OK`, `W_OK`); a file-level function because
/// `checkAccess`'s parameter `access` hides the C function there.
private func permits(_ path: String, _ mode: Int32) -> Bool {
    access(path, mode) == 0
}
