import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Direct quotes")
struct DirectQuoteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let actor: String
        let cue: String
        let content: String
        var testDescription: String { body }
    }

    static let placements: [Case] = [
        Case(
            body: "\"The ferry will sail again in June,\" harbour master Ines Okafor said.",
            actor: "Ines Okafor", cue: "said", content: "\"The ferry will sail again in June,\""),
        Case(
            body: "\"We counted every ballot twice,\" said Tomas Brandt, the county clerk.",
            actor: "Tomas Brandt", cue: "said", content: "\"We counted every ballot twice,\""),
        Case(
            body: "Councillor Maeve Lund said: \"The budget leaves the libraries short.\"",
            actor: "Maeve Lund", cue: "said", content: "\"The budget leaves the libraries short.\""),
        Case(
            body: "The coach told reporters, \"Nobody on this team gives up.\"",
            actor: "coach", cue: "told", content: "\"Nobody on this team gives up.\""),
    ]

    @Test("a quote before or after its cue, with the speaker on either side", arguments: placements)
    func placement(_ example: Case) throws {
        let claim = try #require(onlyClaim(example.body))
        #expect(claim.actor == example.actor)
        #expect(claim.cue == example.cue)
        #expect(claim.kind == .direct)
        #expect(claim.content == example.content)
    }

    static let marks: [(String, String)] = [
        ("“The river is rising fast,” the warden said.", "“The river is rising fast,”"),
        ("\"The river is rising fast,\" the warden said.", "\"The river is rising fast,\""),
        ("``The river is rising fast,'' the warden said.", "``The river is rising fast,''"),
        ("''The river is rising fast,'' the warden said.", "''The river is rising fast,''"),
        ("« The river is rising fast », the warden said.", "« The river is rising fast »"),
    ]

    @Test("curly, straight, doubled and guillemet marks", arguments: marks)
    func quotationMarks(_ body: String, _ content: String) throws {
        let claim = try #require(onlyClaim(body))
        #expect(claim.content == content)
        #expect(claim.actor == "warden")
        #expect(claim.kind == .direct)
    }

    @Test("single quotes nested inside a quote stay inside it")
    func nestedSingleQuotes() throws {
        let body = "“The sign said ‘keep out’ and we kept out,” the hiker said."
        let claim = try #require(onlyClaim(body))
        #expect(claim.content == "“The sign said ‘keep out’ and we kept out,”")
    }

    @Test("a quote of several sentences, and the quote that follows the cue, are one claim")
    func severalSentences() throws {
        let body = "“The dam held. The water went down overnight,” engineer Pia Marsh said. “We were lucky.”"
        let claim = try #require(onlyClaim(body))
        #expect(
            claim.content
                == "“The dam held. The water went down overnight,” engineer Pia Marsh said. “We were lucky.”")
        #expect(claim.actor == "Pia Marsh")
    }

    @Test("an opening mark with no closing mark continues into the next quoted paragraph")
    func severalParagraphs() throws {
        let body = """
            Mayor Lena Ortiz said:

            “The first phase is finished and paid for.

            “The second phase starts in the spring.”
            """
        let claim = try #require(onlyClaim(body))
        #expect(
            claim.content
                == "“The first phase is finished and paid for.\n\n“The second phase starts in the spring.”")
        #expect(claim.actor == "Lena Ortiz")
        #expect(claim.kind == .direct)
    }

    @Test("a quote paragraph with no cue continues the last speaker")
    func cuelessParagraph() throws {
        let body = """
            “The pier is safe again,” said inspector Olu Adeyemi.

            “We replaced every rotten plank this month.”
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[1].actor == "Olu Adeyemi")
        #expect(claims[1].cue == nil)
        #expect(claims[1].speakerText == nil)
        #expect(claims[1].content == "“We replaced every rotten plank this month.”")
    }

    @Test("a dash attribution after a quote")
    func dashAttribution() throws {
        let body = "“We will not close the clinic.” — Commissioner Ruth Abara"
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Ruth Abara")
        #expect(claim.content == "“We will not close the clinic.”")
    }

    @Test("scare quotes and quoted titles are not claims")
    func scareQuotes() {
        let body = "The so-called “summer plan” was shelved. She reviewed “The Long Harbour” for the paper."
        #expect(extractClaims(body).claims.isEmpty)
    }
}
