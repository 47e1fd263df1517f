import ClaimsModel
import Foundation
import Ingestion
import Storage
import Synchronization

/// Streams articles from the inputs through extraction into the archive.
///
/// One thread reads articles in chunks into a bounded queue; one extraction thread per core
/// hashes each chunk, asks the archive which bodies it already holds, and extracts claims from
/// the rest; the calling thread is the one writer, committing a few hundred articles (or half a
/// second of work) per transaction. The writer takes chunks in the order they were read, so the
/// archive (ids, and which article an entity first came from) is the same whatever the thread
/// timing. Every queue is bounded, and the reader stays at most `window` chunks ahead of the
/// writer, so memory stays flat whatever the input size. A failed input or article is printed as
/// one line and the rest go on.
final class IngestPipeline {
    /// One article read, or why one could not be.
    enum Item: Sendable {
        case article(Article)
        case failure(InputError)
    }

    /// An item after extraction: ready to write, already archived, or failed.
    enum Prepared: Sendable {
        case entry(ArchiveEntry)
        case unchanged
        case failure(String)
    }

    private let store: ClaimStore
    private let extractor: ClaimExtractor
    private let interrupt: InterruptSignal?
    /// Articles per chunk handed between threads.
    private let chunkSize = 32
    /// Chunks read but not yet written: what one slow chunk lets the others run ahead by.
    private let window = 64
    /// Write a batch once it has this many articles, or is this old in seconds: large batches
    /// amortise the commit, the full-text index's segment flush and the WAL checkpoints.
    private let batchArticles = 2000
    private let batchSeconds = 1.0

    /// What stopped the ingest early: Ctrl-C, or a database failure.
    enum Stop {
        case interrupted(lastPath: String?)
        case storeFailed(StoreError)
    }

    /// Whether each committed batch is reported on one line of standard error (when it is not a
    /// terminal), so a log or a script knows what is safely stored even if the process is killed.
    private let reportsBatches: Bool

    init(
        store: ClaimStore, extractor: ClaimExtractor, interrupt: InterruptSignal?,
        reportsBatches: Bool = false
    ) {
        self.store = store
        self.extractor = extractor
        self.interrupt = interrupt
        self.reportsBatches = reportsBatches
    }

    /// The line written after each committed batch: counts since the start, and the key of the
    /// batch's last stored article (absent when the batch stored none), at the end of the line
    /// since a key may hold spaces.
    static func committedLine(batch: Int, tally: IngestTally, lastStored: String?) -> String {
        "committed: batch \(batch), \(tally.new) new, \(tally.unchanged) unchanged, \(tally.failed) failed, "
            + (tally.copies > 0 ? "\(tally.copies) copies, " : "") + "\(tally.claims) claims"
            + (lastStored.map { "; last stored \($0)" } ?? "")
    }

