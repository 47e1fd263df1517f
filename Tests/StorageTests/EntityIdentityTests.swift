import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Which names become one entity across articles, and which stay apart.
@Suite("One entity per person")
struct EntityIdentityTests {
    /// One article per claim: "<speaker> said the quay <n> is open.", filed under `actor`.
    static func archive(_ actors: [(actor: String, named: Bool)]) throws -> ClaimStore {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        try write(actors, to: store)
        return store
    }

    /// Adds one article per actor to `store`, numbered from `first`.
    static func write(_ actors: [(actor: String, named: Bool)], to store: ClaimStore, first: Int = 0) throws {
        var entries: [ArchiveEntry] = []
        for (offset, speaker) in actors.enumerated() {
            let number = first + offset
            let content = "the quay \(number) is open"
            let body = "\(speaker.actor) said \(content)."
            let claim = Claim(
                actor: speaker.actor, actorKind: .person, actorIsNamed: speaker.named,
                speakerText: speaker.actor, speakerSpan: StoreFixtures.span(of: speaker.actor, in: body),
                cue: "said", cueSpan: StoreFixtures.span(of: "said", in: body), kind: .indirect,
                content: content, contentSpan: StoreFixtures.span(of: content, in: body))
            let article = Article(key: "article-\(number)", body: body, outlet: "Fjord Post")
            let mentions =
                speaker.named ? [Mention(name: speaker.actor, kind: .person, span: claim.speakerSpan!)] : []
            entries.append(
                ArchiveEntry(article: article, extraction: Extraction(claims: [claim], mentions: mentions)))
        }
        _ = try store.write(entries)
    }

    static func actorNames(_ store: ClaimStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try store.actors().map { ($0.name, $0.claims) })
    }

    @Test("full names with the same first and last word and agreeing middles are one person")
    func compatibleFullNames() throws {
        let store = try Self.archive([
            ("Ada Halvorsen", true), ("Ada K. Halvorsen", true), ("Ada Kari Halvorsen", true),
            ("Ada L. Halvorsen", true),
        ])
        // The first three agree; "Ada L. Halvorsen" differs from "Ada Kari Halvorsen" by initial,
        // but matches plain "Ada Halvorsen", the first entity filed under "ada halvorsen".
        #expect(try Self.actorNames(store) == ["Ada Halvorsen": 4])
    }

    @Test("middle names that disagree, and family members, stay apart")
    func differentPeople() throws {
        let store = try Self.archive([
            ("Ada Kari Halvorsen", true), ("Ada Liv Halvorsen", true), ("Bo Halvorsen", true),
        ])
        #expect(
            try Self.actorNames(store) == [
                "Ada Kari Halvorsen": 1, "Ada Liv Halvorsen": 1, "Bo Halvorsen": 1,
            ])
        // Searching the family name finds them all; a full name only its person.
        #expect(try store.search(ClaimSearch(actor: "halvorsen")).claims.count == 3)
        #expect(try store.search(ClaimSearch(actor: "Bo Halvorsen")).claims.count == 1)
    }

    @Test("search finds a person by a compatible full name or the nickname quoted in it")
    func searchByVariant() throws {
        let store = try Self.archive([("Ada K. Halvorsen", true), ("Bobby Lindqvist", true)])
        #expect(try store.search(ClaimSearch(actor: "Ada Kari Halvorsen")).claims.count == 1)
        #expect(try store.search(ClaimSearch(actor: "Robert C. \"Bobby\" Lindqvist")).claims.count == 1)
        // A full name that fits no one is not searched by its surname; the note says who is there.
        let other = try store.search(ClaimSearch(actor: "Ada Liv Halvorsen"))
        #expect(other.claims.isEmpty)
        #expect(
            other.note
                == "no actor called \"Ada Liv Halvorsen\" is in the archive; by that surname: Ada K. Halvorsen"
        )
    }

    @Test("a surname alone never joins a full name given in another article")
    func surnameAlone() throws {
        let store = try Self.archive([("Ada Halvorsen", true), ("Halvorsen", true)])
        #expect(try Self.actorNames(store) == ["Ada Halvorsen": 1, "Halvorsen": 1])
        #expect(try store.search(ClaimSearch(actor: "Ada Halvorsen")).claims.count == 1)
    }

    @Test("an unnamed speaker belongs to its article: two articles' spokesmen are two entities")
    func unnamedSpeakers() throws {
        let store = try Self.archive([("spokesman", false), ("spokesman", false), ("Ada Halvorsen", true)])
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, article_id FROM entities WHERE key LIKE 'spokesman%'")
        }
        #expect(rows.count == 2)
        #expect(Set(rows.map { $0["article_id"] as Int64? }).count == 2)
        // Listings of actors are of named actors only.
        #expect(try Self.actorNames(store) == ["Ada Halvorsen": 1])
    }
}
