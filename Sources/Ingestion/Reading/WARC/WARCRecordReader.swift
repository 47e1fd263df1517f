#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What every record's version line starts with.
private let warcVersionPrefix: [UInt8] = Array("WARC/1.".utf8)

/// The records of a WARC stream (ISO 28500, WARC 1.0 and 1.1), one at a time, in bounded memory.
///
/// Each record is a `WARC/1.x` version line, header fields up to a blank line, exactly
/// `Content-Length` bytes of block, and two CRLFs. Only the record being read is held (plus one
/// read-ahead chunk): a record over `maxBlockBytes` is streamed past, keeping only its first
/// bytes so the caller can tell what it was. A damaged record is one `.damaged` item with its
/// offset; reading resumes at the next line that starts `WARC/1.`, searched for from the end of
/// the damaged record's header, so the records a lying `Content-Length` swallowed are still read.
public struct WARCRecordReader<Source: ByteSource> {
    /// One step through the stream.
    public enum Item: Sendable, Hashable {
        /// A whole record.
        case record(WARCRecord)
        /// A record whose block is `byteCount` bytes, over the limit: its block holds only the
        /// first `previewBytes`; the rest was read past.
        case oversized(WARCRecord, byteCount: Int)
        /// The record starting at `offset` is damaged and left out.
        case damaged(offset: Int, WARCDamage)
    }

    /// The most header bytes a record may have before it is damaged.
    public let maxHeaderBytes: Int
    /// The largest block read whole.
    public let maxBlockBytes: Int
    /// How much of an oversized block is kept: enough for an HTTP response's head.
    public static var previewBytes: Int { 64 << 10 }
    /// How much is read from the source at a time.
    private static var chunkBytes: Int { 1 << 20 }

    private var source: Source
    /// The bytes from the current record's start (`position`) on, plus what was read ahead.
    private var buffer: [UInt8] = []
    /// Where the next unread byte is in `buffer`.
    private var position = 0
    /// The stream offset of `buffer[0]`.
    private var base = 0
    private var atEnd = false
    /// A decompression failure met reading the source: the stream ends there.
    private var sourceFailure: ReadFailure?
    private var finished = false
    /// Whether anything that looked like a record was met (else a file with no version line at
    /// all is not WARC).
    private var sawRecord = false

