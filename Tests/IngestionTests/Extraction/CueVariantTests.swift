import ClaimsModel
import Testing

@testable import Ingestion

/// Progressive cues, times between a subject and its cue, hyphenated
/// state abbreviations, a closing-shaped mark opening a quotation, and clauses of their own
/// after a trailing attribution.
@Suite("Progressive cues, times before the cue, misprinted marks, clauses after the cue")
struct CueVariantTests {
    typealias Case = SentenceCase
    typealias Expected = ExpectedClaim

    static let cases: [Case] = [
        Case(
            body: "Mayor Lee is telling residents that the water is safe.",
            claims: [
                .init(speaker: "Mayor Lee", cue: "is telling", content: "that the water is safe")
            ]),
        Case(
            body: "The harbour master isn't saying whether the quay will close.",
            claims: [
                .init(
                    speaker: "The harbour master", cue: "isn't saying", content: "whether the quay will close"
                )
            ]),
        Case(
            body: "The port authority just this month announced it would raise the fees.",
            claims: [
                .init(speaker: "The port authority", cue: "announced", content: "it would raise the fees")
            ]),
        Case(
            body: "\"The budget is balanced,\" Sen. Ida Kell, R-Maine, said Tuesday.",
            claims: [
                .init(speaker: "Sen. Ida Kell", cue: "said", content: "\"The budget is balanced,\"")
            ]),
        Case(
            body: "” … and the tide came in before anyone noticed,” Ms. Haldane wrote.",
            claims: [
                .init(
                    speaker: "Ms. Haldane", cue: "wrote",
                    content: "” … and the tide came in before anyone noticed,”")
            ]),
        Case(
            body: "The quay is older than the town, local historians said, as they unveiled a plaque.",
            claims: [
                .init(speaker: "local historians", cue: "said", content: "The quay is older than the town")
            ]),
        Case(
            body: "The fees will rise in May, Mr. Orsi said in June 2021, citing the cost of dredging.",
            claims: [
                .init(speaker: "Mr. Orsi", cue: "said", content: "The fees will rise in May")
            ]),
        Case(
            body: "In 2004, the council rejected the plan, saying it was too costly.",
            claims: [
                .init(speaker: "the council", cue: "rejected", content: "the plan"),
                .init(speaker: "the council", cue: "saying", content: "it was too costly"),
            ]),
    ]

    @Test("speakers, cues and contents of each claim", arguments: cases)
    func claims(_ example: Case) throws {
        try example.expectClaims()
    }

    @Test("a year between a relative pronoun and its cue is not the speaker")
    func yearBeforeCue() throws {
        let claims = extractClaims("The pilots, who in 2019 said the runway was too short, have gone quiet.")
            .claims
        let claim = try #require(claims.first)
        #expect(claim.speakerText == "who")
        #expect(claim.cue == "said")
    }

    @Test("\"said Tuesday\" after a quotation names a time, not a speaker")
    func weekdayIsNoSpeaker() {
        let claims = extractClaims("\"The budget is balanced,\" the senator said Tuesday.").claims
        #expect(claims.count == 1)
        #expect(claims.first?.speakerText == "the senator")
    }
}
