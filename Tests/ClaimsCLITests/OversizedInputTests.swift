import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("claims ingest: oversized and hostile inputs")
struct OversizedInputTests {
    @Test("a 1 GB file and a 100 MB JSON line are one error each; the lines around them go in")
    func oversized() throws {
        let fixture = try ArchiveFixture()
        // A sparse file: 1 GB long without taking the disk space.
        let huge = fixture.folder.appending(path: "huge.txt").path
        let descriptor = open(huge, O_CREAT | O_WRONLY, 0o644)
        try #require(descriptor >= 0)
        #expect(ftruncate(descriptor, 1 << 30) == 0)
        close(descriptor)
        let longText = String(repeating: "word ", count: 20 << 20)
        let lines = try fixture.write(
            "long.jsonl",
            "{\"id\": \"before\", \"text\": \"The tide came in early.\"}\n"
                + "{\"id\": \"long\", \"text\": \"\(longText)\"}\n"
                + "{\"id\": \"after\", \"text\": \"The tide went out late.\"}\n")
        let run = try fixture.claims(["ingest", huge, lines])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("claims: ") }
        #expect(
            errors == [
                "claims: \(huge): is larger than 64 MB, the most one article may be",
                "claims: \(lines), line 2: is 100 MB long, over the 64 MB a record may be",
            ], "\(run.stderr)")
        #expect(try fixture.stats()["articles"] as? Int == 2)
    }

    @Test("HTML nested 10,000 levels deep is read without a crash")
    func deepNesting() throws {
        let fixture = try ArchiveFixture()
        let page =
            "<html><body>" + String(repeating: "<div>", count: 10_000)
            + "<p>The ferry ran late on Sunday, the operator said.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let path = try fixture.write("deep.html", page)
        let run = try fixture.claims(["ingest", path])
        #expect(run.status == 0 || run.stderr.contains("deep.html"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test(
        "an unreadable file is one error and the others still go in",
        .disabled(
            if: getuid() == 0 && !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "root reads every file, and there is no setpriv to run as another user"))
    func unreadable() throws {
        let fixture = try ArchiveFixture()
        let locked = try fixture.write("locked.txt", "The gates stay shut.")
        let good = try fixture.write("good.txt", "The gates open at dawn.")
        chmod(locked, 0)
        // As root every file is readable, so run as nobody (65534) in a folder it may write.
        let user: UInt32? = getuid() == 0 ? 65534 : nil
        chmod(fixture.folder.path, 0o777)
        let run = try ClaimsBinary.run(["ingest", "--db", fixture.db, locked, good], user: user)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("claims: \(locked): cannot be read (permission denied)"), "\(run.stderr)")
        #expect(try fixture.stats()["articles"] as? Int == 1)
    }
}
