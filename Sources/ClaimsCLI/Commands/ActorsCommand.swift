import ArgumentParser
import Foundation
import Storage

/// `claims actors`: the people, organisations and outlets that make claims, and the corrections
/// a person makes to who is who (merge, rename, alias, undo), kept as decisions later ingests
/// respect.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors and sources, or correct who is who.",
        subcommands: [
            List.self, Show.self, Merge.self, Rename.self, Alias.self, Split.self, Undo.self, Decisions.self,
        ],
        defaultSubcommand: List.self
    )

    /// `claims actors [NAME]`: actors by number of claims.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List actors and sources with their numbers of claims and mentions (the default)."
        )

        @Argument(help: "Only names (or surnames) starting with this, typed any way.")
        var name: String?

        @Flag(help: "Add the names each actor is found and filed under.")
        var aliases = false

        @OptionGroup var limit: LimitOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() throws {
            let store = try database.openForReading()
            let format = output.resolved
            let shown = limit.rows(in: format)
            // A table fetches every row, to say how many it left out.
            let rows = try store.actors(named: name, limit: format == .table ? nil : shown)
            let printer = RowPrinter(format: format)
            let listed = Array(rows.prefix(shown ?? rows.count))
            let names = aliases ? try store.aliases(of: listed.map(\.id)) : [:]
            for row in listed {
                var line: OutputRow = [
                    ("name", .string(row.name)), ("kind", .string(row.kind.rawValue)),
                    ("claims", .int(row.claims)), ("statements", .int(row.statements)),
                    ("as_source", .int(row.asSource)), ("mentioned_in", .int(row.mentions)),
                ]
                if aliases { line.append(("aliases", .list((names[row.id] ?? []).map(OutputValue.string)))) }
                printer.print(line)
            }
            printer.finish()
            if rows.isEmpty, let name {
                printError("no actor called \"\(name)\" is in the archive")
            } else if rows.isEmpty, format == .table {
                printError("no actors: the archive holds no claims yet")
            }
            limit.reportLeftOut(shown: printer.rowCount, of: rows.count, noun: "actors", in: format)
        }
    }

    /// `claims actors show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show one actor: kind, counts, dates, the names it is found under, outlets, corrections.")

        @Argument(help: "The actor, typed any way.")
        var name: String

        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() throws {
            let profile = try database.openForReading().profile(of: name)
            let format = output.resolved
            guard format == .table else {
                let printer = RowPrinter(format: format)
                printer.print([
                    ("name", .string(profile.name)), ("kind", .string(profile.kind.rawValue)),
                    ("claims", .int(profile.claims)), ("as_source", .int(profile.asSource)),
                    ("articles", .int(profile.articles)), ("first_date", OutputValue(profile.firstDate)),
                    ("last_date", OutputValue(profile.lastDate)),
                    ("aliases", .list(profile.aliases.map(OutputValue.string))),
                    ("outlets", .list(profile.outlets.map { .list([.string($0.name), .int($0.claims)]) })),
                    ("decisions", .list(profile.decisions.map { .int(Int($0.id)) })),
                ])
                printer.finish()
                return
            }
            var lines = [
                "\(profile.name) (\(profile.kind.rawValue))",
                "claims: \(profile.claims)   as source: \(profile.asSource)   articles: \(profile.articles)"
                    + "   dates: \(profile.firstDate?.description ?? "none") to \(profile.lastDate?.description ?? "none")",
                "found as: " + profile.aliases.joined(separator: ", "),
            ]
            if !profile.outlets.isEmpty {
                lines.append(
                    "quoted by: "
                        + profile.outlets.prefix(10).map { "\($0.name) (\($0.claims))" }.joined(
                            separator: ", ")
                        + (profile.outlets.count > 10 ? ", and \(profile.outlets.count - 10) more" : ""))
            }
            for decision in profile.decisions {
                let undone = decision.undoneAt.map { ", undone \($0)" } ?? ""
                lines.append(
                    "decision \(decision.id): \(decision.action.rawValue) \(decision.detail ?? decision.entity)"
                        + (decision.target.map { " -> \($0)" } ?? "") + " (\(decision.madeAt)\(undone))")
            }
            print(lines.joined(separator: "\n"))
        }
    }

    /// `claims actors split A --article KEY --as B`.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "File one article's claims of an actor under another actor (two people of one name).")

        @Argument(help: "The actor, as it is found now.")
        var name: String

        @Option(help: "The article (its key, as `claims search` prints it as article_id).")
        var article: String

        @Option(name: .customLong("as"), help: "The actor that article's part is, made if new.")
        var newName: String

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let decision = try database.openExisting().split(name, article: article, as: newName)
            print(
                "decision \(decision.id): \(decision.entity) in \(article) is now \(decision.target ?? newName)"
            )
        }
    }

    /// `claims actors merge A B`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "File every claim of one actor under another, now and in later ingests.")

        @Argument(help: "The actor to merge away, e.g. \"Obama\".")
        var name: String

        @Argument(help: "The actor it is, e.g. \"Barack Obama\".")
        var target: String

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let decision = try database.openExisting().merge(name, into: target)
            print(
                "decision \(decision.id): merged \(decision.detail ?? name) into \(decision.target ?? target)"
            )
        }
    }

    /// `claims actors rename A NEW`.
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an actor another name; the old one still finds it.")

        @Argument(help: "The actor, as it is found now.")
        var name: String

        @Argument(help: "Its new name.")
        var newName: String

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let decision = try database.openExisting().rename(name, to: newName)
            print("decision \(decision.id): renamed \(decision.detail ?? name) to \(decision.entity)")
        }
    }

    /// `claims actors alias A ALIAS`.
    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a name an actor is found by, and filed under in later ingests.")

        @Argument(help: "The actor, as it is found now.")
        var name: String

        @Argument(help: "The other name.")
        var alias: String

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let decision = try database.openExisting().alias(alias, for: name)
            print("decision \(decision.id): \(decision.entity) is also \"\(alias)\"")
        }
    }

    /// `claims actors undo [N]`.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo a correction (the latest standing one by default).")

        @Argument(help: "The decision's number, as `claims actors decisions` lists it.")
        var decision: Int64?

        @OptionGroup var database: DatabaseOption

        func run() throws {
            let undone = try database.openExisting().undo(decision)
            print(
                "decision \(undone.id) undone: \(undone.action.rawValue) of \(undone.detail ?? undone.entity)"
            )
        }
    }

    /// `claims actors decisions`.
    struct Decisions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the corrections made to the archive, oldest first.")

        @OptionGroup var database: DatabaseOption
        @OptionGroup var output: FormatOption

        func run() throws {
            let decisions = try database.openForReading().decisions()
            let printer = RowPrinter(format: output.resolved)
            for decision in decisions {
                printer.print([
                    ("decision", .int(Int(decision.id))), ("action", .string(decision.action.rawValue)),
                    ("actor", .string(decision.entity)), ("into", OutputValue(decision.target)),
                    ("detail", OutputValue(decision.detail)), ("made_at", .string(decision.madeAt)),
                    ("undone_at", OutputValue(decision.undoneAt)),
                ])
            }
            printer.finish()
            if decisions.isEmpty { printError("no decisions yet") }
        }
    }
}
