import Testing

/// One example sentence (or short body) with the claims expected from it, in text order.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    let body: String
    let claims: [ExpectedClaim]
    var testDescription: String { body }
}

/// A claim expected from an example: the speaker as written (nil for none), the cue, the content.
struct ExpectedClaim: Sendable {
    let speaker: String?
    let cue: String
    let content: String
}
