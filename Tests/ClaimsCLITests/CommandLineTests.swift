import Foundation
import Testing

/// The command line has no surprises: no silent caps, mistakes that point the way, empty
/// listings that say so, phrases searched as phrases, one article stored once.
@Suite("claims: limits, mistakes, empty listings, phrases, copies, folder walks")
struct CommandLineTests {
    /// `count` stories of one claim each by the same port manager.
    static func quotedStories(_ count: Int) -> String {
        (0..<count).map { index in
            "{\"id\": \"q\(index)\", \"outlet\": \"Pike Wire\", \"date\": \"2024-03-1\(index % 9)\", "
                + "\"text\": \"The depot handled \(index) crates on Friday, port manager Ada Lind said.\"}"
        }.joined(separator: "\n") + "\n"
    }

    static func archive(stories: Int) throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        let run = try fixture.claims(["ingest", try fixture.write("q.jsonl", quotedStories(stories))])
        precondition(run.status == 0, run.stderr)
        return fixture
    }

    @Test("csv, json and ndjson return every row; a table shows 100 and says how many it left out")
    func noSilentCap() throws {
        let fixture = try Self.archive(stories: 120)
        let csv = try fixture.claims(["search", "--format", "csv"])
        #expect(csv.lines.count == 121)
        #expect(csv.stderr.isEmpty)
        #expect(try ArchiveFixture.objects(fixture.claims(["search", "--format", "ndjson"])).count == 120)
        let table = try fixture.claims(["search", "--format", "table"])
        #expect(table.lines.count == 102)  // header, rule, 100 rows
        #expect(table.stderr == "claims: 100 of 120 claims shown; --limit 0 shows all\n")
        #expect(try fixture.claims(["search", "--format", "table", "--limit", "0"]).lines.count == 122)
        let five = try fixture.claims(["search", "--format", "ndjson", "--limit", "5"])
        #expect(five.lines.count == 5)
        #expect(five.stderr.isEmpty)
        let actors = try fixture.claims(["actors", "--format", "table", "--limit", "0"])
        #expect(actors.lines.count == 3)
        let negative = try fixture.claims(["search", "--limit=-2"])
        #expect(negative.status != 0)
        #expect(negative.stderr == "claims: --limit must be 0 (no limit) or more, not -2.\n")
    }

    @Test("--version, a misspelt command and search text that looks like a flag")
    func mistakes() throws {
        let version = try ClaimsBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let typo = try ClaimsBinary.run(["serach", "tariff"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "claims: there is no command \"serach\"; did you mean \"search\"?\n")
        let unknown = try ClaimsBinary.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr.hasPrefix(
                "claims: there is no command \"frobnicate\"; the commands are ingest, search"))
        let fixture = try Self.archive(stories: 3)
        let dash = try fixture.claims(["search", "-19", "vaccine"])
        #expect(dash.status != 0)
        #expect(
            dash.stderr
                == "claims: Unknown option '-19'; to search for text that begins with \"-\", put -- before it: claims search -- -19 ...\n"
        )
        #expect(try fixture.claims(["search", "--format", "ndjson", "--", "-19", "vaccine"]).status == 0)
    }

    @Test("listings of an empty archive say that it is empty")
    func emptyListings() throws {
        let fixture = try ArchiveFixture()
        let folder = fixture.folder.appending(path: "nothing").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try fixture.claims(["ingest", folder]).status == 0)
        let expected = [
            "actors": "no actors: the archive holds no claims yet",
            "sources": "no sources: the archive holds no claims yet",
            "outlets": "no outlets: the archive holds no articles yet",
            "search": "no claims match",
        ]
        for (command, message) in expected {
            let run = try fixture.claims([command, "--format", "table"])
            #expect(run.status == 0, "\(command)")
            #expect(run.stdout.isEmpty, "\(command)")
            #expect(run.stderr == message + "\n", "\(command)")
        }
    }

    @Test("words quoted together, in the shell or in the text, are a phrase")
    func phrases() throws {
        let fixture = try Self.archive(stories: 4)
        func found(_ text: [String]) throws -> Int {
            try fixture.claims(["search", "--format", "ndjson", "--"] + text).lines.count
        }
        #expect(try found(["crates on Friday"]) == 4)
        #expect(try found(["Friday on crates"]) == 0)
        #expect(try found(["Friday", "on", "crates"]) == 4)
        #expect(try found(["\"handled 2 crates\""]) == 1)
    }

    @Test("a second file of a stored article is recorded as its copy, once")
    func copies() throws {
        let fixture = try ArchiveFixture()
        let first = try fixture.write(
            "site.jsonl",
            "{\"id\": \"html\", \"url\": \"https://www.pike.example/news/depot/?utm_source=feed\", "
                + "\"text\": \"The depot reopened on Friday, port manager Ada Lind said. Share this story.\"}\n"
        )
        let second = try fixture.write(
            "text.jsonl",
            "{\"id\": \"txt\", \"url\": \"http://pike.example/news/depot#top\", "
                + "\"text\": \"The depot reopened on Friday, port manager Ada Lind said.\"}\n")
        let other = try fixture.write(
            "other.jsonl",
            "{\"id\": \"other\", \"url\": \"https://pike.example/news/depot-2\", "
                + "\"text\": \"The depot closed again on Monday, port manager Ada Lind said.\"}\n")
        let run = try fixture.claims(["ingest", first, second, other])
        #expect(run.status == 0)
        #expect(
            run.stderr.hasPrefix(
                "3 articles: 2 new, 0 unchanged, 1 copy of stored articles, 0 failed; 2 claims"))
        #expect(try fixture.stats()["articles"] as? Int == 2)
        let again = try fixture.claims(["ingest", second])
        #expect(again.stderr.hasPrefix("1 article: 0 new, 1 unchanged, 0 failed; 0 claims"))
    }

    @Test("outlets are publishers: slogans and credited wires dropped, found by short forms")
    func outlets() throws {
        let fixture = try ArchiveFixture()
        let path = try fixture.write(
            "o.jsonl",
            """
            {"id": "b", "outlet": "BBC News", "url": "https://www.bbc.co.uk/news/1", "text": "The depot reopened, port manager Ada Lind said."}
            {"id": "y", "outlet": "Yahoo News - Latest News & Headlines", "text": "The depot closed, port manager Ada Lind said."}
            {"id": "w", "outlet": "Yahoo News (Associated Press)", "text": "The depot flooded, port manager Ada Lind said."}

            """)
        #expect(try fixture.claims(["ingest", path]).status == 0)
        let outlets = try ArchiveFixture.objects(fixture.claims(["outlets", "--format", "ndjson"]))
        #expect(outlets.map { $0["name"] as? String } == ["Yahoo News", "BBC News"])
        for query in ["bbc", "BBC News", "bbc.co.uk"] {
            let found = try fixture.claims(["search", "--outlet", query, "--format", "ndjson"])
            #expect(found.lines.count == 1, "\(query)")
        }
        #expect(try fixture.claims(["search", "--outlet", "yahoo", "--format", "ndjson"]).lines.count == 2)
    }

    @Test("every claim has a class, printed, counted and filtered by --class")
    func classes() throws {
        let fixture = try ArchiveFixture()
        let path = try fixture.write(
            "c.jsonl",
            """
            {"id": "s", "text": "The harbour master said the quay would reopen on Friday."}
            {"id": "t", "text": "The skipper believes that the nets will not hold another winter."}
            {"id": "w", "text": "The ferry operator wrote that the timetable would change in May."}

            """)
        #expect(try fixture.claims(["ingest", path]).status == 0)
        let all = try ArchiveFixture.objects(
            fixture.claims(["search", "--format", "ndjson", "--sort", "date"]))
        #expect(Set(all.compactMap { $0["class"] as? String }) == ["speech", "thought", "writing"])
        let said = try ArchiveFixture.objects(
            fixture.claims(["search", "--class", "speech,writing", "--format", "ndjson"]))
        #expect(Set(said.compactMap { $0["article_id"] as? String }) == ["s", "w"])
        #expect(try fixture.claims(["search", "--class", "thought", "--format", "ndjson"]).lines.count == 1)
        let bad = try fixture.claims(["search", "--class", "rumour"])
        #expect(bad.status != 0)
        #expect(
            bad.stderr
                == "claims: --class 'rumour' is not a class: use speech, writing, thought, finding, intention or stance.\n"
        )
        #expect(try fixture.stats()["classes"] as? [String] == ["speech 1", "writing 1", "thought 1"])
    }

    @Test("a folder's manifest is one line; --exclude leaves it out")
    func folderWalk() throws {
        let fixture = try ArchiveFixture()
        try fixture.write("set/q.jsonl", Self.quotedStories(2))
        let manifest = try fixture.write(
            "set/manifest.jsonl", (1...30).map { "{\"file\": \"\($0).html\"}" }.joined(separator: "\n"))
        let folder = fixture.folder.appending(path: "set").path
        let run = try fixture.claims(["ingest", folder])
        #expect(run.status == 1)
        #expect(
            run.stderr.split(separator: "\n").first
                == "claims: \(manifest): not articles: no record has a \"text\" field (nor \"body\" or \"maintext\")"
        )
        #expect(run.stderr.split(separator: "\n").count == 2)
        let excluded = try ArchiveFixture()
        try excluded.write("set/q.jsonl", Self.quotedStories(2))
        try excluded.write("set/manifest.jsonl", "{\"file\": \"1.html\"}\n")
        let clean = try excluded.claims([
            "ingest", "--exclude", "manifest.jsonl", excluded.folder.appending(path: "set").path,
        ])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stderr.hasPrefix("2 articles: 2 new"))
    }
}
