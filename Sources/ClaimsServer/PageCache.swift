import Foundation
import Storage

/// Rendered pieces of pages whose queries read many rows (an actor's profile and chart, an
/// outlet page), kept until the archive changes: `ClaimStore.changeCounter()` (the database and
/// WAL files' sizes and times) is read on each use, so a commit by an ingest running beside the
/// server empties the cache.
///
/// Safe unchecked: `counter` and `entries` are read and written only while `lock` is held, and a
/// stored value is never changed after `make` returns it (the pages' contexts are dictionaries
/// and arrays of strings and numbers, value types only read once stored). `Mutex` cannot hold
/// them: a mustache context is `[String: Any]`, which is not `Sendable`.
final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var counter: Int?
    private var entries: [String: Any] = [:]
    /// Past this many entries the cache starts again empty, so memory stays bounded.
    static let capacity = 2000

    /// The value stored under `key` for the archive as it is now, made by `make` when missing.
    func value<T>(_ key: String, store: ClaimStore, make: () throws -> T) throws -> T {
        let now = try store.changeCounter()
        lock.lock()
        if counter != now {
            entries.removeAll(keepingCapacity: true)
            counter = now
        }
        if let stored = entries[key], let value = stored as? T {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = try make()
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        if counter == now { entries[key] = value }
        lock.unlock()
        return value
    }
}
