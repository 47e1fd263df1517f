import ClaimsModel
import Testing

@testable import Ingestion

/// Long speaker phrases, several claims in one sentence, and where indirect content ends.
@Suite("Speaker phrases, several claims a sentence, content ends")
struct ClauseBoundaryTests {
    typealias Case = SentenceCase
    typealias Expected = ExpectedClaim

    static let cases: [Case] = [
        Case(
            body: "Rep. Ilse Varga (D-Ore.) said the ferry subsidy would be renewed.",
            claims: [
                .init(
                    speaker: "Rep. Ilse Varga (D-Ore.)", cue: "said",
                    content: "the ferry subsidy would be renewed")
            ]),
        Case(
            body: "Tomas Brel, 44, a welder from Gdynia, said the shipyard had hired again.",
            claims: [.init(speaker: "Tomas Brel", cue: "said", content: "the shipyard had hired again")]),
        Case(
            body: "Nadia Roux, 29, of Lyon, who sells nets at the quay, said prices had doubled.",
            claims: [.init(speaker: "Nadia Roux", cue: "said", content: "prices had doubled")]),
        Case(
            body: "Mayor Oren Falk — after a long pause — told us the bridge would stay shut.",
            claims: [.init(speaker: "Mayor Oren Falk", cue: "told", content: "the bridge would stay shut")]),
        Case(
            body: "The harbour master has since stressed that no tanker had run aground.",
            claims: [
                .init(
                    speaker: "The harbour master", cue: "stressed", content: "that no tanker had run aground")
            ]),
        Case(
            body: "Freight fell by a tenth in March, according to a survey from the Baltic Freight Board.",
            claims: [
                .init(
                    speaker: "a survey from the Baltic Freight Board", cue: "according to",
                    content: "Freight fell by a tenth in March")
            ]),
        Case(
            body: "The ferry ran late all winter, according to a report last week - the third this year.",
            claims: [
                .init(
                    speaker: "a report last week", cue: "according to",
                    content: "The ferry ran late all winter")
            ]),
        Case(
            body: "Lena Ott's chief of staff, Piet Moll, said the vote would be delayed.",
            claims: [
                .init(speaker: "Lena Ott's chief of staff", cue: "said", content: "the vote would be delayed")
            ]),
        Case(
            body: "Most pilots have already said they would strike.",
            claims: [.init(speaker: "Most pilots", cue: "said", content: "they would strike")]),
        Case(
            body: "Dockers said they would strike; the owners said they would not negotiate.",
            claims: [
                .init(speaker: "Dockers", cue: "said", content: "they would strike"),
                .init(speaker: "the owners", cue: "said", content: "they would not negotiate"),
            ]),
        Case(
            body: "Pilots said the pay offer was fair, and 40 have said they would sign it.",
            claims: [
                .init(speaker: "Pilots", cue: "said", content: "the pay offer was fair"),
                .init(speaker: "40", cue: "have said", content: "they would sign it"),
            ]),
        Case(
            body:
                "The reef was dying, said Ada Brun, a diver at the station, who noted that the water was warm.",
            claims: [
                .init(speaker: "Ada Brun", cue: "said", content: "The reef was dying"),
                .init(speaker: "who", cue: "noted", content: "that the water was warm"),
            ]),
        Case(
            body: "“It is not a wreck,” Kai Lund said, after Mira Holt said the hull had split.",
            claims: [
                .init(speaker: "Kai Lund", cue: "said", content: "“It is not a wreck,”"),
                .init(speaker: "Mira Holt", cue: "said", content: "the hull had split"),
            ]),
        Case(
            body: "“We are ready,” the captain said, before adding that the crew was tired.",
            claims: [
                .init(speaker: "the captain", cue: "said", content: "“We are ready,”"),
                .init(speaker: "the captain", cue: "adding", content: "that the crew was tired"),
            ]),
        Case(
            body: "Most voters backed the levy, with 61 percent saying it was overdue.",
            claims: [
                .init(speaker: "Most voters", cue: "backed", content: "the levy"),
                .init(speaker: "61 percent", cue: "saying", content: "it was overdue"),
            ]),
        Case(
            body: "Even the ferry has more charm than the bridge, says local historian Ida Brandt in Tromso.",
            claims: [
                .init(
                    speaker: "local historian Ida Brandt", cue: "says",
                    content: "Even the ferry has more charm than the bridge", kind: .indirect)
            ]),
        Case(
            body:
                "To win the seat, candidates need a third of the vote, analysts say; in 2019 the winner took 40 percent.",
            claims: [
                .init(
                    speaker: "analysts", cue: "say",
                    content: "To win the seat, candidates need a third of the vote")
            ]),
        Case(
            body: "(“I don’t want a fight,” said one harbour worker.)",
            claims: [
                .init(
                    speaker: "one harbour worker", cue: "said", content: "“I don’t want a fight,”",
                    kind: .direct)
            ]),
        Case(
            body: "On Friday, after the vote, the mayor defended the plan, saying it would pay for itself.",
            claims: [
                .init(speaker: "the mayor", cue: "defended", content: "the plan"),
                .init(speaker: "the mayor", cue: "saying", content: "it would pay for itself"),
            ]),
        Case(
            body: "The council praised the rescue crews at a ceremony in the port.",
            claims: [.init(speaker: "The council", cue: "praised", content: "the rescue crews")]),
        Case(
            body: "Engineers said the lock was sound, when the river rose in May.",
            claims: [.init(speaker: "Engineers", cue: "said", content: "the lock was sound")]),
    ]

    @Test("speakers, cues and contents of each claim", arguments: cases)
    func claims(_ example: Case) throws {
        try example.expectClaims()
    }

    @Test("the \"who\" of a relative clause speaks for the name before it")
    func relativeSpeaker() throws {
        let claims = extractClaims(
            "The reef was dying, said Ada Brun, a diver at the station, who noted that the water was warm."
        ).claims
        try #require(claims.count == 2)
        #expect(claims[1].actor == "Ada Brun")
    }
}
