import ClaimsModel
import Foundation
import Testing

@testable import Storage

/// A short form defined in one article files a later article's use of it under the full name.
@Suite("Short forms across articles")
struct AbbreviationJoinTests {
    static func entry(_ key: String, actor: String, abbreviations: [String: String] = [:]) -> ArchiveEntry {
        let body = "\(actor) said the quay would reopen."
        let claim = Claim(
            actor: actor, actorKind: .organization, speakerText: actor,
            speakerSpan: StoreFixtures.span(of: actor, in: body), cue: "said",
            cueSpan: StoreFixtures.span(of: "said", in: body), kind: .indirect,
            content: "the quay would reopen",
            contentSpan: StoreFixtures.span(of: "the quay would reopen", in: body))
        return ArchiveEntry(
            article: Article(key: key, body: body),
            extraction: Extraction(claims: [claim], mentions: [], abbreviations: abbreviations))
    }

    @Test("after a definition the short form is the full name's actor; before it, its own")
    func join() throws {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try store.write([
            Self.entry(
                "first", actor: "Harbour Safety Board", abbreviations: ["HSB": "Harbour Safety Board"]),
            Self.entry("later", actor: "HSB"),
        ])
        #expect(try store.actors().map(\.name) == ["Harbour Safety Board"])
        #expect(try store.search(ClaimSearch(actor: "HSB")).claims.count == 2)

        let other = try ClaimStore(path: StoreFixtures.temporaryPath())
        _ = try other.write([
            Self.entry("earlier", actor: "HSB"),
            Self.entry(
                "first", actor: "Harbour Safety Board", abbreviations: ["HSB": "Harbour Safety Board"]),
        ])
        // The short form was an actor of its own first: a person joins the two with a merge.
        #expect(Set(try other.actors().map(\.name)) == ["HSB", "Harbour Safety Board"])
    }
}
