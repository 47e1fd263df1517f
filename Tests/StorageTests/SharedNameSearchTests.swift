import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// A surname several people share: the search walks each person's index branch and merges.
@Suite("Searching a shared name")
struct SharedNameSearchTests {
    /// One article per (person, day): "<Person> said the quay <n> is open."
    static func archive() throws -> ClaimStore {
        let store = try ClaimStore(path: StoreFixtures.temporaryPath())
        let people = ["Ada Halvorsen", "Bo Halvorsen", "Cy Halvorsen", "Dag Lindqvist"]
        // Days chosen so the earliest claims alternate between the people.
        let days = [
            "Ada Halvorsen": [3, 9, 14, 20], "Bo Halvorsen": [1, 10, 15], "Cy Halvorsen": [2, 5, 25],
            "Dag Lindqvist": [4],
        ]
        var entries: [ArchiveEntry] = []
        for person in people {
            for day in days[person]! {
                let content = "the quay \(day) is open"
                let body = "\(person) said \(content)."
                let claim = Claim(
                    actor: person, actorKind: .person, speakerText: person,
                    speakerSpan: StoreFixtures.span(of: person, in: body), cue: "said",
                    cueSpan: StoreFixtures.span(of: "said", in: body), kind: day == 5 ? .direct : .indirect,
                    content: content, contentSpan: StoreFixtures.span(of: content, in: body))
                let article = Article(
                    key: "\(person)-\(day)", body: body, outlet: "Fjord Post",
                    date: ClaimDate(parsing: String(format: "2024-03-%02d", day)), dateBasis: .metadata)
                entries.append(
                    ArchiveEntry(article: article, extraction: Extraction(claims: [claim], mentions: [])))
            }
        }
        _ = try store.write(entries)
        return store
    }

    static func days(_ result: SearchResult) -> [String] {
        result.claims.map { "\($0.actor ?? "?") \($0.date?.description ?? "?")" }
    }

    @Test("by date, the earliest claims of all the Halvorsens come first, at most the limit")
    func earliestAcrossPeople() throws {
        let store = try Self.archive()
        let found = try store.search(ClaimSearch(actor: "halvorsen", order: .date, limit: 4))
        #expect(
            Self.days(found) == [
                "Bo Halvorsen 2024-03-01", "Cy Halvorsen 2024-03-02", "Ada Halvorsen 2024-03-03",
                "Cy Halvorsen 2024-03-05",
            ])
    }

    @Test("the other filters apply inside each person's branch")
    func filtersInsideBranches() throws {
        let store = try Self.archive()
        let since = try store.search(
            ClaimSearch(actor: "Halvorsen", since: ClaimDate(parsing: "2024-03-10"), order: .date, limit: 3))
        #expect(
            Self.days(since) == [
                "Bo Halvorsen 2024-03-10", "Ada Halvorsen 2024-03-14", "Bo Halvorsen 2024-03-15",
            ])
        let direct = try store.search(ClaimSearch(actor: "halvorsen", kind: .direct, limit: 10))
        #expect(Self.days(direct) == ["Cy Halvorsen 2024-03-05"])
        let text = try store.search(ClaimSearch(text: "quay", actor: "halvorsen", order: .date, limit: 2))
        #expect(Self.days(text) == ["Bo Halvorsen 2024-03-01", "Cy Halvorsen 2024-03-02"])
        // A full name is one person: no branches, the same order.
        let ada = try store.search(ClaimSearch(actor: "Ada Halvorsen", limit: 10))
        #expect(ada.claims.count == 4)
        #expect(Self.days(ada).first == "Ada Halvorsen 2024-03-03")
    }

    @Test("each branch reads the actor index in order: no table scan, no sort of all claims")
    func plan() throws {
        let store = try Self.archive()
        let plan = try store.writer.read { db in
            try QueryPlanTests.plan(
                try store.searchQuery(ClaimSearch(actor: "halvorsen", order: .date, limit: 4), in: db)!,
                in: db)
        }
        #expect(QueryPlanTests.fullScans(plan).isEmpty, "\(plan)")
        #expect(plan.filter { $0.contains("claims_by_actor") }.count == 3, "\(plan)")
    }
}
