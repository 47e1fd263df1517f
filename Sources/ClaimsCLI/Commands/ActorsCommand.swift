import ArgumentParser
import Storage

/// `claims actors`: the people, organisations and outlets that make claims, with their counts.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors and sources with their numbers of claims and mentions."
    )

    @Argument(help: "Only names (or surnames) starting with this, typed any way.")
    var name: String?

    @Option(help: "At most this many rows.")
    var limit: Int = 100

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try database.openForReading()
        let rows = try store.actors(named: name, limit: limit)
        let printer = RowPrinter(format: output.resolved)
        for row in rows {
            printer.print([
                ("name", .string(row.name)), ("kind", .string(row.kind.rawValue)),
                ("claims", .int(row.claims)),
                ("as_source", .int(row.asSource)), ("mentioned_in", .int(row.mentions)),
            ])
        }
        printer.finish()
        if rows.isEmpty, let name { printError("no actor called \"\(name)\" is in the archive") }
    }
}
