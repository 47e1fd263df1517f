import ArgumentParser
import ClaimsModel
@_spi(Training) import Ingestion
import Storage

/// `claims extract`: prints the claims of each article, without a database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the claims found in articles, without storing them."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption

    /// For scripts/train-extractor: every candidate, rejected ones too, with its features.
    @Flag(name: .customLong("candidate-features"), help: .hidden)
    var candidateFeatures = false

    func run() throws {
        let extractor = ClaimExtractor()
        let printer = RowPrinter(
            format: output.resolved,
            tableColumns: ["article_id", "actor", "cue", "kind", "source", "content"])
        var failed = 0
        for result in input.articles() {
            switch result {
            case .success(let article):
                if candidateFeatures {
                    for (claim, features) in extractor.candidates(article) {
                        printer.print(
                            claim.outputRow(articleID: article.key) + [
                                ("features", .list(features.map { .string($0) }))
                            ])
                    }
                } else {
                    for claim in extractor.extract(article).claims {
                        printer.print(claim.outputRow(articleID: article.key))
                    }
                }
            case .failure(let error):
                failed += 1
                printError("claims: \(InputErrorMessage(error))")
            }
        }
        printer.finish()
        if failed > 0 { throw ExitCode.failure }
    }
}

extension Claim {
    /// The claim as `claims extract` prints it: the fields of the command-line contract.
    func outputRow(articleID: String) -> OutputRow {
        [
            ("article_id", .string(articleID)), ("actor", OutputValue(actor)),
            ("actor_kind", .string(actorKind.rawValue)), ("speaker_text", OutputValue(speakerText)),
            ("speaker_span", OutputValue(speakerSpan)), ("actor_description", OutputValue(actorDescription)),
            ("cue", OutputValue(cue)), ("cue_span", OutputValue(cueSpan)), ("kind", .string(kind.rawValue)),
            ("class", .string(claimClass.rawValue)),
            ("content", .string(content)), ("content_span", OutputValue(contentSpan)),
            ("content_fragments", .list((contentFragments ?? [contentSpan]).map { OutputValue($0) })),
            ("source", OutputValue(source)), ("date", OutputValue(date)),
            ("mentioned_dates", .list(mentionedDates.map { .string($0.description) })),
            ("confidence", .double(confidence)),
        ]
    }
}
