#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What went wrong reading one input, as a value; the command line words it.
///
/// Each case carries the context its sentence needs (a byte offset, a limit, an error number),
/// so tests compare cases rather than prose.
public enum ReadFailure: Error, Sendable, Hashable {
    /// What a binary file was expected to be.
    public enum ExpectedContent: Sendable, Hashable {
        /// Plain text or JSON: the file has NUL bytes.
        case text
        /// A web page: NUL bytes, many control bytes, or a binary format's signature.
        case html
    }

    /// Nothing but white space (or nothing at all).
    case empty
    /// Bytes that are not text.
    case binary(expected: ExpectedContent)
    /// Not UTF-8; `offset` is the first bad byte, where it is known.
    case invalidUTF8(offset: Int?)
    /// The path does not exist (`ENOENT`).
    case notFound
    /// The path may not be read (`EACCES`, `EPERM`).
    case permissionDenied
    /// The path is a folder where a file was needed (`EISDIR`).
    case isFolder
    /// Opening the path met a symbolic link loop (`ELOOP`).
    case symbolicLinkLoop
    /// Walking folders reached the same folder twice through symbolic links.
    case folderReachedTwice
    /// Another failure of `open(2)`, `read(2)` or `opendir(3)`, by its error number.
    case system(errno: Int32)
    /// A whole article is over `limit` bytes.
    case tooLarge(limit: Int)
    /// One JSON Lines record is `byteCount` bytes, over `limit`.
    case recordTooLong(byteCount: Int, limit: Int)
    /// libxml2 gave no document.
    case unparsableHTML
    /// A page in which no article text was found.
    case noArticleText
    /// Not JSON at all.
    case invalidJSON
    /// JSON, but not an object.
    case notAnObject
    /// An object without `text`, `body` or `maintext`.
    case noTextField
    /// A JSON Lines file none of whose records has a text field: not articles (a manifest).
    case notArticles
    /// An object whose text is only white space.
    case emptyTextField
    /// zlib could not set up decompression.
    case gzipUnavailable
    /// The gzip stream ends before its end.
    case gzipTruncated
    /// The bytes are not gzip.
    case gzipInvalid
    /// zlib ran out of memory.
    case gzipTooLarge
    /// Another zlib status.
    case gzipStatus(Int32)
    /// A file named `.warc` that does not start with a `WARC/1.0` or `WARC/1.1` version line
    /// and holds none further on.
    case notWARC
    /// A WARC file whose records are all skipped (requests, metadata, pages that are not
    /// text): `skipped` records, none of them an article.
    case noArticlesInArchive(skipped: Int)
    /// The WARC record starting at byte `offset` (of the decompressed stream) is damaged; it is
    /// left out and the records after it are read.
    case damagedWARCRecord(offset: Int, reason: WARCDamage)
    /// The WARC record starting at byte `offset` holds a page that could not be read, for the
    /// reason a file holding that page alone would fail with.
    indirect case warcRecord(offset: Int, failure: ReadFailure)
    /// A URL that gave no page; `reason` is the fetcher's clause (`HTTP 404 (Not Found)`).
    case notFetched(reason: String)

    /// The failure for an error number of `open(2)`, `read(2)`, `stat(2)` or `opendir(3)`.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isFolder
        case ELOOP: self = .symbolicLinkLoop
        default: self = .system(errno: code)
        }
    }
}
