import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// The `claims` command: an archive of attributed claims from news articles.
public struct Claims: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract:
            "An archive of attributed claims from news articles: who said what, how, through whom, when.",
        subcommands: [
            IngestCommand.self, SearchCommand.self, ActorsCommand.self, SourcesCommand.self,
            OutletsCommand.self, ShowCommand.self, StatsCommand.self, BackupCommand.self,
            ExtractCommand.self, ParseCommand.self,
        ]
    )

    public init() {}

    /// Runs the command; a usage mistake prints one line naming the flag, never a usage dump.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "failed"
            printError("claims: \(message)")
            Glibc.exit(code.rawValue)
        }
    }
}
