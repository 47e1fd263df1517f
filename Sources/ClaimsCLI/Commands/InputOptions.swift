import ArgumentParser
import ClaimsModel
import Ingestion

#if canImport(Glibc)
    import Glibc
#endif

/// The inputs of `ingest`, `extract` and `parse`: paths and URLs, plus metadata flags.
struct InputOptions: ParsableArguments {
    @Argument(
        help: """
            Files or folders to read (folders recursively); - for standard input; http(s) URLs \
            of pages, RSS/Atom feeds or sitemaps, fetched by claims-fetch after the files.
            """)
    var paths: [String]

    @Option(
        help: ArgumentHelp(
            "Leave out files and folders met in a folder whose name or path matches this shell pattern (repeatable).",
            valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "Outlet for articles that do not name one.")
    var outlet: String?

    @Option(help: "Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for articles without one.")
    var date: String?

    @Option(help: "URL for articles without one.")
    var url: String?

    @Option(help: "Title for articles without one.")
    var title: String?

    @Option(help: "Author(s) for articles without a byline.")
    var author: String?

    @OptionGroup(title: "Fetching URLs") var fetch: FetchOptions

    func validate() throws {
        _ = try DateFlag.parse(date, flag: "--date")
        if paths.isEmpty {
            throw ValidationError("Name at least one file or folder, or - for standard input.")
        }
        // Said before anything is read, so no half of the inputs goes in without the other.
        if !urls.isEmpty, let missing = FetchedArticles.missingFetcher() {
            printError(missing)
            // Anything thrown here gets worded again by the argument parser: leave at once.
            Glibc.exit(EXIT_FAILURE)
        }
    }

    /// The arguments that are files, folders or `-`.
    var filePaths: [String] { paths.filter { !FetchedArticles.isURL($0) } }
    /// The arguments that are URLs to fetch.
    var urls: [String] { paths.filter(FetchedArticles.isURL) }

    var defaults: ArticleDefaults {
        ArticleDefaults(
            outlet: outlet, date: date.flatMap { ClaimDate(parsing: $0) }, url: url, title: title,
            author: author)
    }

    /// Every article of the inputs in order, or the error that stopped one.
    func articles() -> ArticleStream {
        ArticleStream(
            paths: filePaths, exclude: exclude, defaults: defaults, urls: urls,
            fetchArguments: fetch.arguments)
    }
}

/// The articles of some paths, then of some URLs, read lazily, with the command line's
/// metadata filled in.
struct ArticleStream: Sequence, IteratorProtocol {
    private var files: InputFiles
    private var current: ArticleFileReader?
    private let defaults: ArticleDefaults
    private let readers = ArticleReaders()
    private var urls: [String]
    private let fetchArguments: [String]
    private var fetched: FetchedArticles?

    init(
        paths: [String], exclude: [String], defaults: ArticleDefaults, urls: [String] = [],
        fetchArguments: [String] = []
    ) {
        files = InputFiles(paths, exclude: exclude)
        self.defaults = defaults
        self.urls = urls
        self.fetchArguments = fetchArguments
    }

    private func filled(_ result: Result<Article, InputError>) -> Result<Article, InputError> {
        result.map { article in
            var article = article
            defaults.apply(to: &article)
            return article
        }
    }

    mutating func next() -> Result<Article, InputError>? {
        while true {
            if let reader = current {
                if let result = reader.next() { return filled(result) }
                current = nil
            }
            if let fetched {
                guard let result = fetched.next() else { return nil }
                return filled(result)
            }
            switch files.next() {
            case nil:
                guard !urls.isEmpty else { return nil }
                // All URLs in one fetch, so the per-site limits hold across them.
                fetched = FetchedArticles(urls: urls, arguments: fetchArguments, readers: readers)
                urls = []
            case .failure(let error): return .failure(error)
            case .file(let path): current = ArticleFileReader(path: path, readers: readers)
            }
        }
    }
}
