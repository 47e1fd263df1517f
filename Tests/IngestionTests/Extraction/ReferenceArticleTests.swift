import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

/// The reference article of `../shared/data/seed`, read at run time; never copied into the repo.
private let seedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/seed")
private let seedName = "pishtaz-2025-03-24-tehran-belgrade"
private let seedPresent = FileManager.default.fileExists(
    atPath: seedFolder.appendingPathComponent(seedName + ".txt").path)

@Suite("The reference article")
struct ReferenceArticleTests {
    struct Expected: Decodable {
        let actor: String
        let actor_kind: String
        let actor_description: String?
        let cue: String?
        let kind: String
        let source: String?
        let content_starts: String
        let content_ends: String
        let mentioned_dates: [String]?
    }

    func load() throws -> (Article, [Claim], [Expected], [Mention]) {
        let text = try String(
            contentsOf: seedFolder.appendingPathComponent(seedName + ".txt"), encoding: .utf8)
        var article = TextReader().read(text, key: seedName + ".txt")
        let meta =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: seedFolder.appendingPathComponent(seedName + ".meta.json")))
            as? [String: String]
        article.outlet = meta?["outlet"]
        article.date = meta?["date"].flatMap { ClaimDate(parsing: $0) }
        let extraction = ClaimExtractor().extract(article)
        let lines = try String(
            contentsOf: seedFolder.appendingPathComponent(seedName + ".expected.jsonl"), encoding: .utf8)
        let expected = try lines.split(separator: "\n").map {
            try JSONDecoder().decode(Expected.self, from: Data($0.utf8))
        }
        return (article, extraction.claims, expected, extraction.mentions)
    }

    @Test(
        "exactly the twelve expected claims, in order, with actor, kind, cue, source and content",
        .disabled(if: !seedPresent, "../shared/data/seed is absent (a plain clone): skipped"))
    func twelveClaims() throws {
        let (article, claims, expected, _) = try load()
        try #require(claims.count == expected.count)
        for (claim, want) in zip(claims, expected) {
            #expect(claim.actor == want.actor)
            #expect(claim.actorKind.rawValue == want.actor_kind)
            #expect(claim.kind.rawValue == want.kind)
            #expect(claim.cue == want.cue)
            #expect(claim.source == want.source)
            if let description = want.actor_description { #expect(claim.actorDescription == description) }
            #expect(claim.content.contains(want.content_starts))
            #expect(claim.content.contains(want.content_ends))
            #expect(
                claim.mentionedDates.contains { $0.description == "2023-08" } == (want.mentioned_dates != nil)
            )
            #expect(claim.date?.description == "2025-03-24")
            #expect(article.body.slice(claim.contentSpan) == claim.content)
        }
    }

    @Test(
        "Nebojša Stefanović is mentioned though he makes no claim",
        .disabled(if: !seedPresent, "../shared/data/seed is absent (a plain clone): skipped"))
    func mentioned() throws {
        let (_, claims, _, mentions) = try load()
        #expect(mentions.contains { $0.name == "Nebojša Stefanović" && $0.kind == .person })
        #expect(!claims.contains { $0.actor == "Nebojša Stefanović" })
    }
}
