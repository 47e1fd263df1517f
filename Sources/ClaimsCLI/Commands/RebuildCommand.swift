import ArgumentParser
import ClaimsModel
import Foundation
import Ingestion
import Storage
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `claims rebuild NEW`: the archive again, under this version's rules.
///
/// Who said what is decided by code (the extractor's rules, the resolver's joins), so an
/// archive made by an older version cannot be brought up to date by SQL alone. Rebuilding
/// re-extracts every stored article into a new file and replays the corrections still standing.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract:
            "Write the archive again into a new file with this version's rules, keeping its corrections.",
        discussion: """
            Every stored article is read back (body and metadata) and its claims extracted and \
            filed again, as a fresh ingest would; then each standing correction (merge, rename, \
            alias, split) is made again by name. A correction that no longer applies is reported \
            on one line and the rest go on. The old archive is not changed, whatever version \
            made it (it is read from a snapshot). Records of copies are \
            not carried over: their bodies were never stored.
            """
    )

    @Argument(help: "The new archive file; it must not exist.")
    var destination: String

    @OptionGroup var database: DatabaseOption

    func run() throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw ValidationError(
                "\(destination) already exists; rebuild writes a new archive and will not overwrite it")
        }
        // A snapshot of the old archive, brought to the current schema: the old file itself is
        // not touched, whatever version wrote it.
        let snapshot = destination + ".reading"
        try ClaimStore.snapshot(of: database.resolved, to: snapshot)
        defer {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: snapshot + suffix)
            }
        }
        let old = try ClaimStore(path: snapshot, access: .readWrite)
        let decisions = try old.standingDecisions()
        let store = try ClaimStore(path: destination, access: .readWrite)
        var progress = ProgressLine(totalBytes: 0)
        let pipeline = IngestPipeline(
            store: store, extractor: ClaimExtractor(), interrupt: InterruptSignal(),
            reportsBatches: isatty(STDERR_FILENO) != 1)
        let articles = StoredArticles(store: old)
        let (tally, stop) = pipeline.run({ articles.makeIterator() }, progress: &progress)
        let now = Date().timeIntervalSinceReferenceDate
        if let error = articles.failure {
            printError("claims: reading \(database.resolved) failed: \(error)")
        }
        if case .storeFailed(let error)? = stop {
            printError("claims: \(error)")
            throw ExitCode.failure
        }
        if case .interrupted? = stop {
            printError("claims: interrupted; \(destination) is incomplete: \(tally.summary(now: now))")
            throw ExitCode(130)
        }
        printError(tally.summary(now: now))
        var failed = tally.failed > 0 || articles.failure != nil
        for decision in decisions {
            do {
                try Self.replay(decision, in: store)
            } catch {
                printError(
                    "claims: decision \(decision.id) (\(Self.describe(decision))) was not made again: \(error)"
                )
                failed = true
            }
        }
        if !decisions.isEmpty {
            printError(
                "made again \(decisions.count) correction\(decisions.count == 1 ? "" : "s") of \(database.resolved)"
            )
        }
        if failed { throw ExitCode.failure }
    }

    /// Makes `decision` again in `store`, by the names it has in the old archive.
    static func replay(_ decision: EntityDecision, in store: ClaimStore) throws {
        switch decision.action {
        case .merge:
            try store.merge(decision.detail ?? decision.entity, into: decision.target ?? decision.entity)
        case .rename: try store.rename(decision.detail ?? decision.entity, to: decision.entity)
        case .alias: try store.alias(decision.detail ?? decision.entity, for: decision.entity)
        case .split:
            try store.split(
                decision.entity, article: decision.detail ?? "", as: decision.target ?? decision.entity)
        }
    }

    static func describe(_ decision: EntityDecision) -> String {
        switch decision.action {
        case .merge: "merge of \(decision.detail ?? "") into \(decision.target ?? "")"
        case .rename: "rename of \(decision.detail ?? "") to \(decision.entity)"
        case .alias: "alias \(decision.detail ?? "") of \(decision.entity)"
        case .split: "split of \(decision.entity) in \(decision.detail ?? "") as \(decision.target ?? "")"
        }
    }
}

/// The stored articles of an archive, read back a page at a time so memory stays flat.
final class StoredArticles: Sequence, Sendable {
    let store: ClaimStore
    private let stopped = Mutex<StoreError?>(nil)
    private static let pageSize = 256

    init(store: ClaimStore) {
        self.store = store
    }

    /// Why reading stopped early, if it did.
    var failure: StoreError? { stopped.withLock { $0 } }

    func makeIterator() -> Iterator {
        Iterator(articles: self)
    }

    /// The articles in id order; a read failure ends them and is kept in `failure`.
    struct Iterator: IteratorProtocol {
        let articles: StoredArticles
        private var page: [(id: Int64, article: Article)] = []
        private var index = 0
        private var done = false

        init(articles: StoredArticles) {
            self.articles = articles
        }

        mutating func next() -> Result<Article, InputError>? {
            if index == page.count {
                guard !done else { return nil }
                do {
                    page = try articles.store.storedArticles(
                        after: page.last?.id ?? 0, limit: StoredArticles.pageSize)
                } catch {
                    articles.stopped.withLock { $0 = error }
                    page = []
                }
                index = 0
                if page.isEmpty {
                    done = true
                    return nil
                }
            }
            defer { index += 1 }
            return .success(page[index].article)
        }
    }
}
