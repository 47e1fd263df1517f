import ClaimsModel
import Testing

@testable import Ingestion

/// Where a speaker phrase ends: a name's predicate is not part of it, and a particle is not a cue.
@Suite("Speaker boundaries")
struct SpeakerBoundaryTests {
    static let cases: [SentenceCase] = [
        // The sentence's subject speaks through a second verb; its adverb is not part of the name.
        SentenceCase(
            body: "Mayor Tomas Reyes largely ignored the protest and said the budget was final.",
            claims: [
                ExpectedClaim(
                    speaker: "Mayor Tomas Reyes", cue: "said", content: "the budget was final",
                    kind: .indirect)
            ]),
        // A verb taking "to" after a name starts the predicate.
        SentenceCase(
            body:
                "Tomas Reyes likes to surprise the council, announcing on Monday that the tram would be free.",
            claims: [
                ExpectedClaim(
                    speaker: "Tomas Reyes", cue: "announcing", content: "that the tram would be free",
                    kind: .indirect)
            ]),
        // A retort: "shot back" is the cue, not a subject ending in "shot".
        SentenceCase(
            body: "Ines Varga shot back that the council had never asked her.",
            claims: [
                ExpectedClaim(
                    speaker: "Ines Varga", cue: "shot back", content: "that the council had never asked her",
                    kind: .indirect)
            ]),
        // A clause aside in parentheses is not a party label: the name before it speaks.
        SentenceCase(
            body: "Tomas Reyes (who chairs the board) said the fees would fall.",
            claims: [
                ExpectedClaim(
                    speaker: "Tomas Reyes", cue: "said", content: "the fees would fall", kind: .indirect)
            ]),
        // "and said" takes the subject of the clause its first verb is in, not the sentence's.
        SentenceCase(
            body: "Ana Ruiz left the quay when Ivo Petrov arrived by boat and said the ferry would stay.",
            claims: [
                ExpectedClaim(
                    speaker: "Ivo Petrov", cue: "said", content: "the ferry would stay", kind: .indirect)
            ]),
        // "back" as a particle is no cue.
        SentenceCase(body: "The dispute dates back to 1990, when the quay was built.", claims: []),
        SentenceCase(body: "Ines Varga wrested back control of the harbour board on Monday.", claims: []),
        // A negated auxiliary cannot be inside a subject: nothing was said.
        SentenceCase(body: "Varga hasn't said whether she will stand again.", claims: []),
        // A time adverb between the subject and the cue is skipped like "also".
        SentenceCase(
            body: "The inspectors soon noted that the crane was rusting.",
            claims: [
                ExpectedClaim(
                    speaker: "The inspectors", cue: "noted", content: "that the crane was rusting",
                    kind: .indirect)
            ]),
    ]

    @Test("predicates, particles and negations end the speaker", arguments: cases)
    func boundary(_ example: SentenceCase) throws {
        try example.expectClaims()
    }
}
