import ArgumentParser
import ClaimsModel
import Ingestion

/// The inputs of `ingest`, `extract` and `parse`: paths plus metadata flags.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively); - for standard input.")
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

    func validate() throws {
        _ = try DateFlag.parse(date, flag: "--date")
        if paths.isEmpty {
            throw ValidationError("Name at least one file or folder, or - for standard input.")
        }
    }

    var defaults: ArticleDefaults {
        ArticleDefaults(
            outlet: outlet, date: date.flatMap { ClaimDate(parsing: $0) }, url: url, title: title,
            author: author)
    }

    /// Every article of the inputs in order, or the error that stopped one.
    func articles() -> ArticleStream {
        ArticleStream(paths: paths, exclude: exclude, defaults: defaults)
    }
}

/// The articles of some paths, read lazily, with the command line's metadata filled in.
struct ArticleStream: Sequence, IteratorProtocol {
    private var files: InputFiles
    private var current: ArticleFileReader?
    private let defaults: ArticleDefaults
    private let readers = ArticleReaders()

    init(paths: [String], exclude: [String], defaults: ArticleDefaults) {
        files = InputFiles(paths, exclude: exclude)
        self.defaults = defaults
    }

    mutating func next() -> Result<Article, InputError>? {
        while true {
            if let reader = current {
                if let result = reader.next() {
                    return result.map { article in
                        var article = article
                        defaults.apply(to: &article)
                        return article
                    }
                }
                current = nil
            }
            switch files.next() {
            case nil: return nil
            case .failure(let error): return .failure(error)
            case .file(let path): current = ArticleFileReader(path: path, readers: readers)
            }
        }
    }
}
