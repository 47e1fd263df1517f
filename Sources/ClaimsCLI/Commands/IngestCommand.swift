import ArgumentParser
import ClaimsModel
import Foundation
import Ingestion
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// `claims ingest`: reads articles, extracts their claims and stores both in the archive.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles and their claims in the archive.",
        discussion: """
            Reads files, folders (recursively) or - for standard input, then http(s) URLs of pages, \
            RSS/Atom feeds or sitemaps (fetched by claims-fetch, beside claims). An article whose body is \
            already archived is reported unchanged. Each bad file or line is reported on one line \
            and the rest still go in; the exit status is non-zero if any failed. Ctrl-C stops at an \
            article boundary and keeps what was stored. When standard error is not a terminal, each \
            committed batch is reported on a line "committed: batch N, A new, U unchanged, F failed, \
            C claims; last stored KEY": what such a line counts is safely stored.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let store = try database.openForWriting()
        let interrupt = InterruptSignal()
        let terminal = isatty(STDERR_FILENO) == 1
        var progress = ProgressLine(
            totalBytes: terminal
                ? Self.totalBytes(of: InputFiles(input.filePaths, exclude: input.exclude)) : 0)
        // A terminal gets the progress bar; a log or a script gets a line per committed batch.
        let pipeline = IngestPipeline(
            store: store, extractor: ClaimExtractor(), interrupt: interrupt, reportsBatches: !terminal)
        let (tally, stop) = pipeline.run({ [input] in input.articles() }, progress: &progress)
        let now = Date().timeIntervalSinceReferenceDate
        switch stop {
        case .storeFailed(let error)?:
            printError("claims: \(error)")
            printError("claims: stopped; stored before the failure: \(tally.summary(now: now))")
            throw ExitCode.failure
        case .interrupted(let lastPath)?:
            printError(
                "claims: interrupted; everything up to \(lastPath ?? "the start") is stored: \(tally.summary(now: now))"
            )
            throw ExitCode(130)
        case nil:
            printError(tally.summary(now: now))
            if tally.failed > 0 { throw ExitCode.failure }
        }
    }

    /// The total size of the input files, for the progress bar; 0 when unknown (standard input).
    private static func totalBytes(of files: InputFiles) -> Int {
        var total = 0
        for item in files {
            guard case .file(let path) = item, let size = ProgressLine.size(of: path) else {
                if case .file("-") = item { return 0 }
                continue
            }
            total += size
        }
        return total
    }
}
