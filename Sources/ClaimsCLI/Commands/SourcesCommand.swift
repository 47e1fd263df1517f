import ArgumentParser
import Storage

/// `claims sources`: who an outlet's articles attribute claims to, and through whom they came.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the actors and sources an outlet relies on, with counts and first and last dates."
    )

    @Option(help: "Only this outlet's articles.")
    var outlet: String?

    @Option(help: "At most this many rows.")
    var limit: Int = 100

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try database.openForReading()
        let rows = try store.sources(outlet: outlet, limit: limit)
        let printer = RowPrinter(format: output.resolved)
        for row in rows {
            printer.print([
                ("outlet", .string(row.outlet)), ("name", .string(row.name)),
                ("kind", .string(row.kind.rawValue)),
                ("claims", .int(row.claims)), ("as_source", .int(row.asSource)),
                ("first_date", OutputValue(row.firstDate)), ("last_date", OutputValue(row.lastDate)),
            ])
        }
        printer.finish()
        if rows.isEmpty, let outlet {
            printError("no claims from an outlet called \"\(outlet)\" are in the archive")
        }
    }
}
