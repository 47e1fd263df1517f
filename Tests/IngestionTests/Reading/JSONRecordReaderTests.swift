import ClaimsModel
import Testing

@testable import Ingestion

@Suite("JSON record reader")
struct JSONRecordReaderTests {
    let reader = JSONRecordReader()

    @Test("the text field is the body byte for byte, and metadata fields are read")
    func fields() throws {
        let line =
            #"{"id": "r-7", "title": "Bridge closes", "source": "Delta Post", "authors": ["A. Byrne", "C. Dunn"], "date_publish": "2021-06-30 14:00:00", "url": "https://www.deltapost.example/bridge", "text": "  The bridge closed.\r\n\n\u00a0Traffic was diverted.  "}"#
        let article = try reader.read(Array(line.utf8), fallbackKey: "f.jsonl:1")
        #expect(article.key == "r-7")
        #expect(article.title == "Bridge closes")
        #expect(article.outlet == "Delta Post")
        #expect(article.authors == ["A. Byrne", "C. Dunn"])
        #expect(article.date?.description == "2021-06-30")
        #expect(article.outletDomain == "deltapost.example")
        #expect(article.body == "  The bridge closed.\r\n\n\u{00a0}Traffic was diverted.  ")
    }

    @Test("a record without an id is keyed by file and line")
    func fallbackKey() throws {
        let article = try reader.read(Array(#"{"body": "Rain fell."}"#.utf8), fallbackKey: "f.jsonl:3")
        #expect(article.key == "f.jsonl:3")
        #expect(article.body == "Rain fell.")
    }

    @Test(
        "bad records are refused with a reason",
        arguments: [
            (#"["not", "an", "object"]"#, ReadFailure.notAnObject),
            (#"{"title": "no text"}"#, .noTextField),
            (#"{"text": "   "}"#, .emptyTextField),
            (#"{"text": "unterminated"#, .invalidJSON),
        ])
    func refused(line: String, failure: ReadFailure) {
        #expect(throws: failure) {
            try reader.read(Array(line.utf8), fallbackKey: "k")
        }
    }
}
