import ArgumentParser
import Foundation
import Storage

/// The `--db` option shared by every command that uses the archive.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: "The archive file (default: $CLAIMS_DB, else ./claims.sqlite).")
    var path: String?

    /// The path in force: the flag, else `$CLAIMS_DB`, else `./claims.sqlite`.
    var resolved: String {
        if let path { return path }
        if let env = ProcessInfo.processInfo.environment["CLAIMS_DB"], !env.isEmpty { return env }
        return "claims.sqlite"
    }

    /// Opens the archive for reading; it must exist.
    func openForReading() throws -> ClaimStore {
        try ClaimStore(path: resolved, access: .readOnly)
    }

    /// Opens an archive that must already exist for writing: a correction to a missing archive
    /// is a mistake, not a reason to create one.
    func openExisting() throws -> ClaimStore {
        // Opening a missing archive for reading throws the sentence that says so.
        if !FileManager.default.fileExists(atPath: resolved) { _ = try openForReading() }
        return try openForWriting()
    }

    /// Opens the archive for writing, creating it when missing.
    func openForWriting() throws -> ClaimStore {
        try ClaimStore(path: resolved, access: .readWrite)
    }
}
