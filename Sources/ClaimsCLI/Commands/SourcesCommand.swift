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

    @OptionGroup var limit: LimitOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try database.openForReading()
        let format = output.resolved
        let shown = limit.rows(in: format)
        // A table fetches every row, to say how many it left out.
        let rows = try store.sources(outlet: outlet, limit: format == .table ? nil : shown)
        let printer = RowPrinter(format: format)
        for row in rows.prefix(shown ?? rows.count) {
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
        } else if rows.isEmpty, format == .table {
            printError("no sources: the archive holds no claims yet")
        }
        limit.reportLeftOut(shown: printer.rowCount, of: rows.count, noun: "sources", in: format)
    }
}
