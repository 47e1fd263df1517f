/// The lines of a byte stream, one at a time, without holding more than one line in memory.
///
/// A line longer than `maxLineBytes` is skipped to its end and reported as too long, so one
/// giant record cannot exhaust memory.
public struct LineReader<Source: ByteSource> {
    /// One line, without its `\n` (or `\r\n`).
    public enum Line {
        case text(ArraySlice<UInt8>)
        /// The line was longer than the limit; its bytes are gone.
        case tooLong(byteCount: Int)
    }

    private var source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The longest line kept, in bytes.
    public let maxLineBytes: Int
    /// The 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    public init(_ source: Source, maxLineBytes: Int = 32 << 20) {
        self.source = source
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or `nil` at the end of the stream.
    public mutating func next() throws(ReadFailure) -> Line? {
        var scanFrom = start
        var skipped = 0
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                if skipped > 0 {
                    let total = skipped + (newline - start)
                    start = newline + 1
                    return .tooLong(byteCount: total)
                }
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return .text(line)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                let line = buffer[start...]
                start = buffer.count
                if skipped > 0 { return .tooLong(byteCount: skipped + line.count) }
                return .text(line)
            }
            // Keep only the unfinished line, then read more.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            if buffer.count > maxLineBytes {
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            scanFrom = buffer.count
            if try source.read(into: &buffer, maxCount: 1 << 20) == 0 { atEnd = true }
        }
    }
}

extension ByteSource {
    /// Reads the whole stream, failing with `tooLarge` past `limit` bytes.
    public mutating func readAll(limit: Int) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        while try read(into: &bytes, maxCount: 1 << 20) > 0 {
            if bytes.count > limit {
                throw .tooLarge(limit: limit)
            }
        }
        return bytes
    }
}
