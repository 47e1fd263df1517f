#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stream of bytes read in chunks: a file, standard input, or a gzip stream over either.
public protocol ByteSource {
    /// Appends up to about `maxCount` more bytes to `buffer`; returns how many it appended, 0 at
    /// the end. Throws a reason phrase when the bytes cannot be read.
    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int
}

/// Why bytes could not be read, as a clause for `InputError.reason`.
public struct ReadFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Bytes of an open file descriptor, read with `read(2)`.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` for reading, or standard input for `-`.
    public init(path: String) throws(ReadFailure) {
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadFailure(FileByteSource.describe(errno: errno)) }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    public func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + maxCount)
        var got = 0
        buffer.append(contentsOf: repeatElement(0, count: maxCount))
        while true {
            got = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + oldCount, maxCount)
            }
            if got < 0 && errno == EINTR { continue }
            break
        }
        if got < 0 {
            buffer.removeLast(maxCount)
            throw ReadFailure(FileByteSource.describe(errno: errno))
        }
        buffer.removeLast(maxCount - got)
        return got
    }

    /// A reason clause for a failed open or read.
    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: "does not exist"
        case EACCES, EPERM: "cannot be read (permission denied)"
        case EISDIR: "is a folder, not a file"
        case ELOOP: "is a symbolic link loop"
        default: "cannot be read (\(String(cString: strerror(code))))"
        }
    }
}
