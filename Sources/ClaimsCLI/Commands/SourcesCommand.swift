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

    @Flag(
        help:
            "With --outlet, the outlet's claims whose statement appeared first in another outlet, with that first appearance."
    )
    var firstElsewhere = false

    @OptionGroup var limit: LimitOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func validate() throws {
        if firstElsewhere && outlet == nil { throw ValidationError("--first-elsewhere needs --outlet NAME.") }
    }

    func run() throws {
        let store = try database.openForReading()
        let format = output.resolved
        let shown = limit.rows(in: format)
        if firstElsewhere, let outlet {
            try printFirstElsewhere(store, outlet: outlet, format: format, shown: shown)
            return
        }
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

extension SourcesCommand {
    /// The outlet's claims that appeared first in another outlet.
    func printFirstElsewhere(_ store: ClaimStore, outlet: String, format: OutputFormat, shown: Int?) throws {
        guard let rows = try store.firstElsewhere(outlet: outlet, limit: format == .table ? nil : shown)
        else {
            printError("no claims from an outlet called \"\(outlet)\" are in the archive")
            throw ExitCode.failure
        }
        let printer = RowPrinter(
            format: format,
            tableColumns: ["claim_id", "date", "actor", "source", "first_outlet", "first_date", "content"])
        for row in rows.prefix(shown ?? rows.count) {
            let claim = row.claim
            printer.print([
                ("claim_id", .int(Int(claim.id))), ("date", OutputValue(claim.date)),
                ("outlet", OutputValue(claim.outlet)), ("article_id", .string(claim.articleKey)),
                ("actor", OutputValue(claim.actor)), ("cue", OutputValue(claim.cue)),
                ("source", OutputValue(claim.source)), ("first_claim_id", .int(Int(row.firstClaimID))),
                ("first_outlet", OutputValue(row.firstOutlet)), ("first_date", OutputValue(row.firstDate)),
                ("first_article_id", .string(row.firstArticleKey)), ("content", .string(claim.content)),
            ])
        }
        printer.finish()
        if rows.isEmpty, format == .table {
            printError("none of \(outlet)'s claims appeared first in another outlet")
        }
        limit.reportLeftOut(shown: printer.rowCount, of: rows.count, noun: "claims", in: format)
    }
}
