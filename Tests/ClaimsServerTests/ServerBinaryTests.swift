import ClaimsModel
import Foundation
import GRDB
import Ingestion
import Storage
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `claims-serve` on a real loopback port: start-up, HTTP status codes and headers.
@Suite("claims-serve binary", .serialized)
struct ServerBinaryTests {
    /// `claims-serve` beside the test bundle in the build folder.
    static let binary: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appending(path: "claims-serve").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder.appending(path: "claims-serve")
    }()

    /// Runs the server on port 0 (the system picks a free one) and returns it with its base URL.
    static func start(database: String) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--database", database, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address: "claims serve: PATH on http://127.0.0.1:PORT/ (Ctrl-C stops)".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: " "),
            let url = URL(string: String(text[start.lowerBound..<end]))
        else {
            process.terminate()
            throw CocoaError(
                .fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no address in \(text)"])
        }
        return (process, url)
    }

    static func get(_ url: URL) async throws -> (Int, [String: String], String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers["\(key)".lowercased()] = "\(value)" }
        return (http.statusCode, headers, String(decoding: data, as: UTF8.self))
    }

    @Test("serves pages, a 404 and a 400 over HTTP with a content security policy")
    func servesOverHTTP() async throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let (process, base) = try Self.start(database: fixture.path)
        defer { process.terminate() }
        let (status, headers, body) = try await Self.get(base.appending(path: "/"))
        #expect(status == 200)
        #expect(headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(body.contains("Ilse Varga"))
        let (missing, _, missingBody) = try await Self.get(base.appending(path: "/no/such/page"))
        #expect(missing == 404)
        #expect(missingBody.contains("Not found"))
        let (bad, _, badBody) = try await Self.get(URL(string: base.absoluteString + "?page=abc")!)
        #expect(bad == 400)
        #expect(badBody.contains("Bad query parameter page"))
        let (json, jsonHeaders, _) = try await Self.get(
            URL(string: base.absoluteString + "api/search?q=berth")!)
        #expect(json == 200)
        #expect(jsonHeaders["content-type"]?.hasPrefix("application/json") == true)
    }

    @Test("clients asking at once get the same page, and a commit to the archive shows on the next request")
    func cachedUntilTheArchiveChanges() async throws {
        let fixture = try SiteFixture([ordinaryArticle])
        let (process, base) = try Self.start(database: fixture.path)
        defer { process.terminate() }
        let url = URL(string: base.absoluteString + "?q=inspected")!
        let pages = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<40 {
                group.addTask {
                    let (status, _, body) = try await Self.get(url); return (status, body)
                }
            }
            return try await group.reduce(into: [(Int, String)]()) { $0.append($1) }
        }
        #expect(pages.count == 40 && pages.allSatisfy { $0.0 == 200 })
        #expect(Set(pages.map(\.1)).count == 1)
        #expect(pages[0].1.contains("Ilse Varga") && !pages[0].1.contains("Coastline Wire"))
        // An ingest beside the running server: its commit changes the archive's files, so the
        // kept answer is dropped and the new claim is on the page.
        let writer = try ClaimStore(path: fixture.path)
        let later = Article(
            key: "harbour-wire",
            body: "Ships return\n\nEvery crane was inspected too, Ilse Varga told Coastline Wire.\n",
            title: "Ships return", outlet: "Coastline Wire", date: ClaimDate(year: 2024, month: 2, day: 10))
        _ = try writer.write([ArchiveEntry(article: later, extraction: ClaimExtractor().extract(later))])
        let (status, _, body) = try await Self.get(url)
        #expect(status == 200)
        #expect(body.contains("Coastline Wire"))
    }

    @Test("a missing archive is one line on stderr and a non-zero exit")
    func missingArchive() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--database", "/nonexistent/claims.sqlite", "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains("/nonexistent/claims.sqlite"))
    }

    @Test("a file that is not an archive is refused at start-up")
    func notAnArchive() throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "not-\(UUID().uuidString).sqlite")
            .path
        try Data("just text, not SQLite\n".utf8).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--database", path, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(text.split(separator: "\n").count == 1)
    }

    /// Runs the binary on `database` until it exits; its status and what it wrote on stderr.
    static func startUpFailure(database: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--database", database, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("an archive another process holds locked is one line at start-up, after the busy timeout")
    func lockedArchive() throws {
        // An archive no connection of this process keeps open: in WAL mode an open connection
        // holds a shared lock that would stop the exclusive one below.
        let path = FileManager.default.temporaryDirectory.appending(
            path: "locked-\(UUID().uuidString).sqlite"
        ).path
        do {
            let writer = try ClaimStore(path: path)
            _ = try writer.write([
                ArchiveEntry(article: ordinaryArticle, extraction: ClaimExtractor().extract(ordinaryArticle))
            ])
        }
        // Exclusive locking mode with a write under way: SQLite lets no other process read at all
        // (a plain BEGIN EXCLUSIVE on a WAL archive does not stop readers, so serving goes on).
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true  // the transaction stays open across accesses on purpose
        let holder = try DatabaseQueue(path: path, configuration: holding)
        try holder.inDatabase { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held (x)")
        }
        let (status, text) = try Self.startUpFailure(database: path)
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(status != 0)
        #expect(text.split(separator: "\n").count == 1, "\(text)")
        #expect(text.hasPrefix("claims serve: \(path)"))
        #expect(text.contains("locked by another process"))
    }

    @Test("claims serve without claims-serve beside it says so in one sentence")
    func claimsWithoutServer() throws {
        let claims = Self.binary.deletingLastPathComponent().appending(path: "claims")
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "claims-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appending(path: "claims")
        try FileManager.default.copyItem(at: claims, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["serve", "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains("claims-serve"))
    }
}
