import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A progress bar on standard error while ingesting, redrawn at most five times a second.
///
/// The fraction is estimated from input bytes: the sizes of the files already read, plus the
/// body bytes read so far from the current one. Standard input has no size; then only the
/// counts are shown.
struct ProgressLine {
    private let enabled: Bool
    private let totalBytes: Int
    private var doneBytes = 0
    private var currentPath: String?
    private var currentSize = 0
    private var currentBytes = 0
    private var lastDraw = 0.0
    private var drawn = false

    /// A progress line when standard error is a terminal, over inputs of `totalBytes` (0: unknown).
    init(totalBytes: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    /// Notes that an article of `bodyBytes` bytes was read from `path`.
    mutating func advance(path: String?, bodyBytes: Int) {
        guard enabled else { return }
        if path != currentPath {
            doneBytes += currentSize
            currentPath = path
            currentSize = path.flatMap { Self.size(of: $0) } ?? 0
            currentBytes = 0
        }
        currentBytes += bodyBytes
    }

    /// Redraws the line if enough time has passed.
    mutating func draw(_ tally: IngestTally, now: Double) {
        guard enabled, now - lastDraw >= 0.2 else { return }
        lastDraw = now
        var line = "\r"
        if totalBytes > 0 {
            let done = min(1, Double(doneBytes + min(currentBytes, currentSize)) / Double(totalBytes))
            let width = 24
            let filled = Int(done * Double(width))
            line +=
                "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            line += "] " + String(format: "%3.0f%% ", done * 100)
        }
        line +=
            "\(tally.read) articles (\(tally.new) new, \(tally.unchanged) unchanged, \(tally.failed) failed), "
        line += "\(tally.claims) claims, " + String(format: "%.0f/s", tally.rate(now: now)) + "\u{1B}[K"
        printRaw(line)
        drawn = true
    }

    /// Clears the line so a message or the summary can be printed in its place.
    mutating func clear() {
        guard enabled, drawn else { return }
        printRaw("\r\u{1B}[K")
        drawn = false
        lastDraw = 0
    }

    static func size(of path: String) -> Int? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    private func printRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
