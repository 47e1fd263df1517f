import CZlib

/// The decompressed bytes of a gzip stream, inflated chunk by chunk as they are read.
///
/// Concatenated gzip members are read one after another, as `gzip -d` does.
public final class GzipByteSource<Compressed: ByteSource>: ByteSource {
    private var compressed: Compressed
    private var stream = z_stream()
    private var input: [UInt8] = []
    /// Reused for every inflate call.
    private var output: [UInt8] = []
    private var inputOffset = 0
    private var finished = false
    private var atEndOfInput = false

    /// Wraps a source of gzip bytes.
    public init(_ compressed: Compressed) throws(ReadFailure) {
        self.compressed = compressed
        guard claims_inflate_init_gzip(&stream) == Z_OK else {
            throw .gzipUnavailable
        }
    }

    deinit {
        inflateEnd(&stream)
    }

    public func read(into buffer: inout [UInt8], maxCount: Int) throws(ReadFailure) -> Int {
        while !finished {
            if inputOffset == input.count && !atEndOfInput {
                input.removeAll(keepingCapacity: true)
                inputOffset = 0
                if try compressed.read(into: &input, maxCount: 1 << 16) == 0 { atEndOfInput = true }
            }
            if output.count < maxCount { output = [UInt8](repeating: 0, count: maxCount) }
            let available = input.count - inputOffset
            var status: Int32 = Z_OK
            var produced = 0
            var consumed = 0
            input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = inBuffer.baseAddress.map { $0 + inputOffset }
                    stream.avail_in = UInt32(available)
                    stream.next_out = outBuffer.baseAddress!
                    stream.avail_out = UInt32(maxCount)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = maxCount - Int(stream.avail_out)
                    consumed = available - Int(stream.avail_in)
                }
            }
            inputOffset += consumed
            buffer.append(contentsOf: output[0..<produced])
            switch status {
            case Z_STREAM_END:
                // Another member may follow; otherwise this is the end.
                if inputOffset == input.count && !atEndOfInput {
                    input.removeAll(keepingCapacity: true)
                    inputOffset = 0
                    if try compressed.read(into: &input, maxCount: 1 << 16) == 0 { atEndOfInput = true }
                }
                if inputOffset < input.count {
                    inflateReset(&stream)
                } else {
                    finished = true
                }
            case Z_OK, Z_BUF_ERROR:
                if produced == 0 && consumed == 0 && atEndOfInput {
                    throw .gzipTruncated
                }
            case Z_DATA_ERROR:
                throw .gzipInvalid
            case Z_MEM_ERROR:
                throw .gzipTooLarge
            default:
                throw .gzipStatus(status)
            }
            if produced > 0 { return produced }
        }
        return 0
    }
}
