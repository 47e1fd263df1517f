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
