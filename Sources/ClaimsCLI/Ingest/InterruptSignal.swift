import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Ctrl-C (SIGINT) into a flag the ingest checks between articles, so it can stop at an
/// article boundary and commit what is done; a second Ctrl-C exits at once (SQLite rolls back
/// the open batch the next time the database is opened).
final class InterruptSignal: Sendable {
    private let raised = Atomic<Int>(0)
    /// Kept so the handler lives as long as the flag. Safe unchecked: it is set once in `init`
    /// and never read or changed again, so no two threads can touch it.
    nonisolated(unsafe) private let source: any DispatchSourceSignal

    /// Starts listening for SIGINT.
    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            let count = self.raised.add(1, ordering: .sequentiallyConsistent).newValue
            if count > 1 {
                printError("claims: interrupted again; stopping now without committing the open batch")
                _exit(130)
            }
        }
        source.resume()
    }

    /// Whether Ctrl-C has been pressed.
    var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) > 0 }
}
