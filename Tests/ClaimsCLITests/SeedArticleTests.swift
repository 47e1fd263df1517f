import Foundation
import Testing

/// The queries of issue 2 on the reference article, through the binary. They need the data in
/// ../shared/data/seed and the claim extractor; each missing one skips these tests visibly.
@Suite(
    "Seed article queries",
    .disabled(if: SeedArticle.folder == nil, "../shared/data/seed is not here"),
    .disabled(
        if: SeedArticle.folder != nil && !SeedArticle.extractorFindsClaims,
        "the claim extractor finds no claims yet"))
struct SeedArticleTests {
    static let fixture: ArchiveFixture = {
        let fixture = try! ArchiveFixture()
        let run = try! fixture.claims([
            "ingest", SeedArticle.folder!.appending(path: SeedArticle.name + ".txt").path,
        ])
        precondition(run.status == 0, run.stderr)
        return fixture
    }()

    func search(_ arguments: [String]) throws -> ClaimsBinary.Run {
        try Self.fixture.claims(["search"] + arguments + ["--format", "ndjson"])
    }

    @Test(
        "search counts of the reference article",
        arguments: [
            (["--actor", "Bahman"], 3), (["--actor", "poorkazemi"], 1), (["--actor", "Chloe Poorkazemi"], 1),
            (["--source", "Tasnim"], 2), (["--since", "2025-03", "--until", "2025-03-31"], 12),
        ])
    func counts(arguments: [String], expected: Int) throws {
        let run = try search(arguments)
        #expect(run.status == 0)
        #expect(run.lines.count == expected, "\(arguments): \(run.stdout)")
    }

    @Test("a person who is only mentioned is reported, without diacritics in the query")
    func mentioned() throws {
        let run = try search(["--actor", "Nebojsa Stefanovic"])
        #expect(run.status == 0)
        #expect(run.lines.isEmpty)
        #expect(run.stderr == "Nebojša Stefanović is mentioned in 1 article but has no claims\n")
    }

    @Test("the sources of Pishtaz are the seven actors and sources, with counts")
    func sources() throws {
        let run = try Self.fixture.claims(["sources", "--outlet", "Pishtaz", "--format", "ndjson"])
        #expect(run.status == 0)
        let rows = try ArchiveFixture.objects(run)
        let names = Set(rows.compactMap { $0["name"] as? String })
        #expect(
            names == [
                "Bahman", "Chloe Poorkazemi", "Tasnim", "EttoBA", "The Geopost", "Kosovo's Security Council",
                "analysts",
            ])
        let counts = Dictionary(
            uniqueKeysWithValues: rows.map { ($0["name"] as? String ?? "", $0["claims"] as? Int ?? 0) })
        #expect(counts["Bahman"] == 3)
        #expect(counts["analysts"] == 3)
        #expect(counts["Tasnim"] == 2)
    }

    @Test("show prints a claim in its paragraph with the article's metadata")
    func show() throws {
        let claim = try #require(try ArchiveFixture.objects(try search(["--actor", "poorkazemi"])).first)
        let id = try #require(claim["claim_id"] as? Int)
        let run = try Self.fixture.claims(["show", String(id), "--format", "ndjson"])
        #expect(run.status == 0)
        let detail = try #require(try ArchiveFixture.objects(run).first)
        #expect(detail["outlet"] as? String == "Pishtaz")
        #expect(
            (detail["paragraph"] as? String)?.contains("By establishing a base in these small countries")
                == true)
    }
}

/// Where the reference article is, and whether the extractor is in this build yet.
enum SeedArticle {
    static let name = "pishtaz-2025-03-24-tehran-belgrade"

    static let folder: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let seed = url.appending(path: "../shared/data/seed").standardized
        return FileManager.default.fileExists(atPath: seed.appending(path: name + ".txt").path) ? seed : nil
    }()

    static let extractorFindsClaims: Bool = {
        guard let folder else { return false }
        let run = try? ClaimsBinary.run([
            "extract", "--format", "ndjson", folder.appending(path: name + ".txt").path,
        ])
        return !(run?.lines.isEmpty ?? true)
    }()
}
