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
        subcommands: [List.self, Merge.self, Rename.self, Alias.self, Undo.self, Decisions.self],
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
            for row in rows.prefix(shown ?? rows.count) {
                printer.print([
                    ("name", .string(row.name)), ("kind", .string(row.kind.rawValue)),
                    ("claims", .int(row.claims)),
                    ("as_source", .int(row.asSource)), ("mentioned_in", .int(row.mentions)),
                ])
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
