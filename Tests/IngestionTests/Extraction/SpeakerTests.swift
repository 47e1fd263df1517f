import ClaimsModel
import Testing

@testable import Ingestion

@Suite("Speakers, actors and their kinds")
struct SpeakerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let actor: String
        let kind: ActorKind
        var description: String? = nil
        var speaker: String? = nil
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(
            body: "Harbour Minister Capt. Rosa Delgado said the pier would reopen.", actor: "Rosa Delgado",
            kind: .person, speaker: "Harbour Minister Capt. Rosa Delgado"),
        Case(
            body: "Lisbon-based marine biology student Arno Veldt said the reef was recovering.",
            actor: "Arno Veldt", kind: .person, description: "Lisbon-based marine biology student"),
        Case(
            body: "“The reef is recovering,” Arno Veldt, a diver from Porto, told the Harbour Courier.",
            actor: "Arno Veldt", kind: .person, description: "a diver from Porto", speaker: "Arno Veldt"),
        Case(
            body: "The Port Authority said the channel would be dredged.", actor: "Port Authority",
            kind: .organization),
        Case(
            body: "Two officials familiar with the talks said a deal was close.",
            actor: "Two officials familiar with the talks", kind: .group),
        Case(
            body: "Fishermen say the catch has halved since spring.", actor: "fishermen", kind: .group),
        Case(
            body: "The reef is recovering, analysts said.", actor: "analysts", kind: .group),
        Case(
            body: "The channel will be dredged, per the independent Tide news agency.", actor: "Tide",
            kind: .outlet, description: "the independent Tide news agency"),
        Case(
            body: "“The dredging starts in May,” coastal outlet The Shoreline reported.",
            actor: "The Shoreline",
            kind: .outlet, description: "coastal outlet"),
        Case(
            body: "Harbour Master Ingrid Solberg said the quay was safe.", actor: "Ingrid Solberg",
            kind: .person, description: "Harbour Master", speaker: "Harbour Master Ingrid Solberg"),
        Case(
            body: "Fees will rise, according to a statement from the finance ministry.",
            actor: "finance ministry",
            kind: .organization, description: "a statement from the finance ministry",
            speaker: "a statement from the finance ministry"),
        Case(
            body: "The coins were insured, according to the museum's annual report.", actor: "museum",
            kind: .organization, speaker: "the museum's annual report"),
        Case(
            body: "Rents doubled, according to a survey by the Tide Courier.", actor: "Tide Courier",
            kind: .outlet, speaker: "a survey by the Tide Courier"),
        Case(
            body: "Engineers warned that the wall would not hold.", actor: "engineers", kind: .group),
    ]

    @Test("titles, pre-modifiers, appositives, organisations, groups and outlets", arguments: cases)
    func speaker(_ example: Case) throws {
        let claim = try #require(onlyClaim(example.body))
        #expect(claim.actor == example.actor)
        #expect(claim.actorKind == example.kind)
        if let description = example.description { #expect(claim.actorDescription == description) }
        if let speaker = example.speaker { #expect(claim.speakerText == speaker) }
    }

    @Test("\"he\" goes to the last person who spoke; the span stays on the pronoun")
    func pronoun() throws {
        let body = """
            “The reef is recovering,” Arno Veldt, a diver from Porto, told the Harbour Courier.

            “We saw turtles again last week,” he said.
            """
        let claims = extractClaims(body).claims
        try #require(claims.count == 2)
        #expect(claims[1].actor == "Arno Veldt")
        #expect(claims[1].speakerText == "he")
        let span = try #require(claims[1].speakerSpan)
        #expect(body.slice(span) == "he")
    }

    @Test("a surname alone resolves to the full name used earlier")
    func shortName() throws {
        let body = """
            Harbour Minister Rosa Delgado opened the pier on Friday.

            The pier will carry ferries by June, Delgado said.
            """
        let claim = try #require(onlyClaim(body))
        #expect(claim.actor == "Rosa Delgado")
        #expect(claim.speakerText == "Delgado")
    }

    @Test("people who are named but make no claim are mentions")
    func mentions() {
        let body = "Harbour Minister Rosa Delgado met Fisheries Commissioner Ulla Berg in Porto."
        let extraction = extractClaims(body)
        #expect(extraction.claims.isEmpty)
        let names = extraction.mentions.filter { $0.kind == .person }.map(\.name)
        #expect(names == ["Rosa Delgado", "Ulla Berg"])
        for mention in extraction.mentions {
            #expect(body.slice(mention.span) == mention.name)
        }
    }
}
