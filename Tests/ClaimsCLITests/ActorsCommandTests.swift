import Foundation
import Testing

@Suite("claims actors merge, rename, alias, undo, decisions")
struct ActorsCommandTests {
    /// Three stories: two people called Halvorsen, and one by the surname alone.
    static func archive() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        let stories = [
            "Ada Halvorsen said the quay would reopen.", "Bo Halvorsen said the bridge was safe.",
            "The ferry was late on Monday, Halvorsen said.",
        ]
        let lines = stories.enumerated().map { "{\"id\": \"h\($0)\", \"text\": \"\($1)\"}" }
        let path = try fixture.write("h.jsonl", lines.joined(separator: "\n") + "\n")
        let ingest = try fixture.claims(["ingest", path])
        precondition(ingest.status == 0, ingest.stderr)
        return fixture
    }

    /// Runs `claims ARGUMENTS... --db <db>`: the subcommand comes first, as a user types it.
    static func run(_ fixture: ArchiveFixture, _ arguments: [String]) throws -> ClaimsBinary.Run {
        try ClaimsBinary.run(arguments + ["--db", fixture.db])
    }

    @Test("split one article's part of an actor off, show both, and undo it")
    func splitShowUndo() throws {
        let fixture = try ArchiveFixture()
        let stories = [
            ("q1", "Ada Halvorsen said the quay would reopen in May."),
            ("q2", "The harbour fees will rise, Ada Halvorsen said."),
            ("f1", "Ada Halvorsen said the team would win the cup final."),
        ]
        let lines = stories.map {
            "{\"id\": \"\($0.0)\", \"date\": \"2024-05-0\($0.0 == "f1" ? 9 : 1)\", \"text\": \"\($0.1)\"}"
        }
        #expect(
            try fixture.claims(["ingest", fixture.write("a.jsonl", lines.joined(separator: "\n") + "\n")])
                .status == 0)
        let split = try Self.run(
            fixture,
            ["actors", "split", "Ada Halvorsen", "--article", "f1", "--as", "Ada Halvorsen (footballer)"])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout == "decision 1: Ada Halvorsen in f1 is now Ada Halvorsen (footballer)\n")
        let actors = try ArchiveFixture.objects(
            try Self.run(fixture, ["actors", "--aliases", "--format", "ndjson"]))
        #expect(actors.map { $0["name"] as? String } == ["Ada Halvorsen", "Ada Halvorsen (footballer)"])
        #expect(actors.map { $0["claims"] as? Int } == [2, 1])
        #expect((actors.first?["aliases"] as? [String])?.contains("ada halvorsen") == true)
        let shown = try ArchiveFixture.objects(
            try Self.run(fixture, ["actors", "show", "Ada Halvorsen (footballer)", "--format", "ndjson"]))
        #expect(shown.first?["claims"] as? Int == 1)
        #expect(shown.first?["articles"] as? Int == 1)
        #expect(shown.first?["first_date"] as? String == "2024-05-09")
        #expect(shown.first?["decisions"] as? [Int] == [1])
        let table = try Self.run(fixture, ["actors", "show", "Ada Halvorsen", "--format", "table"])
        #expect(table.lines.first == "Ada Halvorsen (person)")
        #expect(
            table.lines.contains("claims: 2   as source: 0   articles: 2   dates: 2024-05-01 to 2024-05-01"))
        // The footballer is in one article only: there is nothing left to split off.
        let refused = try Self.run(
            fixture,
            ["actors", "split", "Ada Halvorsen (footballer)", "--article", "f1", "--as", "Someone Else"])
        #expect(refused.status != 0)
        #expect(
            refused.stderr
                == "claims: Ada Halvorsen (footballer) is in the article \"f1\" only; rename it instead\n")
        let missing = try Self.run(
            fixture, ["actors", "split", "Ada Halvorsen", "--article", "nope", "--as", "X Y"])
        #expect(missing.stderr == "claims: no article \"nope\" is in the archive\n")
        #expect(try Self.run(fixture, ["actors", "undo"]).status == 0)
        let back = try ArchiveFixture.objects(try Self.run(fixture, ["actors", "--format", "ndjson"]))
        #expect(back.map { $0["name"] as? String } == ["Ada Halvorsen"])
        #expect(back.map { $0["claims"] as? Int } == [3])
    }

    @Test("rebuild writes the archive again with its corrections, and leaves the old one as it was")
    func rebuild() throws {
        let fixture = try Self.archive()
        #expect(try Self.run(fixture, ["actors", "merge", "Halvorsen", "Ada Halvorsen"]).status == 0)
        #expect(try Self.run(fixture, ["actors", "rename", "Bo Halvorsen", "Bo J. Halvorsen"]).status == 0)
        let before = try ArchiveFixture.objects(try Self.run(fixture, ["actors", "--format", "ndjson"]))
        let oldStats = try fixture.stats()
        let rebuilt = fixture.folder.appending(path: "rebuilt.sqlite").path
        let run = try Self.run(fixture, ["rebuild", rebuilt])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3 articles: 3 new, 0 unchanged, 0 failed; 3 claims"))
        #expect(run.stderr.hasSuffix("made again 2 corrections of \(fixture.db)\n"))
        let after = try ArchiveFixture.objects(
            try ClaimsBinary.run(["actors", "--format", "ndjson", "--db", rebuilt]))
        #expect(after.map { $0["name"] as? String } == before.map { $0["name"] as? String })
        #expect(after.map { $0["claims"] as? Int } == [2, 1])
        #expect(try fixture.stats()["claims"] as? Int == oldStats["claims"] as? Int)
        let again = try Self.run(fixture, ["rebuild", rebuilt])
        #expect(again.status != 0)
        #expect(
            again.stderr
                == "claims: \(rebuilt) already exists; rebuild writes a new archive and will not overwrite it\n"
        )
    }

    @Test("merge, list the decision, undo it: each prints one line and the listing follows")
    func mergeListUndo() throws {
        let fixture = try Self.archive()
        let merge = try Self.run(fixture, ["actors", "merge", "Halvorsen", "Ada Halvorsen"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == "decision 1: merged Halvorsen into Ada Halvorsen\n")
        let actors = try ArchiveFixture.objects(try Self.run(fixture, ["actors", "--format", "ndjson"]))
        #expect(actors.map { $0["name"] as? String } == ["Ada Halvorsen", "Bo Halvorsen"])
        #expect(actors.map { $0["claims"] as? Int } == [2, 1])
        let decisions = try ArchiveFixture.objects(
            try Self.run(fixture, ["actors", "decisions", "--format", "ndjson"]))
        #expect(decisions.map { $0["action"] as? String } == ["merge"])
        #expect(decisions.first?["into"] as? String == "Ada Halvorsen")
        let undo = try Self.run(fixture, ["actors", "undo"])
        #expect(undo.stdout == "decision 1 undone: merge of Halvorsen\n")
        let again = try ArchiveFixture.objects(try Self.run(fixture, ["actors", "--format", "ndjson"]))
        #expect(again.map { $0["claims"] as? Int } == [1, 1, 1])
    }

    @Test("a correction that cannot be made is one line, exits non-zero and changes nothing")
    func refused() throws {
        let fixture = try Self.archive()
        for (arguments, message) in [
            (
                ["actors", "merge", "Halvorsen", "Nobody Atall"],
                "claims: no actor called \"Nobody Atall\" is in the archive\n"
            ),
            (
                ["actors", "rename", "Ada Halvorsen", "Bo Halvorsen"],
                "claims: \"Bo Halvorsen\" is already another actor (Bo Halvorsen); merge the two instead\n"
            ),
            (["actors", "undo", "7"], "claims: no standing decision 7 to undo\n"),
        ] {
            let run = try Self.run(fixture, arguments)
            #expect(run.status != 0)
            #expect(run.stderr == message)
        }
        let missing = try ClaimsBinary.run([
            "actors", "merge", "A", "B", "--db", fixture.folder.appending(path: "none.sqlite").path,
        ])
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appending(path: "none.sqlite").path))
        #expect(try Self.run(fixture, ["actors", "decisions"]).stderr == "no decisions yet\n")
    }
}
