import ArgumentParser
import Storage

/// `claims backup`: a consistent copy of the archive, safe to take while an ingest runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the archive to a new file with SQLite's online backup.")

    @Argument(help: "The new file to write; it must not exist.")
    var destination: String

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let store = try database.openForReading()
        try store.backup(to: destination)
        printError("backed up \(database.resolved) to \(destination)")
    }
}
