import ClaimsModel
import Testing

/// One example sentence (or short body) with the claims expected from it, in text order.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    let body: String
    let claims: [ExpectedClaim]
    var testDescription: String { body }
}

/// A claim expected from an example: the speaker as written (nil for none), the cue, the content
/// and, when given, the kind and the class.
struct ExpectedClaim: Sendable {
    let speaker: String?
    let cue: String
    let content: String
    var kind: ClaimKind? = nil
    var claimClass: ClaimClass? = nil
}

extension SentenceCase {
    /// Extracts the body's claims and checks them against the expected ones, in order: speaker
    /// as written, cue, content, and that each content is the text of its span.
    func expectClaims() throws {
        let claims = extractClaims(body).claims
        try #require(claims.count == self.claims.count, "\(claims.map { ($0.speakerText, $0.content) })")
        for (claim, expected) in zip(claims, self.claims) {
            #expect(claim.speakerText == expected.speaker)
            #expect(claim.cue == expected.cue)
            #expect(claim.content == expected.content)
            if let kind = expected.kind { #expect(claim.kind == kind) }
            if let claimClass = expected.claimClass { #expect(claim.claimClass == claimClass) }
            #expect(body.slice(claim.contentSpan) == claim.content)
        }
    }
}
