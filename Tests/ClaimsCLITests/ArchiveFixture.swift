import Foundation

/// A temporary folder with a database path and small articles written for the test.
struct ArchiveFixture {
    let folder: URL
    var db: String { folder.appending(path: "archive.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "claims-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appending(path: name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// JSON Lines of `count` short wire stories, each with its own id, body and outlet.
    static func wireStories(_ count: Int, prefix: String = "w", outlet: String = "Pike Wire") -> String {
        (0..<count).map { index in
            let text =
                "Story \(prefix)\(index): the depot at Marrow Cross handled \(index) crates on Friday.\\n\\n"
                + "Trade volumes rose for a \(index % 7 + 2)th week in a row."
            return
                "{\"id\": \"\(prefix)\(index)\", \"outlet\": \"\(outlet)\", \"date\": \"2024-0\(index % 9 + 1)-1\(index % 9)\", "
                + "\"title\": \"Depot update \(index)\", \"text\": \"\(text)\"}"
        }.joined(separator: "\n") + "\n"
    }

    /// Runs `claims COMMAND --db <db> ARGUMENTS...` (before any `--`).
    func claims(_ arguments: [String], input: String? = nil) throws -> ClaimsBinary.Run {
        try ClaimsBinary.run(Array(arguments.prefix(1)) + ["--db", db] + arguments.dropFirst(), input: input)
    }

    /// The archive's counts, read through `claims stats`.
    func stats() throws -> [String: Any] {
        let run = try claims(["stats", "--format", "ndjson"])
        guard run.status == 0, let line = run.lines.first,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { return [:] }
        return object
    }

    /// The NDJSON lines of a run as objects.
    static func objects(_ run: ClaimsBinary.Run) throws -> [[String: Any]] {
        try run.lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
    }
}
