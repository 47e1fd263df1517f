import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Indirect speech")
struct IndirectSpeechTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let actor: String
        let cue: String
        let content: String
        var kind: ClaimKind = .indirect
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(
            body: "Ines Okafor said that the ferry would sail again in June.", actor: "Ines Okafor",
            cue: "said",
            content: "that the ferry would sail again in June"),
        Case(
            body: "Ines Okafor said the ferry would sail again in June.", actor: "Ines Okafor", cue: "said",
            content: "the ferry would sail again in June"),
        Case(
            body: "The ferry will sail again in June, Ines Okafor said.", actor: "Ines Okafor", cue: "said",
            content: "The ferry will sail again in June"),
        Case(
            body: "The ferry will sail again in June, said Ines Okafor.", actor: "Ines Okafor", cue: "said",
            content: "The ferry will sail again in June"),
        Case(
            body: "Economists warned that the bakery tax would raise bread prices.", actor: "economists",
            cue: "warned", content: "that the bakery tax would raise bread prices"),
        Case(
            body: "The union added that talks would resume on Monday.", actor: "union", cue: "added",
            content: "that talks would resume on Monday"),
        Case(
            body: "Tomas Brandt noted that turnout had doubled.", actor: "Tomas Brandt", cue: "noted",
            content: "that turnout had doubled"),
        Case(
            body: "Maeve Lund argued that the fountain should stay.", actor: "Maeve Lund", cue: "argued",
            content: "that the fountain should stay"),
        Case(
            body: "The landlord claimed the heating had been repaired.", actor: "landlord", cue: "claimed",
            content: "the heating had been repaired"),
        Case(
            body: "According to the county clerk, every ballot was counted twice.", actor: "county clerk",
            cue: "According to", content: "every ballot was counted twice"),
        Case(
            body: "Every ballot was counted twice, according to the county clerk.", actor: "county clerk",
            cue: "according to", content: "Every ballot was counted twice"),
        Case(
            body: "The mill will close by autumn, per the Valley Gazette.", actor: "Valley Gazette",
            cue: "per",
            content: "The mill will close by autumn"),
        Case(
            body: "The Valley Gazette reported that the mill would close by autumn.", actor: "Valley Gazette",
            cue: "reported", content: "that the mill would close by autumn"),
        Case(
            body: "The harbour board has expressed concern about the silting of the channel.",
            actor: "harbour board", cue: "has expressed concern about", content: "the silting of the channel"),
        Case(
            body: "Maeve Lund said the plan was “a gift to developers” and voted against it.",
            actor: "Maeve Lund", cue: "said",
            content: "the plan was “a gift to developers” and voted against it",
            kind: .mixed),
    ]

    @Test("reporting verbs, according to, per, reported and concern phrases", arguments: cases)
    func indirect(_ example: Case) throws {
        let claim = try #require(onlyClaim(example.body))
        #expect(claim.actor == example.actor)
        #expect(claim.cue == example.cue)
        #expect(claim.content == example.content)
        #expect(claim.kind == example.kind)
    }

    @Test("\"citing\" stays inside the content it supports")
    func citing() throws {
        let body =
            "The harbour board has expressed grave concerns about the dredging plan, citing “serious risks” to the reef."
        let claim = try #require(onlyClaim(body))
        #expect(claim.content == "the dredging plan, citing “serious risks” to the reef")
        #expect(claim.kind == .mixed)
    }

    @Test("\", adding that\" opens a second claim by the same speaker")
    func adding() throws {
        let claims = extractClaims(
            "Ines Okafor said the ferry was ready, adding that tickets go on sale Friday."
        ).claims
        try #require(claims.count == 2)
        #expect(claims[0].content == "the ferry was ready")
        #expect(claims[1].content == "that tickets go on sale Friday")
        #expect(claims[1].actor == "Ines Okafor")
        #expect(claims[1].speakerSpan == claims[0].speakerSpan)
    }

    @Test("a colon introduction takes the next paragraph")
    func colonIntroduction() throws {
        let body = "The Valley Gazette reports:\n\n\"The mill will close by autumn and forty jobs will go.\""
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Valley Gazette")
        #expect(claim.content == "\"The mill will close by autumn and forty jobs will go.\"")
    }

    @Test("a \"Name: words\" headline paragraph is a claim by that name")
    func colonHeadline() throws {
        let claim = try #require(onlyClaim("Okafor: The Ferry Will Sail in June."))
        #expect(claim.actor == "Okafor")
        #expect(claim.cue == ":")
        #expect(claim.content == "The Ferry Will Sail in June")
    }

    @Test("the reporter's own sentences and headings are not claims")
    func reporterVoice() {
        let body = """
            Harbour works

            The ferry sailed at noon. The crossing took two hours and the sea was calm.
            """
        #expect(extractClaims(body).claims.isEmpty)
    }

    @Test("\"adds to\" and \"per cent\" are not cues")
    func exclusions() {
        #expect(extractClaims("This adds to the pressure on the council.").claims.isEmpty)
        #expect(extractClaims("Prices rose four per cent in the spring.").claims.isEmpty)
    }
}
