import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Spans")
struct SpanTests {
    @Test("content, speaker and cue spans slice the body to exactly their text")
    func slices() throws {
        let body = """
            Café Núñez, a bakery in Porto, reopened on Friday.

            “We baked 2,000 pastéis de nata,” owner Zoë Ferreira said. “Every last one sold.”

            The queue stretched around the block, according to the Harbour Courier. Ferreira told the \
            Harbour Courier that she would hire two more bakers, adding that prices would not rise.
            """
        let claims = extractClaims(body).claims
        #expect(claims.count == 4)
        for claim in claims {
            #expect(body.slice(claim.contentSpan) == claim.content)
            if let span = claim.speakerSpan { #expect(body.slice(span) == claim.speakerText) }
            if let span = claim.cueSpan { #expect(body.slice(span) == claim.cue) }
        }
        #expect(claims.map(\.actor) == ["Zoë Ferreira", "Harbour Courier", "Zoë Ferreira", "Zoë Ferreira"])
    }
}
