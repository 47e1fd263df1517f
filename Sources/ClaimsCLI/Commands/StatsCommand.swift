import ArgumentParser
import Storage

/// `claims stats`: how big the archive is.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the archive's articles, claims, actors and outlets.")

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let stats = try database.openForReading().stats()
        let printer = RowPrinter(format: output.resolved)
        printer.print([
            ("articles", .int(stats.articles)), ("stories", .int(stats.stories)),
            ("copies", .int(stats.copies)),
            ("claims", .int(stats.claims)),
            ("classes", .list(stats.classes.map { .string("\($0.claimClass.rawValue) \($0.claims)") })),
            ("entities", .int(stats.entities)),
            ("outlets", .int(stats.outlets)), ("mentions", .int(stats.mentions)),
            ("first_date", OutputValue(stats.firstDate)), ("last_date", OutputValue(stats.lastDate)),
            ("bytes", .int(stats.bytes)),
            ("bytes_per_claim", stats.claims > 0 ? .int(stats.bytes / stats.claims) : .null),
            ("schema", .string(stats.schema)),
        ])
        printer.finish()
    }
}
