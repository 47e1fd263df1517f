import Ingestion

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one line the command line prints for an input that could not be read.
///
/// It names the file and, where there is one, the line or record: `mixed.jsonl, line 2: is JSON
/// but not an object (an article must be {"text": ...})`. The wording lives here, not in Reading.
struct InputErrorMessage: CustomStringConvertible {
    let error: InputError

    init(_ error: InputError) {
        self.error = error
    }

    var description: String {
        let place = error.line.map { "\(error.path), line \($0)" } ?? error.path
        let record = error.record.map { "record \($0) " } ?? ""
        return "\(place): \(record)\(Self.clause(error.failure))"
    }

    /// What went wrong, as a lower-case clause whose subject is the input.
    static func clause(_ failure: ReadFailure) -> String {
        switch failure {
        case .empty: "is empty"
        case .binary(expected: .text): "is binary, not text (it contains NUL bytes)"
        case .binary(expected: .html): "is binary, not HTML"
        case .invalidUTF8(offset: let offset?): "is not valid UTF-8 (first bad byte at offset \(offset))"
        case .invalidUTF8(offset: nil): "is not valid UTF-8"
        case .notFound: "does not exist"
        case .permissionDenied: "cannot be read (permission denied)"
        case .isFolder: "is a folder, not a file"
        case .symbolicLinkLoop: "is a symbolic link loop"
        case .folderReachedTwice: "is a symbolic link loop (a folder reached twice)"
        case .system(errno: let code): "cannot be read (\(String(cString: strerror(code))))"
        case .tooLarge(limit: let limit): "is larger than \(limit >> 20) MB, the most one article may be"
        case .recordTooLong(byteCount: let count, limit: let limit):
            "is \(count >> 20) MB long, over the \(limit >> 20) MB a record may be"
        case .unparsableHTML: "could not be parsed as HTML"
        case .noArticleText: "has no article text"
        case .invalidJSON: "is not valid JSON"
        case .notAnObject: "is JSON but not an object (an article must be {\"text\": ...})"
        case .noTextField: "has no \"text\" field (nor \"body\" or \"maintext\")"
        case .notArticles: "not articles: no record has a \"text\" field (nor \"body\" or \"maintext\")"
        case .emptyTextField: "has an empty \"text\" field"
        case .gzipUnavailable: "cannot start gzip decompression"
        case .gzipTruncated: "is a truncated gzip file"
        case .gzipInvalid: "is not a valid gzip file"
        case .gzipTooLarge: "is too large to decompress"
        case .gzipStatus(let status): "cannot be decompressed (zlib status \(status))"
        case .notWARC: "is not a WARC file (no WARC/1.0 or WARC/1.1 version line)"
        case .noArticlesInArchive(skipped: let count):
            "holds no article records (\(count) record\(count == 1 ? "" : "s") skipped: requests, metadata, non-HTML)"
        case .damagedWARCRecord(offset: let offset, reason: let reason):
            "record at byte \(offset) is damaged: \(clause(reason))"
        case .warcRecord(offset: let offset, failure: let failure):
            "record at byte \(offset) \(clause(failure))"
        case .notFetched(reason: let reason): reason
        }
    }

    /// What is wrong with a damaged WARC record, as a clause whose subject is the record.
    static func clause(_ damage: WARCDamage) -> String {
        switch damage {
        case .noVersionLine: "no WARC/1.0 or WARC/1.1 version line where a record should start"
        case .headerTooLong(limit: let limit): "its header runs over \(limit >> 10) KB without ending"
        case .endsInHeader: "the file ends inside its header"
        case .missingContentLength: "it has no Content-Length"
        case .invalidContentLength: "its Content-Length is not a number"
        case .lengthPastEnd: "its Content-Length runs past the end of the file"
        case .lengthMismatch: "it does not end where its Content-Length says (no next record there)"
        case .truncatedGzip: "the gzip stream ends inside it (the file is truncated)"
        case .invalidGzip: "its gzip data is damaged"
        case .invalidHTTPHead: "its HTTP status line or headers cannot be read"
        case .invalidChunkedBody: "its chunked HTTP body is damaged"
        case .invalidContentEncoding(let name): "its \(name)-encoded HTTP body cannot be decompressed"
        case .unsupportedContentEncoding(let name):
            "its HTTP body is \(name)-encoded, which claims cannot decode"
        }
    }
}
