import ArgumentParser

/// The `--limit` option of the commands that print rows, and the rule that nothing is cut
/// silently: a table (read by a person) shows the first 100 rows and says how many it left out;
/// json, ndjson and csv (read by a program) get every row unless `--limit` is given.
struct LimitOption: ParsableArguments {
    @Option(help: "At most this many rows; 0 for all (default: 100 in a table, all otherwise).")
    var limit: Int?

    /// Rows a table shows when no limit is given.
    static let tableRows = 100

    func validate() throws {
        if let limit, limit < 0 {
            throw ValidationError("--limit must be 0 (no limit) or more, not \(limit).")
        }
    }

    /// The most rows to print in `format`; `nil` for all.
    func rows(in format: OutputFormat) -> Int? {
        switch limit {
        case 0: nil
        case let rows?: rows
        case nil: format == .table ? Self.tableRows : nil
        }
    }

    /// Tells a person reading a table how many `noun` rows it left out, if any.
    func reportLeftOut(shown: Int, of total: Int, noun: String, in format: OutputFormat) {
        guard format == .table, total > shown else { return }
        printError("claims: \(shown) of \(total) \(noun) shown; --limit 0 shows all")
    }
}
