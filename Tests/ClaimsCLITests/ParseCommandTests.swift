import Foundation
import Testing

@Suite("claims parse")
struct ParseCommandTests {
    @Test("prints each article as one NDJSON line, with flags filling missing metadata")
    func ndjson() throws {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "claims-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Title: Ferry fares rise\n\nFares rose by a tenth, the operator said.\n".utf8)
            .write(to: folder.appending(path: "ferry.txt"))
        let run = try ClaimsBinary.run(
            ["parse", "--format", "ndjson", "--outlet", "Isle Courier", "--date", "2023-07", folder.path])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.lines[0].utf8)) as? [String: Any])
        #expect(object["key"] as? String == "ferry.txt")
        #expect(object["title"] as? String == "Ferry fares rise")
        #expect(object["outlet"] as? String == "Isle Courier")
        #expect(object["date"] as? String == "2023-07")
        #expect(object["body"] as? String == "Fares rose by a tenth, the operator said.")
    }

    @Test("standard input is read with -, and a bad file names itself while the others still print")
    func errors() throws {
        let run = try ClaimsBinary.run(
            ["parse", "--format", "ndjson", "-", "/nonexistent/story.txt"], input: "Short note, she said.")
        #expect(run.status == 1)
        #expect(run.lines.count == 1)
        #expect(run.stderr == "claims: /nonexistent/story.txt: does not exist\n")
    }

    @Test("a malformed date flag and an unknown format name the flag")
    func badFlags() throws {
        let date = try ClaimsBinary.run(["parse", "--date", "2024-13-01", "-"], input: "x")
        #expect(date.status != 0)
        #expect(
            date.stderr == "claims: --date '2024-13-01' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.\n")
        let format = try ClaimsBinary.run(["parse", "--format", "yaml", "-"], input: "x")
        #expect(format.status != 0)
        #expect(format.stderr.contains("--format"))
    }
}
