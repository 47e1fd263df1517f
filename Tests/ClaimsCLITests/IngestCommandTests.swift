import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("claims ingest")
struct IngestCommandTests {
    @Test("a folder goes in, the summary counts it, and the same files again are unchanged")
    func ingestAndReingest() throws {
        let fixture = try ArchiveFixture()
        try fixture.write("in/wire.jsonl", ArchiveFixture.wireStories(30))
        try fixture.write(
            "in/deep/ferry.txt",
            "Title: Ferry fares rise\nOutlet: Isle Courier\nDate: 2023-07-02\n\nFares rose by a tenth on Monday.\n"
        )
        let input = fixture.folder.appending(path: "in").path
        let first = try fixture.claims(["ingest", input])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("31 articles: 31 new, 0 unchanged, 0 failed; 0 claims; "))
        #expect(first.stderr.hasSuffix(" articles/s\n"))
        let again = try fixture.claims(["ingest", input])
        #expect(again.status == 0)
        #expect(again.stderr.hasPrefix("31 articles: 0 new, 31 unchanged, 0 failed; "))
        let stats = try fixture.stats()
        #expect(stats["articles"] as? Int == 31)
        #expect(stats["outlets"] as? Int == 2)
        let outlets = try ArchiveFixture.objects(try fixture.claims(["outlets", "--format", "ndjson"]))
        #expect(outlets.map { $0["name"] as? String } == ["Pike Wire", "Isle Courier"])
        #expect(outlets.map { $0["articles"] as? Int } == [30, 1])
    }

    @Test("standard input is read with -, with --outlet and --date filling what it lacks")
    func standardInput() throws {
        let fixture = try ArchiveFixture()
        let run = try fixture.claims(
            ["ingest", "--outlet", "Fen Gazette", "--date", "2022-11", "-"],
            input: "The lock gates will close for a week.")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("1 article: 1 new"))
        let outlets = try ArchiveFixture.objects(try fixture.claims(["outlets", "--format", "ndjson"]))
        #expect(outlets.first?["name"] as? String == "Fen Gazette")
    }

    @Test("each bad input is one line naming it; the good ones still go in; the exit status says so")
    func badInputs() throws {
        let fixture = try ArchiveFixture()
        let good = try fixture.write("good.txt", "Title: Quay works\n\nThe quay will be rebuilt by spring.\n")
        let empty = try fixture.write("empty.txt", "")
        let binary = try fixture.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0xFF]))
        let latin = try fixture.write("latin.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0x0A]))
        let lines = try fixture.write(
            "mixed.jsonl",
            "{\"id\": \"a\", \"text\": \"The canal reopens in May.\"}\n[1, 2]\n{\"id\": \"b\"}\nnot json\n"
                + "{\"id\": \"c\", \"text\": \"Barges queued at the lock.\"}\n")
        let missing = fixture.folder.appending(path: "no-such-file.txt").path
        let run = try fixture.claims(["ingest", good, empty, binary, latin, lines, missing])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("claims: ") }
        #expect(errors.count == 7, "\(run.stderr)")
        #expect(errors.contains { $0.contains(empty) && $0.contains("empty") })
        #expect(errors.contains { $0.contains(binary) })
        #expect(errors.contains { $0.contains(latin) })
        #expect(errors.contains { $0.contains("\(lines), line 2") })
        #expect(errors.contains { $0.contains("\(lines), line 3") })
        #expect(errors.contains { $0.contains("\(lines), line 4") })
        #expect(errors.contains { $0.contains(missing) })
        #expect(run.stderr.contains("10 articles: 3 new, 0 unchanged, 7 failed"))
        #expect(try fixture.stats()["articles"] as? Int == 3)
    }

    @Test("a malformed --date names the flag; nothing is created")
    func badDate() throws {
        let fixture = try ArchiveFixture()
        let path = try fixture.write("a.txt", "The bridge opens.")
        let run = try fixture.claims(["ingest", "--date", "2024-02-30", path])
        #expect(run.status != 0)
        #expect(run.stderr == "claims: --date '2024-02-30' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.db))
    }

    @Test("a file that is not a database is refused in one line and left as it was")
    func notADatabase() throws {
        let fixture = try ArchiveFixture()
        let path = try fixture.write("a.txt", "The bridge opens.")
        try fixture.write("archive.sqlite", "my shopping list\n")
        let run = try fixture.claims(["ingest", path])
        #expect(run.status == 1)
        #expect(run.stderr == "claims: \(fixture.db) is not a claims database (it is not an SQLite file)\n")
        #expect(try String(contentsOfFile: fixture.db, encoding: .utf8) == "my shopping list\n")
    }

    @Test("Ctrl-C stops at an article boundary, keeps what it stored, says how far it got, exits non-zero")
    func interrupt() throws {
        let fixture = try ArchiveFixture()
        let big = try fixture.write("big.jsonl", ArchiveFixture.wireStories(60_000))
        let process = Process()
        process.executableURL = ClaimsBinary.url
        process.arguments = ["ingest", big, "--db", fixture.db]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the archive has committed something, then interrupt.
        let deadline = Date(timeIntervalSinceNow: 60)
        while Date() < deadline, (try? fixture.stats()["articles"] as? Int ?? 0) ?? 0 == 0 {
            usleep(100_000)
        }
        kill(process.processIdentifier, SIGINT)
        let lines = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n")
        let message = lines.filter { !$0.hasPrefix("committed: ") }.joined(separator: "\n")
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(message)")
        // Every batch reported committed is in the archive.
        let reported = try #require(lines.last { $0.hasPrefix("committed: ") })
        let reportedNew = try #require(Int(reported.split(separator: " ")[3]))
        #expect(message.hasPrefix("claims: interrupted; everything up to \(big) is stored: "), "\(message)")
        let stored = try #require(try fixture.stats()["articles"] as? Int)
        #expect(stored > 0 && stored < 60_000)
        #expect(reportedNew <= stored, "\(reported) vs \(stored)")
        #expect(message.contains(": \(stored) new, "), "\(message) vs \(stored)")
        // Running it again completes the rest.
        let rest = try fixture.claims(["ingest", big])
        #expect(rest.status == 0)
        #expect(rest.stderr.hasPrefix("60000 articles: \(60_000 - stored) new, \(stored) unchanged"))
    }

    @Test("two ingests and searches at once on one archive all finish, nothing lost")
    func concurrent() throws {
        let fixture = try ArchiveFixture()
        let first = try fixture.write("one.jsonl", ArchiveFixture.wireStories(1500, prefix: "one"))
        let second = try fixture.write(
            "two.jsonl", ArchiveFixture.wireStories(1500, prefix: "two", outlet: "Ash Post"))
        _ = try fixture.claims(["ingest", "-"], input: "The archive starts here.")
        func start(_ arguments: [String]) throws -> Process {
            let process = Process()
            process.executableURL = ClaimsBinary.url
            process.arguments = arguments + ["--db", fixture.db]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        let ingests = [try start(["ingest", first]), try start(["ingest", second])]
        var searches: [Process] = []
        for round in 0..<6 {
            searches.append(try start(round % 2 == 0 ? ["search", "depot"] : ["stats"]))
            usleep(50_000)
        }
        for process in ingests + searches { process.waitUntilExit() }
        #expect(ingests.allSatisfy { $0.terminationStatus == 0 })
        #expect(searches.allSatisfy { $0.terminationStatus == 0 })
        #expect(try fixture.stats()["articles"] as? Int == 3001)
    }

    @Test("without a terminal, each committed batch is one line whose counts add up to the summary")
    func committedLines() throws {
        let fixture = try ArchiveFixture()
        let stories = try fixture.write("stories.jsonl", ArchiveFixture.wireStories(4_500))
        let run = try fixture.claims(["ingest", stories])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.committed.count >= 3, "\(run.committed)")
        // "committed: batch N, A new, U unchanged, F failed, C claims; last stored KEY"
        var previous = 0
        for (index, line) in run.committed.enumerated() {
            let words = line.split(separator: " ")
            #expect(words.count == 14, "\(line)")
            #expect(words[2] == "\(index + 1),", "\(line)")
            let stored = try #require(Int(words[3]))
            #expect(stored > previous, "\(line)")
            previous = stored
            #expect(words[12] == "stored", "\(line)")
            #expect(words[13].hasPrefix("w"), "\(line)")
        }
        #expect(previous == 4_500)
        #expect(
            run.committed.last?.contains(" 4500 new, 0 unchanged, 0 failed, 0 claims; last stored w") == true,
            "\(run.committed)")
        #expect(run.stderr.hasPrefix("4500 articles: 4500 new, 0 unchanged, 0 failed; "), "\(run.stderr)")
    }
}
