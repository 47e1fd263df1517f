import ArgumentParser
import Storage

/// `claims outlets`: the publishers in the archive.
struct OutletsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlets", abstract: "List the outlets with their numbers of articles and claims.")

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try database.openForReading()
        let format = output.resolved
        let printer = RowPrinter(format: format)
        for row in try store.outlets() {
            printer.print([
                ("name", .string(row.name)), ("domain", OutputValue(row.domain)),
                ("articles", .int(row.articles)),
                ("claims", .int(row.claims)),
            ])
        }
        printer.finish()
        if printer.rowCount == 0, format == .table {
            printError("no outlets: the archive holds no articles yet")
        }
    }
}
