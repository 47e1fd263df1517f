import Foundation
import Testing

/// The archive must not depend on thread timing: ids are what a user cites.
@Suite("Deterministic ingest")
struct DeterministicIngestTests {
    /// Stories by a few recurring people, some repeated word for word, some far longer than the
    /// rest so that the extraction threads finish their chunks out of order.
    static func corpus() -> String {
        let people = [
            "Ada Halvorsen", "Ada K. Halvorsen", "Bo Halvorsen", "Maya Okafor", "Pieter Haag",
            "Lena Ostrova",
        ]
        func text(_ index: Int) -> String {
            let person = people[index % people.count]
            let surname = person.split(separator: " ").last!
            var text =
                "Harbour Minister \(person) opened berth \(index) on Friday.\\n\\n"
                + "\\\"The berth is open again,\\\" \(surname) said. A spokesman for the port said "
                + "traffic would rise. She added that fees would stay."
            if index % 53 == 0 {
                text += String(repeating: "\\n\\nThe quay was busy, a harbour official said.", count: 400)
            }
            return text
        }
        // Every tenth story is an earlier one again: the same body is the same article.
        let lines = (0..<900).map { index in
            "{\"id\": \"s\(index)\", \"outlet\": \"Pike Wire\", \"date\": \"2024-03-0\(index % 9 + 1)\", "
                + "\"text\": \"\(text(index % 10 == 9 ? index - 9 : index))\"}"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a user sees of the archive: every claim with its id, article and actor, every actor.
    static func dump(_ fixture: ArchiveFixture) throws -> [String] {
        let claims = try fixture.claims(["search", "--limit", "1000000", "--format", "ndjson"])
        let actors = try fixture.claims(["actors", "--limit", "1000000", "--format", "ndjson"])
        #expect(claims.status == 0 && actors.status == 0, "\(claims.stderr)\(actors.stderr)")
        return claims.lines.sorted() + actors.lines
    }

    @Test("the same files ingested twice give the same claims, ids and actors")
    func sameArchiveTwice() throws {
        let corpus = Self.corpus()
        var dumps: [[String]] = []
        for _ in 0..<2 {
            let fixture = try ArchiveFixture()
            let path = try fixture.write("in/stories.jsonl", corpus)
            let run = try fixture.claims(["ingest", path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("900 articles: 810 new, 90 unchanged, 0 failed; "))
            dumps.append(try Self.dump(fixture))
        }
        #expect(dumps[0].count > 2000)
        #expect(dumps[0] == dumps[1])
    }
}