    /// Reads records from `source`; blocks over `maxBlockBytes` are read past.
    public init(_ source: Source, maxBlockBytes: Int, maxHeaderBytes: Int = 64 << 10) {
        self.source = source
        self.maxBlockBytes = maxBlockBytes
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// The next record or damaged record, or `nil` at the end of the stream.
    ///
    /// Throws only for what ends the whole file: a read error, a gzip stream broken before any
    /// byte of it was read, or a file that holds no WARC version line anywhere (`notWARC`).
    public mutating func next() throws(ReadFailure) -> Item? {
        guard !finished else { return nil }
        // Records end with two CRLFs; tolerate any run of line breaks between them.
        while true {
            while position < buffer.count && Self.isLineBreak(buffer[position]) { position += 1 }
            if position < buffer.count { break }
            if atEnd { return try end() }
            try fill()
        }
        let start = base + position
        _ = try available(warcVersionPrefix.count)
        guard startsWithVersion(at: position) else {
            if !sawRecord {
                guard try seekVersionLine(from: position) else {
                    finished = true
                    if let failure = sourceFailure { throw failure }
                    throw .notWARC
                }
            } else {
                _ = try seekVersionLine(from: position)
            }
            return .damaged(offset: start, .noVersionLine)
        }
        sawRecord = true

        let headerLength: Int
        switch try findHeaderEnd() {
        case .found(let length):
            headerLength = length
        case .tooLong:
            _ = try seekVersionLine(from: position + 1)
            return .damaged(offset: start, .headerTooLong(limit: maxHeaderBytes))
        case .endOfStream:
            finished = true
            return .damaged(offset: start, sourceDamage() ?? .endsInHeader)
        }
        let headerBytes = buffer[position..<(position + headerLength)]
        let lineEnd = headerBytes.firstIndex(of: 0x0A) ?? headerBytes.endIndex
        var version = String(decoding: headerBytes[..<lineEnd], as: UTF8.self)
        version = String(version.prefix { $0 != "\r" && $0 != " " && $0 != "\t" })
        let fields = HeaderFields(parsing: headerBytes[lineEnd...])
        // The blank line's LF: where a search for the next record starts, so that one
        // swallowed by a wrong length is found.
        let resyncFrom = headerLength - 1

        guard let lengthText = fields["content-length"] else {
            _ = try seekVersionLine(from: position + resyncFrom)
            return .damaged(offset: start, .missingContentLength)
        }
        guard !lengthText.isEmpty, lengthText.utf8.count <= 18,
            lengthText.utf8.allSatisfy({ (48...57).contains($0) }),
            let length = Int(lengthText)
        else {
            _ = try seekVersionLine(from: position + resyncFrom)
            return .damaged(offset: start, .invalidContentLength)
        }
        if length > maxBlockBytes {
            return try readPast(
                start: start, version: version, fields: fields, header: headerLength, length: length)
        }

        guard try available(headerLength + length) else {
            if let damage = sourceDamage() {
                finished = true
                return .damaged(offset: start, damage)
            }
            _ = try seekVersionLine(from: position + resyncFrom)
            return .damaged(offset: start, .lengthPastEnd)
        }
        guard try endsAtRecordBoundary(headerLength + length) else {
            _ = try seekVersionLine(from: position + resyncFrom)
            return .damaged(offset: start, .lengthMismatch)
        }
        let blockStart = position + headerLength
        let block = Array(buffer[blockStart..<(blockStart + length)])
        position = blockStart + length
        return .record(WARCRecord(offset: start, version: version, fields: fields, block: block))
    }

    // MARK: - Reading the stream

    /// Reads one more chunk, first dropping the bytes before `position` (so a record being read
    /// whole is moved once, not once per chunk).
    private mutating func fill() throws(ReadFailure) {
        if position > 0 {
            if buffer.capacity > 8 * Self.chunkBytes && buffer.count - position < Self.chunkBytes {
                // Let go of the memory an oversized record needed.
                buffer = Array(buffer[position...])
            } else {
                buffer.removeSubrange(0..<position)
            }
            base += position
            position = 0
        }
        do {
            if try source.read(into: &buffer, maxCount: Self.chunkBytes) == 0 { atEnd = true }
        } catch {
            switch error {
            case .gzipTruncated, .gzipInvalid, .gzipTooLarge, .gzipStatus:
                // The records read so far stand; the damage is reported at the record it hit.
                if base + buffer.count == 0 { throw error }
                sourceFailure = error
                atEnd = true
            default:
                throw error
            }
        }
    }

    /// Whether `count` bytes from `position` are in the buffer, reading until they are or the
    /// stream ends.
    private mutating func available(_ count: Int) throws(ReadFailure) -> Bool {
        while buffer.count - position < count {
            if atEnd { return false }
            try fill()
        }
        return true
    }

    /// At the end of the stream: a decompression failure there is the last record's damage.
    private mutating func end() throws(ReadFailure) -> Item? {
        finished = true
        guard let damage = sourceDamage() else { return nil }
        return .damaged(offset: base + position, damage)
    }

    /// The damage a decompression failure does to the record it hit; clears it.
    private mutating func sourceDamage() -> WARCDamage? {
        guard let failure = sourceFailure else { return nil }
        sourceFailure = nil
        return failure == .gzipTruncated ? .truncatedGzip : .invalidGzip
    }

    // MARK: - Finding things

    private enum HeaderEnd {
        /// The header's length, through the blank line that ends it.
        case found(Int)
        case tooLong
        case endOfStream
    }

    /// Finds the blank line that ends the header starting at `position`.
    private mutating func findHeaderEnd() throws(ReadFailure) -> HeaderEnd {
        // Relative to `position`, which `fill()` may move.
        var scanned = 0
        while true {
            guard let newline = index(of: 0x0A, from: position + scanned) else {
                scanned = buffer.count - position
                if scanned > maxHeaderBytes { return .tooLong }
                if atEnd { return .endOfStream }
                try fill()
                continue
            }
            let relative = newline - position
            if relative > maxHeaderBytes { return .tooLong }
            // The two bytes after it tell whether a blank line follows.
            if buffer.count - newline < 3 && !atEnd {
                try fill()
                continue
            }
            let next = newline + 1
            if next < buffer.count && buffer[next] == 0x0A { return .found(relative + 2) }
            if next + 1 < buffer.count && buffer[next] == 0x0D && buffer[next + 1] == 0x0A {
                return .found(relative + 3)
            }
            scanned = relative + 1
        }
    }

    /// Whether the record ends where its length says: `length` bytes after `position` come the
    /// two CRLFs that end a record, or line breaks and then the next version line or the end.
    private mutating func endsAtRecordBoundary(_ length: Int) throws(ReadFailure) -> Bool {
        // The terminator itself settles it: junk after a whole record is that junk's damage.
        if try available(length + 4) {
            let end = position + length
            if buffer[end] == 0x0D && buffer[end + 1] == 0x0A && buffer[end + 2] == 0x0D
                && buffer[end + 3] == 0x0A
            {
                return true
            }
        }
        var relative = length
        while true {
            var index = position + relative
            while index < buffer.count && Self.isLineBreak(buffer[index]) { index += 1 }
            relative = index - position
            if relative - length > 1024 { return true }
            if index < buffer.count { break }
            if atEnd { return true }
            try fill()
        }
        guard try available(relative + warcVersionPrefix.count) else {
            // A few stray bytes at the end, or a gzip stream cut there: the record itself is
            // whole; what follows is reported on its own.
            return true
        }
        return startsWithVersion(at: position + relative)
    }

    /// Moves `position` to the next line starting `WARC/1.` whose line break is at or after
    /// `index`, or to the end; returns whether one was found.
    private mutating func seekVersionLine(from index: Int) throws(ReadFailure) -> Bool {
        let prefix = warcVersionPrefix
        var scanFrom = index
        while true {
            if let newline = self.index(of: 0x0A, from: scanFrom) {
                if newline + 1 + prefix.count <= buffer.count {
                    if startsWithVersion(at: newline + 1) {
                        position = newline + 1
                        return true
                    }
                    scanFrom = newline + 1
                    continue
                }
                if atEnd {
                    position = buffer.count
                    return false
                }
                // Too close to the end to tell: keep it and read on.
                position = newline
            } else {
                if atEnd {
                    position = buffer.count
                    return false
                }
                position = buffer.count
            }
            try fill()
            scanFrom = position
        }
    }

    /// Streams past an oversized block, keeping its first bytes.
    private mutating func readPast(
        start: Int, version: String, fields: HeaderFields, header: Int, length: Int
    ) throws(ReadFailure) -> Item {
        let previewLength = min(length, Self.previewBytes)
        _ = try available(header + previewLength)
        let previewStart = position + header
        let preview = Array(buffer[previewStart..<min(buffer.count, previewStart + previewLength)])
        position += header
        var remaining = length
        while remaining > 0 {
            let take = min(remaining, buffer.count - position)
            position += take
            remaining -= take
            if remaining > 0 {
                if atEnd {
                    finished = true
                    return .damaged(offset: start, sourceDamage() ?? .lengthPastEnd)
                }
                try fill()
            }
        }
        let record = WARCRecord(offset: start, version: version, fields: fields, block: preview)
        return .oversized(record, byteCount: length)
    }

    /// The index of the first `byte` at or after `start` in the buffer, found with `memchr`.
    private func index(of byte: UInt8, from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress,
                let found = memchr(base + start, Int32(byte), bytes.count - start)
            else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private func startsWithVersion(at index: Int) -> Bool {
        let prefix = warcVersionPrefix
        guard index + prefix.count <= buffer.count else { return false }
        for offset in 0..<prefix.count where buffer[index + offset] != prefix[offset] { return false }
        return true
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
}
