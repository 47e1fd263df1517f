import ClaimsModel
import Foundation
import Ingestion
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The articles of URLs named on the command line: `claims-fetch` (beside this binary) fetches
/// them, feeds and sitemaps expanded, and writes a WARC stream that the WARC reader reads here.
///
/// The fetcher is its own binary so that `claims` builds without async-http-client and NIO.
/// Its line per failed URL (`claims-fetch: URL: reason`) becomes a failure of this stream, so
/// the ingest counts it and words it like any bad input; its other lines (`note: ...` for a
/// listed page that robots.txt forbids) pass through to standard error.
final class FetchedArticles {
    /// Whether a command-line argument is a URL to fetch rather than a path.
    static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Where `claims-fetch` is looked for: beside the running executable.
    static var fetcherPath: String { ServeCommand.siblingPath("claims-fetch") }

    /// The one line said when the fetcher is not there, or `nil` when it is.
    static func missingFetcher() -> String? {
        let path = fetcherPath
        guard !FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return "claims: fetching URLs needs claims-fetch beside claims, at \(path); build it with "
            + "`swift build --product claims-fetch` (or -c release) and keep the binaries together"
    }

    private let process = Process()
    private let log = FetchLog()
    private var reader: ArticleFileReader?
    private var readEnd: Int32 = -1
    private var finished = false
    private var startFailure: InputError?

    /// Starts `claims-fetch` on `urls` with the limits in `arguments`.
    init(urls: [String], arguments: [String], readers: ArticleReaders) {
        var output: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        guard Self.makePipe(&output), Self.makePipe(&errors) else {
            startFailure = Self.failure(
                urls, "cannot start claims-fetch: \(String(cString: strerror(errno)))")
            return
        }
        process.executableURL = URL(fileURLWithPath: Self.fetcherPath)
        // The ingest's own summary closes the run.
        process.arguments = arguments + ["--no-summary", "--"] + urls
        let childOutput = FileHandle(fileDescriptor: output[1], closeOnDealloc: false)
        let childErrors = FileHandle(fileDescriptor: errors[1], closeOnDealloc: false)
        process.standardOutput = childOutput
        process.standardError = childErrors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            startFailure = Self.failure(urls, "cannot start claims-fetch: \(error)")
        }
        // Only the child writes: its end closing is the end of the stream.
        close(output[1])
        close(errors[1])
        guard startFailure == nil else {
            close(output[0])
            close(errors[0])
            return
        }
        readEnd = output[0]
        log.start(reading: errors[0])
        reader = ArticleFileReader(path: "/dev/fd/\(output[0])", format: .warc, readers: readers)
    }

    deinit {
        if process.isRunning { process.terminate() }
        if readEnd >= 0 { close(readEnd) }
    }

    /// The next article or failed URL, or `nil` when the fetcher is done and all is read.
    func next() -> Result<Article, InputError>? {
        if let startFailure {
            self.startFailure = nil
            finished = true
            return .failure(startFailure)
        }
        while true {
            if let failure = log.takeFailure() { return .failure(failure) }
            guard !finished, let reader else { break }
            guard let result = reader.next() else {
                finished = true
                continue
            }
            switch result {
            case .success(var article):
                article.sourcePath = article.key
                return .success(article)
            case .failure(let error):
                switch error.failure {
                // No page fetched at all: the failed URLs say why.
                case .empty, .noArticlesInArchive: continue
                default: return .failure(InputError(path: "claims-fetch output", failure: error.failure))
                }
            }
        }
        guard reader != nil, !log.joined else { return nil }
        process.waitUntilExit()
        log.join()
        if let failure = log.takeFailure() { return .failure(failure) }
        if process.terminationStatus != 0 && !log.sawFailure {
            return .failure(
                InputError(
                    path: "claims-fetch",
                    failure: .notFetched(reason: "stopped with status \(process.terminationStatus)")))
        }
        return nil
    }

    /// A pipe whose ends are closed in any other program this one starts (the child gets its
    /// end as a standard stream), so the stream ends when the fetcher does.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func failure(_ urls: [String], _ reason: String) -> InputError {
        InputError(path: urls.first ?? "claims-fetch", failure: .notFetched(reason: reason))
    }
}