    /// Runs the whole ingest of the articles `makeArticles` gives and returns the counts and why it
    /// stopped early, if it did. The iterator is made and used on the reader thread alone.
    func run(
        _ makeArticles: @escaping @Sendable () -> any IteratorProtocol<Result<Article, InputError>>,
        progress: inout ProgressLine
    ) -> (IngestTally, Stop?) {
        let reads = BoundedQueue<(Int, [Item])>(capacity: 8)
        let prepared = BoundedQueue<(Int, [(Prepared, String?, Int)])>(capacity: 8)
        // Starts at zero and is raised, so that ending with chunks still counted out (a stop)
        // is not a semaphore freed below its initial value, which libdispatch treats as a bug.
        let ahead = DispatchSemaphore(value: 0)
        for _ in 0..<window { ahead.signal() }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let stopReading = StopFlag()

        let reader = Thread { [chunkSize, interrupt] in
            var stream = makeArticles()
            var chunk: [Item] = []
            var sequence = 0
            func send() -> Bool {
                ahead.wait()
                defer { sequence += 1 }
                return reads.push((sequence, chunk))
            }
            while let result = stream.next() {
                switch result {
                case .success(let article): chunk.append(.article(article))
                case .failure(let error): chunk.append(.failure(error))
                }
                if chunk.count >= chunkSize {
                    if !send() { break }
                    chunk = []
                }
                if interrupt?.isRaised == true || stopReading.isSet { break }
            }
            if !chunk.isEmpty { _ = send() }
            reads.close()
        }
        reader.stackSize = 8 << 20
        reader.start()

        let store = self.store
        let extractor = self.extractor
        // Workers stop only once the reader has closed `reads`, so the last one to stop closes
        // `prepared`.
        let running = WorkerCount(workers)
        for _ in 0..<workers {
            let worker = Thread {
                while let (sequence, chunk) = reads.pop() {
                    prepared.push((sequence, Self.prepare(chunk, store: store, extractor: extractor)))
                }
                if running.finishOne() { prepared.close() }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }

        var tally = IngestTally(started: Self.now)
        var stop: Stop?
        var batch: [ArchiveEntry] = []
        var batchStarted = 0.0
        var batches = 0
        var lastPath: String?
        let reportsBatches = self.reportsBatches
        func commit() -> Bool {
            guard !batch.isEmpty else { return true }
            do {
                var lastStored: String?
                for (entry, outcome) in zip(batch, try store.write(batch)) {
                    switch outcome {
                    case .stored(_, let claims):
                        tally.new += 1
                        tally.claims += claims
                        lastStored = entry.article.key
                    case .unchanged: tally.unchanged += 1
                    case .copy: tally.copies += 1
                    case .failed(let reason):
                        tally.failed += 1
                        progress.clear()
                        printError("claims: an article could not be stored: \(reason)")
                    }
                }
                batch.removeAll(keepingCapacity: true)
                batches += 1
                if reportsBatches {
                    printError(Self.committedLine(batch: batches, tally: tally, lastStored: lastStored))
                }
                return true
            } catch {
                stop = .storeFailed(error)
                return false
            }
        }

        // Chunks that came back before an earlier one, by sequence number.
        var early: [Int: [(Prepared, String?, Int)]] = [:]
        var next = 0
        while stop == nil {
            if let (sequence, chunk) = batch.isEmpty ? prepared.pop() : prepared.pop(timeout: 0.05) {
                early[sequence] = chunk
            } else if prepared.isFinished && early.isEmpty {
                break
            }
            while let chunk = early.removeValue(forKey: next) {
                next += 1
                ahead.signal()
                for (item, path, bytes) in chunk {
                    tally.read += 1
                    progress.advance(path: path, bodyBytes: bytes)
                    lastPath = path
                    switch item {
                    case .entry(let entry):
                        if batch.isEmpty { batchStarted = Self.now }
                        batch.append(entry)
                    case .unchanged: tally.unchanged += 1
                    case .failure(let message):
                        tally.failed += 1
                        progress.clear()
                        printError("claims: \(message)")
                    }
                }
            }
            if batch.count >= batchArticles || (!batch.isEmpty && Self.now - batchStarted >= batchSeconds) {
                if !commit() { break }
            }
            progress.draw(tally, now: Self.now)
        }
        if stop == nil { _ = commit() }
        if stop != nil {
            // Let the other threads finish quickly without doing more work.
            stopReading.set()
            for _ in early { ahead.signal() }
            while prepared.pop() != nil { ahead.signal() }
        }
        if stop == nil, interrupt?.isRaised == true { stop = .interrupted(lastPath: lastPath) }
        progress.clear()
        return (tally, stop)
    }

    /// Hashes a chunk, drops what the archive already holds, and extracts claims from the rest.
    private static func prepare(_ chunk: [Item], store: ClaimStore, extractor: ClaimExtractor)
        -> [(Prepared, String?, Int)]
    {
        var hashes: [ContentHash?] = []
        for item in chunk {
            if case .article(let article) = item {
                hashes.append(ContentHash(of: article.body))
            } else {
                hashes.append(nil)
            }
        }
        let known = (try? store.containing(hashes.compactMap { $0 })) ?? []
        var out: [(Prepared, String?, Int)] = []
        out.reserveCapacity(chunk.count)
        for (item, hash) in zip(chunk, hashes) {
            switch item {
            case .failure(let error):
                out.append((.failure(InputErrorMessage(error).description), error.path, 0))
            case .article(let article):
                let bytes = article.body.utf8.count
                if let hash, known.contains(hash) {
                    out.append((.unchanged, article.sourcePath, bytes))
                } else {
                    let extraction = extractor.extract(article)
                    out.append(
                        (
                            .entry(ArchiveEntry(article: article, extraction: extraction, hash: hash)),
                            article.sourcePath, bytes
                        ))
                }
            }
        }
        return out
    }

    private static var now: Double { Date().timeIntervalSinceReferenceDate }
}

/// A flag set once, read from other threads.
private final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .acquiring) }
    func set() { flag.store(true, ordering: .releasing) }
}

/// The extraction threads still running.
private final class WorkerCount: Sendable {
    private let left: Atomic<Int>
    init(_ count: Int) { left = Atomic(count) }
    /// Counts one thread out; `true` for the last.
    func finishOne() -> Bool { left.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 }
}
