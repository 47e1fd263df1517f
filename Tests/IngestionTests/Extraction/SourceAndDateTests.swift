import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Sources and dates")
struct SourceAndDateTests {
    static let sources: [(String, String?)] = [
        ("Ines Okafor told Reuters that the ferry was ready.", "Reuters"),
        ("Ines Okafor told the Harbour Courier that the ferry was ready.", "Harbour Courier"),
        ("Ines Okafor said in an interview with CNN that the ferry was ready.", "CNN"),
        ("The ferry is ready, the Valley Gazette reported.", "Valley Gazette"),
        ("The ferry is ready, according to the Valley Gazette.", "Valley Gazette"),
        ("Ines Okafor said in a statement that the ferry was ready.", "statement"),
        ("Ines Okafor said on Fox News that the ferry was ready.", "Fox News"),
        ("Ines Okafor told reporters that the ferry was ready.", nil),
        ("Ines Okafor said that the ferry was ready.", nil),
    ]

    @Test("the medium a claim came through", arguments: sources)
    func source(_ body: String, _ source: String?) throws {
        let claim = try #require(onlyClaim(body))
        #expect(claim.source == source)
        #expect(claim.content == "that the ferry was ready" || claim.content == "The ferry is ready")
    }

    @Test("a claim is dated by its article unless the text says when")
    func claimDate() throws {
        // 2024-05-10 is a Friday.
        let plain = try #require(onlyClaim("Ines Okafor said the ferry was ready."))
        #expect(plain.date?.description == "2024-05-10")
        #expect(plain.dateBasis == .article)
        let tuesday = try #require(onlyClaim("Ines Okafor said on Tuesday that the ferry was ready."))
        #expect(tuesday.date?.description == "2024-05-07")
        #expect(tuesday.dateBasis == .text)
        let yesterday = try #require(onlyClaim("Ines Okafor said yesterday that the ferry was ready."))
        #expect(yesterday.date?.description == "2024-05-09")
    }

    static let mentioned: [(String, [String])] = [
        ("The mayor said the bridge opened in August 2019.", ["2019-08"]),
        ("The mayor said the bridge opened on March 3, 2021.", ["2021-03-03"]),
        ("The mayor said the bridge opened in 1998.", ["1998"]),
        ("The mayor said the bridge opened last year.", ["2023"]),
        ("The mayor said the bridge opened last month.", ["2024-04"]),
        ("The mayor said the bridge carries 20,000 cars.", []),
    ]

    @Test("dates the content mentions, with their precision", arguments: mentioned)
    func mentionedDates(_ body: String, _ dates: [String]) throws {
        let claim = try #require(onlyClaim(body))
        #expect(claim.mentionedDates.map(\.description) == dates)
    }
}
