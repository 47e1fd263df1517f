import ClaimsModel
import Testing

@testable import Ingestion

/// The class of a claim comes from what its cue reports: said, wrote, believed, found, vowed,
/// criticised.
@Suite("Claim classes: speech, writing, thought, finding, intention, stance")
struct ClaimClassTests {
    typealias Case = SentenceCase

    static let cases: [Case] = [
        Case(
            body: "The harbour master said the quay would reopen on Friday.",
            claims: [
                .init(
                    speaker: "The harbour master", cue: "said", content: "the quay would reopen on Friday",
                    kind: .indirect, claimClass: .speech)
            ]),
        Case(
            body: "\"We will rebuild the pier,\" the mayor told reporters.",
            claims: [
                .init(
                    speaker: "the mayor", cue: "told", content: "\"We will rebuild the pier,\"",
                    kind: .direct,
                    claimClass: .speech)
            ]),
        Case(
            body: "The ferry operator wrote that the timetable would change in May.",
            claims: [
                .init(
                    speaker: "The ferry operator", cue: "wrote",
                    content: "that the timetable would change in May", kind: .indirect, claimClass: .writing)
            ]),
        Case(
            body: "The skipper believes that the nets will not hold another winter.",
            claims: [
                .init(
                    speaker: "The skipper", cue: "believes",
                    content: "that the nets will not hold another winter", kind: .indirect,
                    claimClass: .thought)
            ]),
        Case(
            body: "The inspectors found that two of the cranes were unsafe.",
            claims: [
                .init(
                    speaker: "The inspectors", cue: "found", content: "that two of the cranes were unsafe",
                    kind: .indirect, claimClass: .finding)
            ]),
        Case(
            body: "The council vowed to keep the library open.",
            claims: [
                .init(
                    speaker: "The council", cue: "vowed", content: "to keep the library open",
                    kind: .indirect,
                    claimClass: .intention)
            ]),
        Case(
            body: "The ferry union decried the new timetable on Monday.",
            claims: [
                .init(
                    speaker: "The ferry union", cue: "decried", content: "the new timetable", kind: .indirect,
                    claimClass: .stance)
            ]),
    ]

    /// Verbs with a non-speech sense: a figure after "declined" or "added", gains "posted" on a
    /// market, and acts that say nothing ("declined to comment").
    static let otherSenses: [Case] = [
        Case(
            body: "Loans declined 114 mln dlrs to 65.89 billion dlrs, the bank said.",
            claims: [
                .init(
                    speaker: "the bank", cue: "said",
                    content: "Loans declined 114 mln dlrs to 65.89 billion dlrs",
                    kind: .indirect, claimClass: .speech)
            ]),
        // Declining to comment is an act that says nothing; declining to back a bill is a stance.
        Case(body: "The senator declined to comment on the bill.", claims: []),
        Case(body: "The ferry union refused to say whether the strike would go on.", claims: []),
        Case(
            body: "The senator declined to back the bill.",
            claims: [
                .init(
                    speaker: "The senator", cue: "declined", content: "to back the bill", kind: .indirect,
                    claimClass: .stance)
            ]),
        // A speaker that is no one reports no claim; a claim about no one knowing still is one.
        Case(body: "No one knows how the old quay was built.", claims: []),
        Case(body: "None of the officials said the ferry would return.", claims: []),
        Case(
            body: "The harbour master said no one knows how the old quay was built.",
            claims: [
                .init(
                    speaker: "The harbour master", cue: "said",
                    content: "no one knows how the old quay was built", kind: .indirect, claimClass: .speech)
            ]),
        // A figure after "added" is a score or an amount, not a statement.
        Case(body: "Porto added three more goals in the second half.", claims: []),
        Case(body: "The index added 12 points by noon.", claims: []),
        Case(
            body: "The coach added that the team would rest on Sunday.",
            claims: [
                .init(
                    speaker: "The coach", cue: "added", content: "that the team would rest on Sunday",
                    kind: .indirect, claimClass: .speech)
            ]),
        Case(body: "Soybean futures posted strong gains on the Chicago Board of Trade.", claims: []),
        Case(
            body: "The mayor posted that the bridge would reopen.",
            claims: [
                .init(
                    speaker: "The mayor", cue: "posted", content: "that the bridge would reopen",
                    kind: .indirect,
                    claimClass: .writing)
            ]),
    ]

    @Test("a cue verb in another sense makes no claim", arguments: otherSenses)
    func otherSense(_ example: Case) throws {
        try example.expectClaims()
    }

    @Test("each cue gives its class", arguments: cases)
    func classes(_ example: Case) throws {
        try example.expectClaims()
    }

    @Test("every cue form has one class, speech unless flagged")
    func lexicon() {
        let vocabulary = ExtractionVocabulary(.standard)
        let entries = vocabulary.cues.values.flatMap { $0 }
        #expect(entries.count > 400)
        func classOf(_ form: String) -> ClaimClass? {
            entries.first { $0.words == form.split(separator: " ").map(String.init) }?.claimClass
        }
        #expect(classOf("said") == .speech)
        #expect(classOf("according to") == .speech)
        #expect(classOf("tweeted") == .writing)
        #expect(classOf("is expected") == .thought)
        #expect(classOf("showed") == .finding)
        #expect(classOf("pledged") == .intention)
        #expect(classOf("called for") == .stance)
    }
}
