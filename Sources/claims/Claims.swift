import ArgumentParser

/// The `claims` command: an archive of attributed claims from news articles.
@main
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "An archive of attributed claims from news articles: who said what, how, through whom, when.",
        subcommands: [
            ExtractCommand.self, ParseCommand.self,
        ]
    )
}
