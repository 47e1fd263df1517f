import CZlib

/// Undoing what HTTP does to a body on the wire: chunked transfer coding, gzip and deflate.
enum HTTPBody {
    /// Why a body could not be decoded.
    enum Failure: Error {
        case damage(WARCDamage)
        /// Decompressed, it would be over the limit.
        case tooLarge
    }

    /// The body of a `Transfer-Encoding: chunked` message: each `SIZE\r\n` line's bytes, up to
    /// the zero-size chunk (trailers ignored).
    ///
    /// A body whose first line is not a chunk size is taken as already unchunked: some
    /// archivers store the body decoded but keep the header. A body that ends without the
    /// zero-size chunk, right after a whole chunk, is accepted as browsers accept it.
    static func dechunked(_ bytes: [UInt8], allowingTruncation: Bool) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var first = true
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A),
                let size = chunkSize(bytes[index..<lineEnd])
            else {
                if first { return bytes }
                if allowingTruncation { return output }
                throw .damage(.invalidChunkedBody)
            }
            first = false
            if size == 0 { return output }
            let start = lineEnd + 1
            guard size <= bytes.count - start else {
                if allowingTruncation { return output + bytes[start...] }
                throw .damage(.invalidChunkedBody)
            }
            output.append(contentsOf: bytes[start..<(start + size)])
            index = start + size
            // Each chunk's data ends with CRLF (or a bare LF).
            if index < bytes.count && bytes[index] == 0x0D { index += 1 }
            if index < bytes.count {
                guard bytes[index] == 0x0A else {
                    if allowingTruncation { return output }
                    throw .damage(.invalidChunkedBody)
                }
                index += 1
            }
        }
        return output
    }

    /// The hexadecimal size at the start of a chunk line (before any `;extension`), or `nil`.
    private static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        var size = 0
        var digits = 0
        for byte in line {
            let value: Int
            switch byte {
            case 0x30...0x39: value = Int(byte - 0x30)
            case 0x41...0x46: value = Int(byte - 0x41 + 10)
            case 0x61...0x66: value = Int(byte - 0x61 + 10)
            case 0x3B, 0x20, 0x09, 0x0D:
                return digits > 0 ? size : nil
            default: return nil
            }
            digits += 1
            guard digits <= 15 else { return nil }
            size = size * 16 + value
        }
        return digits > 0 ? size : nil
    }

    /// A gzip or deflate body decompressed, at most `limit` bytes.
    ///
    /// Bytes that do not start with a gzip or zlib header are taken as already decompressed
    /// (archivers that store the decoded body but keep the header).
    static func inflated(
        _ bytes: [UInt8], coding: String, limit: Int, allowingTruncation: Bool
    ) throws(Failure) -> [UInt8] {
        let isGzip = bytes.starts(with: [0x1F, 0x8B])
        let isZlib =
            bytes.count >= 2 && bytes[0] & 0x0F == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0
        guard isGzip || isZlib else { return bytes }
        var stream = z_stream()
        // 15 + 32: gzip or zlib, told apart by the header.
        guard claims_inflate_init_gzip(&stream) == Z_OK else {
            throw .damage(.invalidContentEncoding(coding))
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, bytes.count * 4))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var failure: Failure?
        var members = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            while true {
                var produced = 0
                let status = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    produced = outBuffer.count - Int(stream.avail_out)
                    return status
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    failure = .tooLarge
                    return
                }
                switch status {
                case Z_STREAM_END:
                    // Concatenated gzip members are one body.
                    members += 1
                    guard stream.avail_in > 0, inflateReset(&stream) == Z_OK else { return }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where produced == 0:
                    // The input ran out before the stream's end.
                    if !allowingTruncation { failure = .damage(.invalidContentEncoding(coding)) }
                    return
                case Z_BUF_ERROR:
                    continue
                default:
                    // Padding after a whole member is not damage to the body.
                    if members == 0 { failure = .damage(.invalidContentEncoding(coding)) }
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
