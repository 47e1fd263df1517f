/// What is wrong with one damaged WARC record, as a value; the command line words it.
///
/// A damaged record is left out and reading goes on at the next record, found by its
/// `WARC/1.x` version line where the damage leaves no other way to find it.
public enum WARCDamage: Sendable, Hashable {
    /// No `WARC/1.0` or `WARC/1.1` version line where a record should start.
    case noVersionLine
    /// The header fields run over `limit` bytes without the blank line that ends them.
    case headerTooLong(limit: Int)
    /// The file ends before the blank line that ends the header.
    case endsInHeader
    /// The header has no `Content-Length`, so the block's end is unknown.
    case missingContentLength
    /// The `Content-Length` is not a number of bytes.
    case invalidContentLength
    /// The `Content-Length` runs past the end of the file.
    case lengthPastEnd
    /// The record does not end where its `Content-Length` says: the next record's version
    /// line is not there (the length is too short, or too long for the record that follows).
    case lengthMismatch
    /// A `.warc.gz` file whose gzip stream ends inside this record (the file is truncated).
    case truncatedGzip
    /// A `.warc.gz` file whose gzip data is damaged at this record.
    case invalidGzip
    /// A `response` record whose HTTP status line or headers cannot be read.
    case invalidHTTPHead
    /// An HTTP body sent with `Transfer-Encoding: chunked` whose chunks are damaged.
    case invalidChunkedBody
    /// An HTTP body whose `Content-Encoding` (`gzip`, `deflate`) cannot be decompressed.
    case invalidContentEncoding(String)
    /// An HTTP body in a `Content-Encoding` that cannot be decoded here (`br`, `zstd`).
    case unsupportedContentEncoding(String)
}
