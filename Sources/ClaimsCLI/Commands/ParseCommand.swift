import ArgumentParser
import ClaimsModel
import Ingestion
import Storage

/// `claims parse`: prints each article as read, without a database.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract:
            "Print each article as read: key, title, outlet, authors, date, url, section, language, body."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let printer = RowPrinter(
            format: output.resolved, tableColumns: ["key", "outlet", "date", "title", "body"])
        var failed = 0
        for result in input.articles() {
            switch result {
            case .success(let article): printer.print(article.outputRow)
            case .failure(let error):
                failed += 1
                printError("claims: \(InputErrorMessage(error))")
            }
        }
        printer.finish()
        if failed > 0 { throw ExitCode.failure }
    }
}

extension Article {
    /// The article as `claims parse` prints it.
    var outputRow: OutputRow {
        [
            ("key", .string(key)), ("title", OutputValue(title)), ("outlet", OutputValue(outlet)),
            ("authors", .list(authors.map(OutputValue.string))), ("date", OutputValue(date)),
            ("url", OutputValue(url)), ("section", OutputValue(section)),
            ("language", OutputValue(language)), ("body", .string(body)),
        ]
    }
}
