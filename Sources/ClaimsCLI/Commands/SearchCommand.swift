import ArgumentParser
import ClaimsModel
import Foundation
import Storage

/// `claims search`: claims by words, actor, source, outlet, date and kind.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find claims by words, actor, source, outlet, date or kind.",
        discussion: """
            Names match however they are typed: any case, with or without diacritics or titles, \
            full name or surname. A name that fits several people ("Trump") lists them and \
            stops: give the full name, or --all for all of them. Search text is matched as plain \
            words (all must occur); words in double quotes, or one argument of several words, \
            must occur together as a phrase. Pass --raw to use FTS5 query syntax; text that \
            begins with "-" goes after "--" (claims search -- -19 vaccine).
            """
    )

    @Argument(help: "Words to find in the claim, its actor or its source.")
    var text: [String] = []

    @Option(help: "Only claims by this actor.")
    var actor: String?

    @Option(help: "Only claims that reached the article through this source.")
    var source: String?

    @Option(help: "Only claims from articles of this outlet.")
    var outlet: String?

    @Option(help: "Only claims dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only claims dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var until: String?

    @Option(help: "Only claims of this kind: direct, indirect or mixed.")
    var kind: ClaimKind?

    @Option(
        name: .customLong("class"),
        help:
            "Only claims of these classes, comma separated: speech, writing, thought, finding, intention, stance."
    )
    var classes: String?

    @Option(help: "Order: relevance (with text) or date (oldest first).")
    var sort: ClaimSearch.Order = .relevance

    @Flag(
        help:
            "One row per group of claims with the same statement by the same actor, with its appearances and outlets."
    )
    var distinct = false

    @Flag(help: "Treat the search text as FTS5 query syntax.")
    var raw = false

    @Flag(help: "With --actor, the claims of every person the name fits, together.")
    var all = false

    @OptionGroup var limit: LimitOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: FormatOption

    func validate() throws {
        _ = try DateFlag.parse(since, flag: "--since")
        _ = try DateFlag.parse(until, flag: "--until")
        _ = try Self.classes(classes)
    }

    /// The classes of a `--class` value; `nil` when none is given.
    static func classes(_ value: String?) throws -> Set<ClaimClass>? {
        guard let value else { return nil }
        var found: Set<ClaimClass> = []
        for name in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !name.isEmpty {
            guard let claimClass = ClaimClass(rawValue: name) else {
                throw ValidationError(
                    "--class '\(name)' is not a class: use speech, writing, thought, finding, intention or stance."
                )
            }
            found.insert(claimClass)
        }
        guard !found.isEmpty else {
            throw ValidationError(
                "--class needs at least one of speech, writing, thought, finding, intention or stance.")
        }
        return found
    }

    func run() throws {
        let store = try database.openForReading()
        let format = output.resolved
        let search = ClaimSearch(
            text: text.isEmpty ? nil : raw ? text.joined(separator: " ") : Self.phrased(text), raw: raw,
            actor: actor, source: source, outlet: outlet, since: try DateFlag.parse(since, flag: "--since"),
            until: try DateFlag.parse(until, flag: "--until"), kind: kind, classes: try Self.classes(classes),
            order: sort, distinct: distinct,
            limit: limit.rows(in: format))
        if let actor, !all {
            let people = try store.people(named: actor)
            if people.count > 1 {
                printError(Self.ambiguity(actor, people))
                throw ExitCode.failure
            }
        }
        let result = try store.search(search)
        let printer = RowPrinter(
            format: format,
            tableColumns: distinct
                ? ["claim_id", "date", "actor", "appearances", "outlets", "content"]
                : ["claim_id", "date", "actor", "cue", "source", "content"])
        for claim in result.claims {
            var row = claim.outputRow
            if let appearances = claim.appearances, let outlets = claim.outlets {
                row.append(("appearances", .int(appearances)))
                row.append(("outlets", .int(outlets)))
            }
            printer.print(row)
        }
        printer.finish()
        if let note = result.note {
            printError(note)
        } else if result.claims.isEmpty && format == .table {
            printError("no claims match")
        } else if let rows = search.limit, result.claims.count == rows, format == .table {
            limit.reportLeftOut(
                shown: rows, of: try store.count(search), noun: distinct ? "statements" : "claims", in: format
            )
        }
    }
}

extension SearchCommand {
    /// The search text of the arguments: an argument of several words, quoted in the shell
    /// (`claims search "tariff war"`), is a phrase, as it would be in a search box.
    static func phrased(_ arguments: [String]) -> String {
        arguments.map { argument in
            argument.contains(where: \.isWhitespace) && !argument.contains("\"")
                ? "\"\(argument)\"" : argument
        }.joined(separator: " ")
    }

    /// The sentence for a name that fits several people: the most quoted first, at most ten.
    static func ambiguity(_ name: String, _ people: [EntitySummary]) -> String {
        let shown = people.prefix(10).map { "\($0.name) (\($0.claims) claim\($0.claims == 1 ? "" : "s"))" }
        let more = people.count > 10 ? " and \(people.count - 10) more" : ""
        return "claims: \"\(name)\" fits \(people.count) people: \(shown.joined(separator: ", "))\(more); "
            + "give the full name, or add --all for all of them"
    }
}

extension ClaimKind: ExpressibleByArgument {}
extension ClaimSearch.Order: ExpressibleByArgument {}
