import ArgumentParser
import Foundation
import Storage

/// `claims trace`: where a statement travelled, from its first appearance on.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Show where a claim's statement appeared: first, then each later outlet, with changes.",
        discussion: """
            Give a claim id (as `claims search` prints it) or words of the claim (one argument \
            of several words is a phrase). The claim's group is every claim of the same actor \
            with the same statement: the same quoted words, a part of a longer quotation, or a \
            close paraphrase. Each appearance shows its outlet, the source it was credited to \
            and whether its words differ from the first, with a word-level diff when they do \
            ([-removed-] {+added+}).
            """
    )

    @Argument(help: "A claim id, or words of the claim.")
    var claim: [String]

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard !claim.isEmpty else { throw ValidationError("give a claim id or words of the claim.") }
    }

    func run() throws {
        let store = try database.openForReading()
        let id: Int64
        var note: String?
        if claim.count == 1, let number = Int64(claim[0]) {
            id = number
        } else {
            let words = SearchCommand.phrased(claim)
            guard let found = try store.claimMatching(words) else {
                printError("claims: no claim has the words \(claim.joined(separator: " ").quotedForMessage)")
                throw ExitCode.failure
            }
            id = found.id
            if found.matches > 1 {
                note =
                    "claims: \(found.matches) claims have these words; traced the best match, claim \(id) "
                    + "(claims search shows the others, claims trace ID traces one)"
            }
        }
        guard let trace = try store.trace(claimID: id) else {
            printError("claims: there is no claim \(id) in \(database.resolved)")
            throw ExitCode.failure
        }
        let format = output.resolved
        if format == .table {
            printTable(trace)
        } else {
            let printer = RowPrinter(format: format)
            for (index, appearance) in trace.appearances.enumerated() {
                printer.print(Self.row(appearance, index: index, group: trace.group))
            }
            printer.finish()
        }
        if let note { printError(note) }
    }

    static func row(_ appearance: TraceAppearance, index: Int, group: Int64) -> OutputRow {
        let claim = appearance.claim
        return [
            ("appearance", .int(index + 1)), ("claim_id", .int(Int(claim.id))), ("group", .int(Int(group))),
            ("date", OutputValue(claim.date)), ("outlet", OutputValue(claim.outlet)),
            ("article_id", .string(claim.articleKey)), ("title", OutputValue(claim.title)),
            ("actor", OutputValue(claim.actor)), ("cue", OutputValue(claim.cue)),
            ("source", OutputValue(claim.source)),
            ("words", .string(index == 0 ? "first" : appearance.differs ? "differ" : "same")),
            ("relation", OutputValue(appearance.relation)), ("content", .string(claim.content)),
            ("diff", OutputValue(appearance.diff.map(WordDiff.line))),
        ]
    }

    /// A heading, the appearances as a table, then the diff of each that differs.
    private func printTable(_ trace: ClaimTrace) {
        guard let first = trace.appearances.first?.claim else { return }
        let outlets = Set(trace.appearances.compactMap(\.claim.outlet)).count
        let count = trace.appearances.count
        var heading = "Claim \(trace.claimID)"
        heading += first.actor.map { " by \($0)" } ?? ""
        heading +=
            ": \(count) appearance\(count == 1 ? "" : "s") in \(outlets) outlet\(outlets == 1 ? "" : "s")"
        heading += "; first \(first.date?.description ?? "undated")"
        heading += first.outlet.map { " in \($0)" } ?? ""
        heading += ", \(first.title.map { "\"\($0)\" " } ?? "")(\(first.articleKey))"
        var out = StandardOutput()
        out.write(heading + "\n" + first.content + "\n\n")
        out.flush()
        let printer = RowPrinter(
            format: .table,
            tableColumns: [
                "appearance", "claim_id", "date", "outlet", "article_id", "cue", "source", "words",
            ])
        for (index, appearance) in trace.appearances.enumerated() {
            printer.print(Self.row(appearance, index: index, group: trace.group))
        }
        printer.finish()
        var diffs = ""
        for (index, appearance) in trace.appearances.enumerated() {
            guard let diff = appearance.diff else { continue }
            diffs +=
                "\nappearance \(index + 1), claim \(appearance.claim.id) (\(appearance.relation ?? "")):\n"
            diffs += WordDiff.line(diff) + "\n"
        }
        if !diffs.isEmpty {
            var out = StandardOutput()
            out.write(diffs)
            out.flush()
        }
    }
}

extension String {
    /// The text in double quotes, for a message.
    fileprivate var quotedForMessage: String { "\"" + self + "\"" }
}
