import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

/// Replays the minimised fuzzing corpora (`Fuzz/Corpus/*`) as regression tests: every input
/// must read without crashing, and every claim must point inside its body.
@Suite("Fuzz corpus regressions")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fuzz/Corpus")

    static func inputs(_ target: String) -> [URL] {
        let folder = corpus.appending(path: target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appending(path: $0) }
    }

    @Test("the corpora are there")
    func present() {
        for target in ["text", "json", "html", "extract"] {
            #expect(!Self.inputs(target).isEmpty, "Fuzz/Corpus/\(target) is empty")
        }
    }

    @Test("text inputs read without crashing")
    func text() throws {
        for url in Self.inputs("text") {
            let bytes = try [UInt8](Data(contentsOf: url))
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let article = TextReader().read(text, key: url.lastPathComponent)
            #expect(article.body.unicodeScalars.count <= text.unicodeScalars.count)
        }
    }

    @Test("JSON inputs read with their text as the body, or fail as JSON")
    func json() throws {
        for url in Self.inputs("json") {
            let bytes = try [UInt8](Data(contentsOf: url))
            do throws(ReadFailure) {
                let article = try JSONRecordReader().read(bytes, fallbackKey: "k")
                #expect(article.body.contains { !$0.isWhitespace }, "\(url.lastPathComponent)")
            } catch {
                let jsonFailures: [ReadFailure] = [.invalidJSON, .notAnObject, .noTextField, .emptyTextField]
                #expect(jsonFailures.contains(error), "\(url.lastPathComponent): \(error)")
            }
        }
    }

    @Test("HTML inputs read with a body, or fail as a page can")
    func html() throws {
        for url in Self.inputs("html") {
            let bytes = try [UInt8](Data(contentsOf: url))
            do throws(ReadFailure) {
                let article = try HTMLReader().read(bytes, key: url.lastPathComponent)
                #expect(!article.body.isEmpty, "\(url.lastPathComponent)")
            } catch {
                let pageFailures: [ReadFailure] = [
                    .empty, .binary(expected: .html), .unparsableHTML, .noArticleText,
                ]
                #expect(pageFailures.contains(error), "\(url.lastPathComponent): \(error)")
            }
        }
    }

    @Test("claims of extractor inputs stay inside their bodies")
    func extract() throws {
        for url in Self.inputs("extract") {
            let bytes = try [UInt8](Data(contentsOf: url))
            guard let body = String(validating: bytes, as: UTF8.self) else { continue }
            let length = body.unicodeScalars.count
            let article = Article(key: "k", body: body, date: ClaimDate(year: 2024, month: 5, day: 14))
            for claim in ClaimExtractor().extract(article).claims {
                for span in [claim.contentSpan, claim.speakerSpan, claim.cueSpan].compactMap({ $0 }) {
                    #expect(span.start >= 0 && span.end <= length)
                }
                #expect(body.slice(claim.contentSpan) == claim.content)
            }
        }
    }
}
