import Foundation
import Ingestion
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The fetcher's standard error, read on a thread of its own: failed URLs are kept for the
/// stream, other lines printed as they come.
final class FetchLog: Sendable {
    private struct State {
        var failures: [InputError] = []
        var sawFailure = false
        var joined = false
    }

    private let state = Mutex(State())
    private let done = DispatchSemaphore(value: 0)

    /// Reads `descriptor` to its end on a new thread, then closes it.
    func start(reading descriptor: Int32) {
        let thread = Thread { [self] in
            var pending: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                pending.append(contentsOf: chunk[0..<count])
                while let newline = pending.firstIndex(of: 10) {
                    take(String(decoding: pending[..<newline], as: UTF8.self))
                    pending.removeSubrange(...newline)
                }
            }
            if !pending.isEmpty { take(String(decoding: pending, as: UTF8.self)) }
            close(descriptor)
            done.signal()
        }
        thread.start()
    }

    /// One line of the fetcher: a failed URL is kept, anything else printed.
    private func take(_ line: String) {
        if let failure = Self.failure(in: line) {
            state.withLock {
                $0.failures.append(failure)
                $0.sawFailure = true
            }
        } else {
            printError(line)
        }
    }

    /// `claims-fetch: URL: reason` as a failed input, or `nil` for another line.
    static func failure(in line: String) -> InputError? {
        let prefix = "claims-fetch: "
        guard line.hasPrefix(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard FetchedArticles.isURL(String(rest.prefix(8))), let separator = rest.range(of: ": ") else {
            return nil
        }
        return InputError(
            path: String(rest[..<separator.lowerBound]),
            failure: .notFetched(reason: String(rest[separator.upperBound...])))
    }

    func takeFailure() -> InputError? {
        state.withLock { $0.failures.isEmpty ? nil : $0.failures.removeFirst() }
    }

    var sawFailure: Bool { state.withLock { $0.sawFailure } }
    var joined: Bool { state.withLock { $0.joined } }

    /// Waits for the fetcher's standard error to end.
    func join() {
        done.wait()
        state.withLock { $0.joined = true }
    }
}
