import ClaimsModel
import Testing

@testable import Ingestion

/// "the Harbour Safety Board (HSB)": the short form an article defines is that organisation
/// wherever the article uses it, and a parenthesis never stays in a speaker's name.
@Suite("Short forms an article defines, parentheses after a speaker")
struct AbbreviationTests {
    @Test("a speaker named with its short form, then by the short form alone, is one organisation")
    func definedShortForm() throws {
        let extraction = extractClaims(
            "The Harbour Safety Board (HSB) said the crane was unsafe. The HSB added that repairs would take a month."
        )
        let claims = extraction.claims
        try #require(claims.count == 2)
        #expect(claims.map(\.actor) == ["Harbour Safety Board", "Harbour Safety Board"])
        #expect(claims.map(\.actorKind) == [.organization, .organization])
        #expect(claims.map(\.actorIsNamed) == [true, true])
        #expect(claims.map(\.cue) == ["said", "added"])
        #expect(claims.map(\.kind) == [.indirect, .indirect])
        #expect(claims[0].speakerText == "The Harbour Safety Board (HSB)")
        #expect(claims[0].content == "the crane was unsafe")
        #expect(extraction.abbreviations == ["HSB": "Harbour Safety Board"])
    }

    @Test("a short form the article never defines is the one organisation named before with its initials")
    func undefinedShortForm() throws {
        let extraction = extractClaims(
            "Tidewater and Holm Corp said it had cut the port's rating. Later, T and H said the outlook was stable. "
                + "The Harbour Safety Board met on Monday. HSB said the crane was unsafe.")
        let claims = extraction.claims
        try #require(claims.count == 3)
        #expect(
            claims.map(\.actor) == [
                "Tidewater and Holm Corp", "Tidewater and Holm Corp", "Harbour Safety Board",
            ])
        #expect(claims.map(\.actorKind) == [.organization, .organization, .organization])
        #expect(claims[1].speakerText == "T and H")
        #expect(claims[1].content == "the outlook was stable")
        #expect(claims[2].speakerText == "HSB")
        #expect(
            extraction.abbreviations == ["T and H": "Tidewater and Holm Corp", "HSB": "Harbour Safety Board"])
        // Before its long form, or fitting two organisations, it stays as written.
        let early = extractClaims("HSB said the crane was unsafe. The Harbour Safety Board met on Monday.")
        #expect(early.claims.first?.actor == "HSB")
        #expect(early.abbreviations.isEmpty)
        let two = extractClaims(
            "The Harbour Safety Board met the Hull Shipping Bureau. HSB said the crane was unsafe.")
        #expect(two.claims.first?.actor == "HSB")
    }

    @Test("joining words give no letter: 'of the', 'and'")
    func joiningWords() throws {
        let claims = extractClaims(
            "The Office of the Port Inspector (OPI) said the quay would reopen. OPI later said the fees would rise."
        ).claims
        #expect(claims.map(\.actor) == ["Office of the Port Inspector", "Office of the Port Inspector"])
    }

    @Test("a party tag or a parenthesis whose letters are not the initials defines nothing")
    func notShortForms() throws {
        let cruz = try #require(onlyClaim("Sen. Ada Lind (R-Maine) said she would vote against the bill."))
        #expect(cruz.actor == "Ada Lind")
        #expect(cruz.actorKind == .person)
        let extraction = extractClaims("The Harbour Safety Board (XYZ) said the crane was unsafe.")
        #expect(extraction.abbreviations.isEmpty)
        #expect(extraction.claims.first?.actor == "Harbour Safety Board")
    }
}
