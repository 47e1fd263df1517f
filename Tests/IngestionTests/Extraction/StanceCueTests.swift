import ClaimsModel
import Testing

@testable import Ingestion

/// Stance verbs that take a noun phrase ("decried the levy"), further speech verbs, "according
/// to" with no comma before it, and the question of a sentence opening with "Asked".
@Suite("Stance verbs, according to without a comma, questions put to the speaker")
struct StanceCueTests {
    typealias Case = SentenceCase
    typealias Expected = ExpectedClaim

    static let cases: [Case] = [
        Case(
            body: "The ferry union decried the new timetable on Monday.",
            claims: [
                .init(
                    speaker: "The ferry union", cue: "decried", content: "the new timetable", kind: .indirect)
            ]),
        Case(
            body: "Councillor Brandt lambasted the harbour board, which had approved the fees.",
            claims: [
                .init(speaker: "Councillor Brandt", cue: "lambasted", content: "the harbour board")
            ]),
        Case(
            body: "The mayor reiterated that the pier would reopen in spring.",
            claims: [
                .init(
                    speaker: "The mayor", cue: "reiterated", content: "that the pier would reopen in spring",
                    kind: .indirect)
            ]),
        Case(
            body: "Ms. Okafor echoed the warning of the coast guard.",
            claims: [
                .init(speaker: "Ms. Okafor", cue: "echoed", content: "the warning of the coast guard")
            ]),
        Case(
            body: "The skipper wondered whether the nets would hold.",
            claims: [
                .init(speaker: "The skipper", cue: "wondered", content: "whether the nets would hold")
            ]),
        Case(
            body: "Fishing crews backed the mayor, according to exit polling data.",
            claims: [
                .init(
                    speaker: "exit polling data", cue: "according to",
                    content: "Fishing crews backed the mayor",
                    kind: .indirect)
            ]),
        Case(
            body:
                "The mayor leads the challenger by 12 delegates according to a count by the Coastal Herald.",
            claims: [
                .init(
                    speaker: "a count by the Coastal Herald", cue: "according to",
                    content: "The mayor leads the challenger by 12 delegates")
            ]),
        Case(
            body: "Asked whether the pier would open in May, the mayor said the date was firm.",
            claims: [
                .init(
                    speaker: nil, cue: "Asked", content: "whether the pier would open in May", kind: .indirect
                ),
                .init(speaker: "the mayor", cue: "said", content: "the date was firm"),
            ]),
        Case(
            body: "And it has not gone unnoticed: According to recent polls, Okafor holds a narrow lead.",
            claims: [
                .init(speaker: "recent polls", cue: "According to", content: "Okafor holds a narrow lead")
            ]),
        Case(
            body: "Asked by reporters about the levy, Mr. Dunne said it was fair.",
            claims: [
                .init(speaker: "reporters", cue: "Asked", content: "about the levy"),
                .init(speaker: "Mr. Dunne", cue: "said", content: "it was fair"),
            ]),
        Case(
            body: "The challenger holds 40 pledged delegates in the county.",
            claims: []),
        Case(
            body: "The dock workers backed Okafor while most fishermen stayed home.",
            claims: [
                .init(speaker: "The dock workers", cue: "backed", content: "Okafor", kind: .indirect)
            ]),
        Case(
            body: "The harbour guild endorsed Okafor last week.",
            claims: [
                .init(speaker: "The harbour guild", cue: "endorsed", content: "Okafor", kind: .indirect)
            ]),
        Case(
            body: "In a Coastal Herald poll released Monday, 48 percent of residents rode the ferry daily.",
            claims: [
                .init(
                    speaker: "a Coastal Herald poll released Monday", cue: "In",
                    content: "48 percent of residents rode the ferry daily", kind: .indirect)
            ]),
        Case(
            body: "Okafor has a narrow lead in the latest polls.",
            claims: [
                .init(speaker: "the latest polls", cue: "in", content: "Okafor has a narrow lead")
            ]),
        Case(
            body: "In the spring, the ferry ran every hour.",
            claims: []),
        Case(
            body: "As the harbour master noted on Friday, the tide tables were printed wrong.",
            claims: [
                .init(
                    speaker: "the harbour master", cue: "noted", content: "the tide tables were printed wrong"
                )
            ]),
        Case(
            body: "Lee Says Ferry Fees Will Rise In May.",
            claims: [
                .init(speaker: "Lee", cue: "Says", content: "Ferry Fees Will Rise In May", kind: .indirect)
            ]),
        Case(
            body: "Rick Said won the regatta.",
            claims: []),
        Case(
            body:
                "The ferry will stop at the island twice a day, Ms. Haldane said, a change that pleased the crews.",
            claims: [
                .init(
                    speaker: "Ms. Haldane", cue: "said",
                    content: "The ferry will stop at the island twice a day")
            ]),
        Case(
            body: "She now runs a small charity called Tide Watch.",
            claims: []),
        Case(
            body: "Mayor Lee called the fees a disgrace.",
            claims: [
                .init(speaker: "Mayor Lee", cue: "called", content: "the fees a disgrace")
            ]),
        Case(
            body: "The skipper maintained that the nets were legal.",
            claims: [
                .init(speaker: "The skipper", cue: "maintained", content: "that the nets were legal")
            ]),
        Case(
            body: "The ferry maintained a steady speed past the point.",
            claims: []),
        Case(
            body: "Residents rejected his suggestion that the ferry should stop running.",
            claims: [
                .init(
                    speaker: "Residents", cue: "rejected",
                    content: "his suggestion that the ferry should stop running"),
                .init(
                    speaker: "his", cue: "suggestion", content: "that the ferry should stop running",
                    kind: .indirect),
            ]),
        Case(
            body: "Mayor Lee's warning on Monday that the pier was unsafe closed the market.",
            claims: [
                .init(
                    speaker: "Mayor Lee", cue: "warning",
                    content: "that the pier was unsafe closed the market")
            ]),
        Case(
            body: "There were numerous complaints that the ferry ran late.",
            claims: [
                .init(speaker: nil, cue: "complaints", content: "that the ferry ran late")
            ]),
        Case(
            body: "The message on the board was clear.",
            claims: []),
        Case(
            body: "After the board refused to reopen the quay, Mayor Lee called a vote.",
            claims: [
                .init(speaker: "the board", cue: "refused", content: "to reopen the quay")
            ]),
    ]

    @Test(arguments: cases)
    func extracts(_ example: Case) throws {
        try example.expectClaims()
    }
}
