import Foundation
import Testing

@Suite("claims search, actors, sources, show, stats, backup")
struct SearchCommandTests {
    /// An archive of a few wire stories (no claims needed for these checks).
    static func archive() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        let path = try fixture.write("wire.jsonl", ArchiveFixture.wireStories(5))
        let run = try fixture.claims(["ingest", path])
        precondition(run.status == 0, run.stderr)
        return fixture
    }

    @Test(
        "malformed dates and bad values name the flag in one line",
        arguments: [
            (
                ["search", "--since", "2025-3"],
                "claims: --since '2025-3' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
            ),
            (
                ["search", "--until", "yesterday"],
                "claims: --until 'yesterday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
            ),
            (
                ["search", "--kind", "rumour"],
                "claims: The value 'rumour' is invalid for '--kind <kind>'. Please provide one of 'direct', 'indirect' or 'mixed'."
            ),
            (
                ["search", "--format", "xml"],
                "claims: The value 'xml' is invalid for '--format <format>'. Please provide one of 'table', 'json', 'ndjson' or 'csv'."
            ),
            (["search", "--limit=-1"], "claims: --limit must be 0 (no limit) or more, not -1."),
            (["search", "--colour"], "claims: Unknown option '--colour'"),
            (
                ["search", "--class", ","],
                "claims: --class needs at least one of speech, writing, thought, finding, intention or stance."
            ),
        ])
    func badFlags(arguments: [String], message: String) throws {
        let fixture = try Self.archive()
        let run = try fixture.claims(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("search text full of FTS5 syntax is searched as words; --raw errors are one line")
    func ftsSyntax() throws {
        let fixture = try Self.archive()
        for text in ["\"depot", "depot*", "depot AND", "NEAR(depot", "-depot", "depot:crates", "("] {
            let run = try fixture.claims(["search", "--format", "ndjson", "--", text])
            #expect(run.status == (text == "(" ? 1 : 0), "\(text): \(run.stderr)")
            #expect(!run.stderr.contains("fts5"), "\(text): \(run.stderr)")
        }
        let raw = try fixture.claims(["search", "--raw", "depot AND (", "--format", "ndjson"])
        #expect(raw.status == 1)
        #expect(raw.stderr.hasPrefix("claims: the --raw search text is not valid FTS5 syntax"))
        #expect(raw.stderr.split(separator: "\n").count == 1)
    }

    @Test("hostile names through every filter change nothing")
    func injection() throws {
        let fixture = try Self.archive()
        let hostile = "'; DROP TABLE claims; --"
        for flag in ["--actor", "--source", "--outlet"] {
            let run = try fixture.claims(["search", flag, hostile, "--format", "ndjson"])
            #expect(run.status == 0)
            #expect(run.stdout.isEmpty)
        }
        #expect(try fixture.claims(["search", hostile, "--format", "ndjson"]).status == 0)
        #expect(try fixture.claims(["actors", hostile, "--format", "ndjson"]).status == 0)
        #expect(try fixture.claims(["sources", "--outlet", hostile, "--format", "ndjson"]).status == 0)
        #expect(try fixture.stats()["articles"] as? Int == 5)
        #expect(try fixture.stats()["claims"] as? Int == 0)
    }

    @Test("stats and outlets print what is stored; csv and json work")
    func statsAndFormats() throws {
        let fixture = try Self.archive()
        let stats = try fixture.stats()
        #expect(stats["articles"] as? Int == 5)
        #expect(stats["schema"] as? String == "0013_claim_groups")
        let csv = try fixture.claims(["outlets", "--format", "csv"])
        #expect(csv.lines == ["name,domain,articles,claims", "Pike Wire,,5,0"])
        let json = try fixture.claims(["outlets", "--format", "json"])
        #expect(json.stdout == "[\n{\"name\":\"Pike Wire\",\"domain\":null,\"articles\":5,\"claims\":0}\n]\n")
    }

    @Test("a missing archive, a missing claim and an unknown actor are each one sentence")
    func missing() throws {
        let fixture = try ArchiveFixture()
        let run = try fixture.claims(["search", "depot"])
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "claims: there is no archive at \(fixture.db) (run `claims ingest` first, or pass --db)\n")
        let archive = try Self.archive()
        let show = try archive.claims(["show", "42"])
        #expect(show.status == 1)
        #expect(show.stderr == "claims: there is no claim 42 in \(archive.db)\n")
        let actor = try archive.claims(["search", "--actor", "Mira Solberg", "--format", "ndjson"])
        #expect(actor.status == 0)
        #expect(actor.stderr == "no actor called \"Mira Solberg\" is in the archive\n")
    }

    @Test("a surname that fits several people lists them and stops; --all or the full name go on")
    func ambiguousSurname() throws {
        let fixture = try ArchiveFixture()
        let stories = [
            "Ada Halvorsen said the quay would reopen.", "Ada Halvorsen said the ferry was late.",
            "Bo Halvorsen said the bridge was safe.",
        ]
        let lines = stories.enumerated().map { "{\"id\": \"h\($0)\", \"text\": \"\($1)\"}" }
        let path = try fixture.write("h.jsonl", lines.joined(separator: "\n") + "\n")
        #expect(try fixture.claims(["ingest", path]).status == 0)
        let mixed = try fixture.claims(["search", "--actor", "Halvorsen"])
        #expect(mixed.status != 0)
        #expect(mixed.stdout.isEmpty)
        #expect(
            mixed.stderr
                == "claims: \"Halvorsen\" fits 2 people: Ada Halvorsen (2 claims), Bo Halvorsen (1 claim); "
                + "give the full name, or add --all for all of them\n")
        let all = try fixture.claims(["search", "--actor", "Halvorsen", "--all", "--format", "ndjson"])
        #expect(all.status == 0)
        #expect(all.lines.count == 3)
        let bo = try fixture.claims(["search", "--actor", "bo halvorsen", "--format", "ndjson"])
        #expect(bo.lines.count == 1)
    }

    @Test("$CLAIMS_DB is the archive when --db is not given")
    func environment() throws {
        let fixture = try Self.archive()
        let run = try ClaimsBinary.run(
            ["stats", "--format", "ndjson"], environment: ["CLAIMS_DB": fixture.db])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"articles\":5"))
    }

    @Test("backup writes a copy that opens as an archive, and will not overwrite")
    func backup() throws {
        let fixture = try Self.archive()
        let copy = fixture.folder.appending(path: "copy.sqlite").path
        let run = try fixture.claims(["backup", copy])
        #expect(run.status == 0, "\(run.stderr)")
        let stats = try ClaimsBinary.run(["stats", "--format", "ndjson", "--db", copy])
        #expect(stats.stdout.contains("\"articles\":5"))
        let again = try fixture.claims(["backup", copy])
        #expect(again.status == 1)
        #expect(again.stderr == "claims: \(copy) already exists; the backup will not overwrite it\n")
    }
}
