import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// The `claims` command: an archive of attributed claims from news articles.
public struct Claims: ParsableCommand {
    /// The release, printed by `claims --version`.
    public static let version = "0.9.0"

    public static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract:
            "An archive of attributed claims from news articles: who said what, how, through whom, when.",
        version: version,
        subcommands: [
            IngestCommand.self, SearchCommand.self, ActorsCommand.self, SourcesCommand.self,
            OutletsCommand.self, ShowCommand.self, TraceCommand.self, StatsCommand.self, ServeCommand.self,
            BackupCommand.self,
            RebuildCommand.self,
            ExtractCommand.self, ParseCommand.self,
        ]
    )

    public init() {}

    /// Runs the command; a usage mistake prints one line naming the flag, never a usage dump.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistake = unknownCommand(arguments) {
            printError("claims: \(mistake)")
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "failed"
            printError("claims: \(hint(for: message, arguments: arguments))")
            Glibc.exit(code.rawValue)
        }
    }

    /// The sentence for a first word that is no command, with the nearest command when one is
    /// a slip away ("serach"), else the list; `nil` when the first word is a command or a flag.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let nearest = names.map { (name: $0, distance: editDistance(first.lowercased(), $0)) }
            .min { $0.distance < $1.distance }
        if let nearest, nearest.distance <= max(1, min(2, first.count / 3)) {
            return "there is no command \"\(first)\"; did you mean \"\(nearest.name)\"?"
        }
        return "there is no command \"\(first)\"; the commands are "
            + names.dropLast().joined(separator: ", ")
    }

    /// The parser's message, with a way out added where its own wording leads astray: an
    /// "option" such as `-19` that was meant as search text needs `--` before it.
    static func hint(for message: String, arguments: [String]) -> String {
        guard message.hasPrefix("Unknown option '-"), arguments.first == "search"
        else { return message }
        let option = message.dropFirst("Unknown option '".count).prefix { $0 != "'" }
        return "Unknown option '\(option)'; to search for text that begins with \"-\", put -- before it: "
            + "claims search -- \(option) ..."
    }

    /// Levenshtein distance: letters inserted, deleted or replaced.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
