import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

private let paragraph =
    "<p>The harbour at Port Avel reopened on Friday, three weeks after the storm, the port authority said.</p>"

@Suite("HTML reader on broken input")
struct HTMLRobustnessTests {
    let reader = HTMLReader()

    /// Why a read failed, or `nil` when it gave an article.
    private func failure(_ bytes: [UInt8]) -> ReadFailure? {
        do throws(ReadFailure) {
            _ = try reader.read(bytes, key: "x.html")
            return nil
        } catch {
            return error
        }
    }

    @Test("a page cut off in the middle of a tag still gives its complete text")
    func truncated() throws {
        let html =
            "<html><head><title>Cut</title></head><body><article>\(paragraph)<p>The second paragraph st"
        let article = try reader.read(Array(html.utf8), key: "x.html")
        #expect(article.body.hasPrefix("The harbour at Port Avel reopened on Friday"))
        #expect(article.body.hasSuffix("The second paragraph st"))
    }

    @Test("10,000 levels of nesting, closed or not, are read without recursion")
    func deepNesting() throws {
        let closed =
            "<html><body>" + String(repeating: "<div>", count: 10_000) + paragraph
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let open = "<html><body>" + String(repeating: "<div><span>", count: 10_000) + paragraph
        for html in [closed, open] {
            let article = try reader.read(Array(html.utf8), key: "x.html")
            #expect(article.body.hasPrefix("The harbour at Port Avel"))
        }
    }

    @Test("a 50 MB page is read")
    func hugePage() throws {
        var bytes = Array("<html><head><title>Big</title><script>".utf8)
        bytes.reserveCapacity(51 << 20)
        let filler = Array("var x = 'padding that makes the page fifty megabytes long';\n".utf8)
        while bytes.count < 50 << 20 { bytes += filler }
        bytes += Array("</script></head><body><article>\(paragraph)</article></body></html>".utf8)
        let article = try reader.read(bytes, key: "x.html")
        #expect(article.body.hasPrefix("The harbour at Port Avel"))
    }

    @Test("a page without a body has no article text")
    func noBody() {
        let html = "<html><head><title>Nothing</title><meta name=\"description\" content=\"x\"></head></html>"
        #expect(failure(Array(html.utf8)) == .noArticleText)
    }

    @Test("binary junk named .html is reported as binary")
    func binary() {
        var generator = SplitMix(seed: 7)
        let junk = (0..<100_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(failure(junk) == .binary(expected: .html))
        #expect(
            failure([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 1, count: 64))
                == .binary(expected: .html))
    }

    @Test("an empty file is reported as empty")
    func empty() {
        #expect(failure([]) == .empty)
        #expect(failure(Array(" \n\t ".utf8)) == .empty)
    }

    @Test("tag soup reaches libxml2 and gives a clean body with the text it was given")
    func tagSoup() throws {
        var generator = SplitMix(seed: 11)
        // Unclosed, misnested and stray tags, attributes with and without quotes, entities good
        // and bad; no NUL bytes, so every page is parsed rather than refused as binary. Scripts
        // and comments come closed: an unclosed one rightly hides the rest of the page.
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<a href='x'>a link</a>", "</a>", "<table><tr><td>", "</td>",
            "<br>",
            "<b><i>", "</b>", "</i>", "<span class=story data-x=\"1\">", "</span>", "<p class='lead'",
            "</section>", "<ul><li>", "</li>", "text, with commas ", "&amp;", "&#x1F600;", "&nbsp;",
            "&bogus;", "<script>var s = '<p>';</script>", "<!-- a <p> comment -->", " < ", " > ", "\"",
            "Officials said the ferry would run again on Monday. ",
        ]
        var bodies = 0
        for _ in 0..<50 {
            var html = "<html><head><title>Soup</title></head><body>" + paragraph
            for _ in 0..<400 { html += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let bytes = Array(html.utf8)
            #expect(!bytes.contains(0))
            let article = try reader.read(bytes, key: "x.html")
            bodies += 1
            let body = article.body
            let given = ["Port Avel", "ferry would run", "with commas"]
            #expect(
                given.contains { body.contains($0) }, "the body holds some of the text: \(body.prefix(200))")
            #expect(!body.contains("&amp;") && !body.contains("<p>") && !body.contains("var s"))
            for paragraph in body.components(separatedBy: "\n\n") {
                #expect(!paragraph.isEmpty)
                #expect(paragraph.trimmingCharacters(in: .whitespacesAndNewlines) == paragraph)
            }
            let length = body.unicodeScalars.count
            for claim in ClaimExtractor().extract(article).claims {
                for span in [claim.contentSpan, claim.speakerSpan, claim.cueSpan].compactMap({ $0 }) {
                    #expect(span.start >= 0 && span.start <= span.end && span.end <= length)
                }
                #expect(body.slice(claim.contentSpan) == claim.content)
            }
        }
        #expect(bodies == 50)
    }
}

/// A small deterministic random number generator for generated input.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
