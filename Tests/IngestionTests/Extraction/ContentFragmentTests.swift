import ClaimsModel
import Testing

@testable import Ingestion

/// Contents the article interrupts carry their pieces as fragments, each inside the outer span,
/// in order, with the attribution between them left out.
@Suite("Content fragments of interrupted contents")
struct ContentFragmentTests {
    /// One paragraph, the single claim expected from it and the text of its fragments.
    struct Case: Sendable, CustomTestStringConvertible {
        let body: String
        let content: String
        let fragments: [String]
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        Case(
            body: "The levy, according to the port authority, will rise in June.",
            content: "The levy, according to the port authority, will rise in June",
            fragments: ["The levy", "will rise in June"]),
        Case(
            body: "The new pier, Ms. Haldane said, would open before the storms.",
            content: "The new pier, Ms. Haldane said, would open before the storms",
            fragments: ["The new pier", "would open before the storms"]),
        Case(
            body: "\"The tide is early,\" Ms. Haldane said, \"and the boats are late.\"",
            content: "\"The tide is early,\" Ms. Haldane said, \"and the boats are late.\"",
            fragments: ["\"The tide is early,\"", "\"and the boats are late.\""]),
        Case(
            body:
                "\"The tide is early,\" Ms. Haldane said, pointing at the gauge, \"and the boats are late.\"",
            content:
                "\"The tide is early,\" Ms. Haldane said, pointing at the gauge, \"and the boats are late.\"",
            fragments: ["\"The tide is early,\"", "\"and the boats are late.\""]),
        Case(
            body: "\"The nets are torn,\" said Tomas Reyl, a trawler captain. \"We mend them every night.\"",
            content:
                "\"The nets are torn,\" said Tomas Reyl, a trawler captain. \"We mend them every night.\"",
            fragments: ["\"The nets are torn,\"", "\"We mend them every night.\""]),
        Case(
            body: "\"The nets are torn,\" Tomas Reyl said. \"We mend them\" every single night.",
            content: "\"The nets are torn,\" Tomas Reyl said. \"We mend them\" every single night",
            fragments: ["\"The nets are torn,\"", "\"We mend them\" every single night"]),
        Case(
            body: "The quay will reopen, Ms. Haldane said. \"The cranes are back.\"",
            content: "The quay will reopen, Ms. Haldane said. \"The cranes are back.\"",
            fragments: ["The quay will reopen", "\"The cranes are back.\""]),
    ]

    @Test("an interrupted content keeps its outer span and lists its pieces", arguments: cases)
    func fragments(_ example: Case) throws {
        let claim = try #require(onlyClaim(example.body))
        #expect(claim.content == example.content)
        #expect(example.body.slice(claim.contentSpan) == claim.content)
        let fragments = try #require(claim.contentFragments)
        #expect(fragments.map { example.body.slice($0) } == example.fragments)
        for (fragment, following) in zip(fragments, fragments.dropFirst()) {
            #expect(fragment.end <= following.start)
        }
        #expect(fragments.first?.start == claim.contentSpan.start)
        #expect(fragments.last?.end == claim.contentSpan.end)
    }

    /// Unbroken contents, including several quoted sentences in a row, have no fragments.
    @Test(
        "an unbroken content has no fragments",
        arguments: [
            "Ms. Haldane said the ferry would run on Sundays.",
            "\"The tide is early. The boats are late,\" Ms. Haldane said.",
            "The harbour will close at noon, the port authority said.",
        ])
    func unbroken(_ body: String) throws {
        let claim = try #require(onlyClaim(body))
        #expect(claim.contentFragments == nil)
    }
}
