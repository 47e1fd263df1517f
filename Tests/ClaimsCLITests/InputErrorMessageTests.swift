import Ingestion
import Testing

@testable import ClaimsCLI

@Suite("Input error messages")
struct InputErrorMessageTests {
    @Test(
        "each failure is worded as the README shows, with its file, line or record",
        arguments: [
            (InputError(path: "/tmp/empty.txt", failure: .empty), "/tmp/empty.txt: is empty"),
            (
                InputError(path: "/tmp/mixed.jsonl", line: 2, failure: .notAnObject),
                #"/tmp/mixed.jsonl, line 2: is JSON but not an object (an article must be {"text": ...})"#
            ),
            (InputError(path: "/tmp/nope.txt", failure: .notFound), "/tmp/nope.txt: does not exist"),
            (
                InputError(path: "a.json", record: 3, failure: .noTextField),
                #"a.json: record 3 has no "text" field (nor "body" or "maintext")"#
            ),
            (
                InputError(path: "b.txt", failure: .invalidUTF8(offset: 2)),
                "b.txt: is not valid UTF-8 (first bad byte at offset 2)"
            ),
            (
                InputError(
                    path: "c.jsonl", line: 9, failure: .recordTooLong(byteCount: 70 << 20, limit: 64 << 20)),
                "c.jsonl, line 9: is 70 MB long, over the 64 MB a record may be"
            ),
            (InputError(path: "d.gz", failure: .gzipTruncated), "d.gz: is a truncated gzip file"),
            (
                InputError(path: "e.warc", failure: .damagedWARCRecord(offset: 1234, reason: .lengthPastEnd)),
                "e.warc: record at byte 1234 is damaged: its Content-Length runs past the end of the file"
            ),
            (
                InputError(
                    path: "f.warc.gz", failure: .damagedWARCRecord(offset: 0, reason: .missingContentLength)),
                "f.warc.gz: record at byte 0 is damaged: it has no Content-Length"
            ),
            (
                InputError(
                    path: "g.warc", failure: .warcRecord(offset: 88, failure: .binary(expected: .html))),
                "g.warc: record at byte 88 is binary, not HTML"
            ),
            (
                InputError(path: "h.warc", failure: .noArticlesInArchive(skipped: 3)),
                "h.warc: holds no article records (3 records skipped: requests, metadata, non-HTML)"
            ),
        ])
    func worded(error: InputError, line: String) {
        #expect(InputErrorMessage(error).description == line)
    }
}
