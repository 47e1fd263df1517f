import ClaimsModel

@testable import Ingestion

/// The extractor's rules alone: the standard lexicons without the claim scorer's weights, so
/// that a rule's examples do not change when the scorer is retrained.
let rulesOnlyExtractor = ClaimExtractor(
    lexicon: Lexicon(files: EmbeddedLexicons.files.filter { $0.key != "claim-weights.txt" }))

/// Runs the extractor's rules over a body written for a test.
func extractClaims(_ body: String, outlet: String? = "Harbour Courier", date: String = "2024-05-10")
    -> Extraction
{
    let article = Article(key: "test", body: body, outlet: outlet, date: ClaimDate(parsing: date))
    return rulesOnlyExtractor.extract(article)
}

/// The only claim of `body`, or `nil` when there is not exactly one.
func onlyClaim(_ body: String, outlet: String? = "Harbour Courier", date: String = "2024-05-10") -> Claim? {
    let claims = extractClaims(body, outlet: outlet, date: date).claims
    return claims.count == 1 ? claims[0] : nil
}
