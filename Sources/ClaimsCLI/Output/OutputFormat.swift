import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// How a command prints its rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, ndjson, csv

    /// A table on a terminal, NDJSON when piped.
    static var automatic: OutputFormat {
        isatty(STDOUT_FILENO) == 1 ? .table : .ndjson
    }
}

/// The `--format` option shared by every command that prints rows.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: table, json, ndjson or csv (default: table on a terminal, else ndjson).")
    var format: OutputFormat?

    var resolved: OutputFormat { format ?? .automatic }
}
