import ArgumentParser
import Storage

/// `claims show`: one claim in its paragraph, with the article it came from.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a claim in its paragraph, with the article's metadata.")

    @Argument(help: "The claim's id, as `claims search` prints it.")
    var claimID: Int64

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try database.openForReading()
        guard let detail = try store.claim(id: claimID) else {
            printError("claims: there is no claim \(claimID) in \(database.resolved)")
            throw ExitCode.failure
        }
        let claim = detail.claim
        let format = output.format ?? .automatic
        if format == .table {
            var text =
                "Claim \(claim.id): \(claim.actor ?? claim.speakerText ?? "unknown") \(claim.cue ?? "(no cue)")"
            text += " (\(claim.kind.rawValue))" + (claim.source.map { ", via \($0)" } ?? "") + "\n"
            text += "Article: \(claim.title ?? claim.articleKey)\n"
            text += "Outlet:  \(claim.outlet ?? "-")   Date: \(claim.date?.description ?? "-")"
            if !detail.authors.isEmpty { text += "   By: " + detail.authors.joined(separator: ", ") }
            text += "\n"
            if let url = claim.url { text += "URL:     \(url)\n" }
            text += "\n" + Self.marked(detail) + "\n"
            var out = StandardOutput()
            out.write(text)
            out.flush()
            return
        }
        let printer = RowPrinter(format: format)
        var row = claim.outputRow
        row.append(("paragraph", .string(detail.paragraph)))
        row.append(("paragraph_span", OutputValue(detail.paragraphSpan)))
        row.append(("authors", .list(detail.authors.map(OutputValue.string))))
        row.append(("section", OutputValue(detail.section)))
        printer.print(row)
        printer.finish()
    }

    /// The paragraph with the claim's content between » and «.
    static func marked(_ detail: ClaimDetail) -> String {
        let scalars = Array(detail.paragraph.unicodeScalars)
        let start = max(0, min(scalars.count, detail.claim.contentSpan.start - detail.paragraphSpan.start))
        let end = max(start, min(scalars.count, detail.claim.contentSpan.end - detail.paragraphSpan.start))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<start])
        view.append(contentsOf: "»".unicodeScalars)
        view.append(contentsOf: scalars[start..<end])
        view.append(contentsOf: "«".unicodeScalars)
        view.append(contentsOf: scalars[end...])
        return String(view)
    }
}
