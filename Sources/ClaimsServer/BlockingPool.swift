import Foundation
import Synchronization

/// A fixed set of threads for the blocking SQLite work of pages that are not cached.
///
/// At most `threads` pages are computed at once and further requests wait their turn in order,
/// so 200 clients queue instead of thrashing two cores; and Swift's cooperative threads, which
/// also parse requests and answer cached pages, never block on the database.
final class BlockingPool: Sendable {
    typealias Job = @Sendable () -> Void

    private let jobs = Mutex<[Job]>([])
    /// Signalled once per job queued; each worker takes one job per wait.
    private let queued = DispatchSemaphore(value: 0)
    let threads: Int

    /// Starts `threads` worker threads, which live as long as the process.
    init(threads: Int) {
        self.threads = max(1, threads)
        for index in 0..<self.threads {
            let thread = Thread { [self] in
                while true {
                    queued.wait()
                    let job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                    job?()
                }
            }
            thread.name = "claims-db-\(index)"
            thread.start()
        }
    }

    /// Runs `body` on one of the pool's threads when its turn comes and returns what it returns.
    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            jobs.withLock { $0.append { continuation.resume(returning: body()) } }
            queued.signal()
        }
    }
}
