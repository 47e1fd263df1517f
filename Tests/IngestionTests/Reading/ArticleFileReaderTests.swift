import ClaimsModel
import Foundation
import Testing

@testable import Ingestion

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "claims-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appending(path: name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// Every result of reading `path`.
func readAll(_ path: String) -> [Result<Article, InputError>] {
    let reader = ArticleFileReader(path: path)
    var results: [Result<Article, InputError>] = []
    while let result = reader.next() { results.append(result) }
    return results
}

@Suite("Article files")
struct ArticleFileReaderTests {
    @Test("JSON Lines: good lines are read and a bad line is reported with its number")
    func jsonLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "wire.jsonl",
            """
            {"id": "a", "text": "First story."}
            this is not json

            {"id": "c", "text": "Third story."}
            """)
        let results = readAll(path)
        #expect(results.count == 3)
        #expect((try? results[0].get())?.key == "a")
        guard case .failure(let error) = results[1] else {
            Issue.record("line 2 should fail")
            return
        }
        #expect(error.line == 2)
        #expect(error == InputError(path: path, line: 2, failure: .invalidJSON))
        #expect((try? results[2].get())?.body == "Third story.")
    }

    @Test("a JSON Lines file with no text in any record is one \"not articles\" failure")
    func notArticles() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "manifest.jsonl", "{\"file\": \"001.html\"}\n{\"file\": \"002.html\"}\n{\"file\": \"003.html\"}\n"
        )
        let results = readAll(path)
        #expect(results.count == 1)
        guard case .failure(let error) = results.first else {
            Issue.record("a manifest is not articles")
            return
        }
        #expect(error == InputError(path: path, failure: .notArticles))
    }

    @Test("records without text before an article are each reported, in line order")
    func heldRecordsInOrder() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "mixed.jsonl",
            "{\"title\": \"one\"}\n{\"title\": \"two\"}\n{\"id\": \"s\", \"text\": \"A story.\"}\n{\"title\": \"four\"}\n"
        )
        let results = readAll(path)
        #expect(results.count == 4)
        let lines = results.map { result -> Int in
            switch result {
            case .failure(let error): error.line ?? -1
            case .success: 0
            }
        }
        #expect(lines == [1, 2, 0, 4])
        #expect((try? results[2].get())?.key == "s")
    }

    @Test("a .json file may hold one object or an array of them")
    func jsonFile() throws {
        let folder = try TemporaryFolder()
        let one = try folder.write("one.json", #"{"text": "Only story."}"#)
        #expect(readAll(one).compactMap { try? $0.get().body } == ["Only story."])
        let many = try folder.write("many.json", #"[{"text": "A."}, {"text": "B."}, 3]"#)
        let results = readAll(many)
        #expect(results.compactMap { try? $0.get().body } == ["A.", "B."])
        #expect(results.count == 3)
    }

    @Test("gzip files are decompressed as they are read, concatenated members included")
    func gzip() throws {
        let folder = try TemporaryFolder()
        let plain = try folder.write("w.jsonl", "{\"id\": \"g1\", \"text\": \"Zipped story.\"}\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "gzip -c '\(plain)' > '\(plain).gz' && gzip -c '\(plain)' >> '\(plain).gz'",
        ]
        try process.run()
        process.waitUntilExit()
        let results = readAll(plain + ".gz")
        #expect(results.compactMap { try? $0.get().key } == ["g1", "g1"])
    }

    @Test("a damaged gzip file is one clear error")
    func badGzip() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "bad.jsonl.gz", [0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3])
        let results = readAll(path)
        #expect(results.count == 1)
        guard case .failure(let error) = results.first else {
            Issue.record("should fail")
            return
        }
        #expect([.gzipInvalid, .gzipTruncated].contains(error.failure))
    }

    @Test(
        "bad text files give one error each",
        arguments: [
            ([UInt8](), ReadFailure.empty),
            (Array(" \n\n ".utf8), .empty),
            ([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14], .binary(expected: .text)),
            ([0x48, 0x69, 0xff, 0xfe, 0x21], .invalidUTF8(offset: 2)),
        ])
    func badText(bytes: [UInt8], failure: ReadFailure) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.txt", bytes)
        let results = readAll(path)
        #expect(results.count == 1)
        guard case .failure(let error) = results.first else {
            Issue.record("should fail")
            return
        }
        #expect(error == InputError(path: path, failure: failure))
    }

    @Test("a missing file is reported as not existing")
    func missing() {
        let results = readAll("/nonexistent/claims/story.txt")
        guard case .failure(let error) = results.first else {
            Issue.record("should fail")
            return
        }
        #expect(error == InputError(path: "/nonexistent/claims/story.txt", failure: .notFound))
    }

    @Test("NAME.meta.json beside a text file fills the metadata the text lacks")
    func sidecar() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("story.txt", "The dam held, engineers said.")
        try folder.write(
            "story.meta.json", #"{"outlet": "Hill Times", "date": "2022-09-01", "section": "Local"}"#)
        let article = try #require(try readAll(path).first?.get())
        #expect(article.outlet == "Hill Times")
        #expect(article.date?.description == "2022-09-01")
        #expect(article.dateBasis == .metadata)
        #expect(article.section == "Local")
    }
}

@Suite("Input files")
struct InputFilesTests {
    @Test("folders are walked recursively in name order, skipping other files and sidecars")
    func walk() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B.")
        try folder.write("a/z.jsonl", "{}")
        try folder.write("a/notes.md", "skip")
        try folder.write("a/z.meta.json", "{}")
        try folder.write(".hidden.txt", "skip")
        let items = Array(InputFiles([folder.url.path]))
        #expect(
            items == [.file(folder.url.path + "/a/z.jsonl"), .file(folder.url.path + "/b.txt")])
    }

    @Test("--exclude leaves out walked files and folders by name or path, never a named file")
    func exclude() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "A.")
        try folder.write("manifest.jsonl", "{}")
        try folder.write("drafts/b.txt", "B.")
        try folder.write("c/d.html", "<p>D.</p>")
        let root = folder.url.path
        let items = Array(
            InputFiles([root, root + "/manifest.jsonl"], exclude: ["manifest.jsonl", "*/drafts"]))
        #expect(
            items == [.file(root + "/a.txt"), .file(root + "/c/d.html"), .file(root + "/manifest.jsonl")])
    }

    @Test("a symbolic link loop is reported once, not walked forever")
    func loop() throws {
        let folder = try TemporaryFolder()
        try folder.write("inner/a.txt", "A.")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.path + "/inner/back", withDestinationPath: folder.url.path)
        let items = Array(InputFiles([folder.url.path]))
        #expect(items.contains(.file(folder.url.path + "/inner/a.txt")))
        let loops = items.filter {
            if case .failure(let error) = $0 { return error.failure == .folderReachedTwice }
            return false
        }
        #expect(loops.count == 1)
    }

    @Test("a named path that does not exist is an error item")
    func missing() {
        let items = Array(InputFiles(["/nonexistent/claims"]))
        #expect(items == [.failure(InputError(path: "/nonexistent/claims", failure: .notFound))])
    }
}
