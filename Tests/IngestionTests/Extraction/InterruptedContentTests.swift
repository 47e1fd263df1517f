import ClaimsModel
import Testing

@testable import Ingestion

/// Speech attributions: content an attribution interrupts,
/// quoted sentences that go on after a trailing attribution, quotations resuming after an aside,
/// and speakers with long appositives, quoted titles, party labels or two names.
@Suite("Interrupted content, resumed quotations and long speaker phrases")
struct InterruptedContentTests {
    /// One paragraph with the single claim expected from it.
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let speaker: String
        let cue: String
        let content: String
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(
            body: "The levy, according to the port authority, will rise in June.",
            speaker: "the port authority", cue: "according to",
            content: "The levy, according to the port authority, will rise in June"),
        Case(
            body: "The new pier, Ms. Haldane said, would open before the storms.",
            speaker: "Ms. Haldane", cue: "said",
            content: "The new pier, Ms. Haldane said, would open before the storms"),
        Case(
            body: "Mr. Orsi, a baker who complained about the rents, said he would stay.",
            speaker: "Mr. Orsi", cue: "said",
            content: "he would stay"),
        Case(
            body:
                "Ines Varo, the author of \"Salt Roads,\" a history of the coast, said the harbour was older than thought.",
            speaker: "Ines Varo", cue: "said",
            content: "the harbour was older than thought"),
        Case(
            body: "Sen. Ida Kell (R-Maine), said after the hearing that she had doubts.",
            speaker: "Sen. Ida Kell (R-Maine)", cue: "said",
            content: "that she had doubts"),
        Case(
            body: "Sen. Ida Kell, R-Maine, told Radio Nord that the vote was close.",
            speaker: "Sen. Ida Kell", cue: "told",
            content: "that the vote was close"),
        Case(
            body: "(The gulls, it turns out, prefer the old quay, Mr. Orsi said.)",
            speaker: "Mr. Orsi", cue: "said",
            content: "The gulls, it turns out, prefer the old quay"),
        Case(
            body: "Kell and Varo said the ferry would run.",
            speaker: "Kell and Varo", cue: "said",
            content: "the ferry would run"),
        Case(
            body:
                "\"The tide is early,\" Ms. Haldane said, pointing at the gauge, \"and the boats are late.\"",
            speaker: "Ms. Haldane", cue: "said",
            content:
                "\"The tide is early,\" Ms. Haldane said, pointing at the gauge, \"and the boats are late.\""),
        Case(
            body: "Dredging will cost more than planned, Mr. Orsi said. \"Nobody warned us about the silt.\"",
            speaker: "Mr. Orsi", cue: "said",
            content:
                "Dredging will cost more than planned, Mr. Orsi said. \"Nobody warned us about the silt.\""),
        Case(
            body:
                "\"Our nets are empty,\" said Rui Pato, a fisherman from Sines and a former member of the harbour council for the northern district. \"We will sell the boat.\"",
            speaker: "Rui Pato", cue: "said",
            content:
                "\"Our nets are empty,\" said Rui Pato, a fisherman from Sines and a former member of the harbour council for the northern district. \"We will sell the boat.\""
        ),
    ]

    @Test("speaker, cue and content of the one claim", arguments: cases)
    func claim(_ example: Case) throws {
        let claims = extractClaims(example.body).claims
        try #require(claims.count == 1, "\(claims.map { ($0.speakerText, $0.content) })")
        #expect(claims[0].speakerText == example.speaker)
        #expect(claims[0].cue == example.cue)
        #expect(claims[0].content == example.content)
    }

    @Test("a cue inside a relative clause of the speaker's appositive gives no claim of its own")
    func relativeClauseCue() throws {
        let claim = try #require(
            onlyClaim("Mr. Orsi, a baker who complained about the rents, said he would stay."))
        #expect(claim.actor == "Orsi" || claim.actor == "Mr. Orsi")
        #expect(claim.content == "he would stay")
    }

    @Test("a quotation continued after the attribution is one direct claim")
    func continuedQuotationIsDirect() throws {
        let claim = try #require(
            onlyClaim(
                "\"The tide is early,\" Ms. Haldane said, pointing at the gauge, \"and the boats are late.\"")
        )
        #expect(claim.kind == .direct)
    }

    @Test("an aside holding a cue of its own does not join the quotation")
    func asideWithCue() {
        let claims = extractClaims(
            "\"The tide is early,\" Ms. Haldane said, adding that she worried, \"and the boats are late.\""
        ).claims
        #expect(!claims.isEmpty)
        #expect(claims[0].content == "\"The tide is early,\"")
    }

    @Test("a clause of its own after the interrupting attribution is not content")
    func ownClauseAfterAttribution() throws {
        let claim = try #require(onlyClaim("The pier is finished, Ms. Haldane said, while the road is not."))
        #expect(claim.content == "The pier is finished")
    }
}
