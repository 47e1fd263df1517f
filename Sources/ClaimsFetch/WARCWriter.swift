import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a WARC 1.1 stream (ISO 28500) to a file descriptor: a `warcinfo` record naming the
/// tool, then one `response` record per page fetched, each holding the HTTP status line,
/// headers and body, so a WARC reader gets the URL, the capture date and the served charset.
///
/// Records from concurrent fetches are written whole, one at a time.
public final class WARCWriter: Sendable {
    private let descriptor: Int32
    private let lock = Mutex(())

    /// Writes to `descriptor` (standard output by default); it is not closed.
    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// The opening record: what wrote the stream.
    public func writeInfo(software: String) throws {
        let fields = "software: \(software)\r\nformat: WARC File Format 1.1\r\n"
        try write(
            type: "warcinfo", extra: [("Content-Type", "application/warc-fields")], block: Array(fields.utf8))
    }

    /// One page: `head` is the HTTP status line and headers as received (without the blank line),
    /// `body` the bytes as received.
    public func writeResponse(targetURI: String, date: Date, head: String, body: [UInt8]) throws {
        var block = Array((head + "\r\n\r\n").utf8)
        block.append(contentsOf: body)
        try write(
            type: "response",
            extra: [
                ("WARC-Target-URI", targetURI), ("Content-Type", "application/http;msgtype=response"),
            ], block: block, date: date)
    }

    private func write(type: String, extra: [(String, String)], block: [UInt8], date: Date = Date()) throws {
        var header =
            "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r\n"
        header += "WARC-Date: \(Self.timestamp(date))\r\n"
        for (name, value) in extra { header += "\(name): \(value)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        var record = Array(header.utf8)
        record.reserveCapacity(record.count + block.count + 4)
        record.append(contentsOf: block)
        record.append(contentsOf: [13, 10, 13, 10])
        try lock.withLock { _ in try writeAll(record) }
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(errno: errno)
            }
            offset += written
        }
    }

    /// The output could not be written (a closed pipe, a full disk).
    public struct WriteFailure: Error, CustomStringConvertible {
        public var errno: Int32
        public var description: String { "cannot write the WARC output: \(String(cString: strerror(errno)))" }
    }

    /// `2026-12-04T03:40:00Z`: WARC-Date's form, in UTC.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
