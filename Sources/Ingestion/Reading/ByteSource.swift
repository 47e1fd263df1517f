#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stream of bytes read in chunks: a file, standard input, or a gzip stream over either.
public protocol ByteSource {
    /// Appends up to about `maxCount` more bytes to `buffer`; returns how many it appended, 0 at
    /// the end. Throws what went wrong when the bytes cannot be read.
    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int
}

/// Bytes of an open file descriptor, read with `read(2)`.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Reused for every read, so a large file is not zero-filled chunk by chunk.
    private var scratch: [UInt8] = []

    /// Opens `path` for reading, or standard input for `-`.
    public init(path: String) throws(ReadFailure) {
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadFailure(errno: errno) }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    public func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        if scratch.count < maxCount { scratch = [UInt8](repeating: 0, count: maxCount) }
        while true {
            let got = scratch.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress!, maxCount)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(errno: errno)
            }
            // Appending a slice grows the array geometrically; no zero-filling of `buffer`.
            buffer.append(contentsOf: scratch[0..<got])
            return got
        }
    }
}

/// `read(2)`, named apart from `FileByteSource.read`, which hides it inside the class.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
