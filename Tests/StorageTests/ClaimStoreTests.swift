import ClaimsModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Opening and migrating the archive")
struct ClaimStoreOpeningTests {
    @Test("an empty file gets every migration, recorded by name")
    func migratesEmpty() throws {
        let path = StoreFixtures.temporaryPath()
        let store = try ClaimStore(path: path)
        let applied = try store.writer.read { try ClaimStore.migrator.appliedMigrations($0) }
        #expect(applied == ClaimStore.knownMigrations)
        #expect(applied.first == "0001_initial")
        let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("reopening an existing archive keeps its data and applies nothing twice")
    func reopens() throws {
        let path = StoreFixtures.temporaryPath()
        _ = try ClaimStore(path: path).write([StoreFixtures.harbour()])
        let store = try ClaimStore(path: path)
        #expect(try store.stats().articles == 1)
        #expect(try store.stats().claims == 2)
        let readOnly = try ClaimStore(path: path, access: .readOnly)
        #expect(try readOnly.stats().claims == 2)
    }

    @Test("a database with a migration this binary does not know is refused, unchanged")
    func refusesNewer() throws {
        let path = StoreFixtures.temporaryPath()
        _ = try ClaimStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099_future')")
        }
        try queue.close()
        for access in [ClaimStore.Access.readWrite, .readOnly] {
            let error = #expect(throws: StoreError.self) { try ClaimStore(path: path, access: access) }
            #expect(error?.kind == .newerSchema)
            #expect(error?.message.contains("0099_future") == true)
            #expect(error?.message.contains("newer version of claims") == true)
        }
    }

    @Test("a file that is not a database is refused and left byte for byte as it was")
    func refusesNotADatabase() throws {
        let path = StoreFixtures.temporaryPath("notes.sqlite")
        let text = Data("These are my notes, not a database.\n".utf8) + Data(repeating: 0x41, count: 4096)
        try text.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ClaimStore(path: path) }
        #expect(error?.kind == .notADatabase)
        #expect(error?.message == "\(path) is not a claims database (it is not an SQLite file)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test("a read-only archive is refused for writing, with one sentence")
    func refusesReadOnly() throws {
        let path = StoreFixtures.temporaryPath()
        _ = try ClaimStore(path: path).write([StoreFixtures.harbour()])
        try ReadOnlyFile.make(path)
        defer { ReadOnlyFile.undo(path) }
        let error = #expect(throws: StoreError.self) { try ClaimStore(path: path) }
        #expect(error?.kind == .readOnly)
        #expect(error?.message == "\(path) is read-only: nothing can be stored in it")
        // Reading still works.
        #expect(try ClaimStore(path: path, access: .readOnly).stats().articles == 1)
    }

    @Test("a missing archive is reported for reading, not created")
    func missingForReading() throws {
        let path = StoreFixtures.temporaryPath()
        let error = #expect(throws: StoreError.self) { try ClaimStore(path: path, access: .readOnly) }
        #expect(error?.kind == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a folder that does not exist is named")
    func missingFolder() {
        let error = #expect(throws: StoreError.self) {
            try ClaimStore(path: "/nonexistent-folder-x/a.sqlite")
        }
        #expect(
            error?.message
                == "cannot create /nonexistent-folder-x/a.sqlite: the folder /nonexistent-folder-x does not exist"
        )
    }
}

/// Makes a file read-only even for root (who ignores permission bits): immutable via chattr.
enum ReadOnlyFile {
    static func make(_ path: String) throws {
        if getuid() == 0 {
            try run("/usr/bin/chattr", ["+i", path])
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        }
    }

    static func undo(_ path: String) {
        if getuid() == 0 {
            try? run("/usr/bin/chattr", ["-i", path])
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }
}
