import ClaimsModel
import Foundation

/// The articles of one input file (or standard input), read one at a time.
///
/// JSON Lines are streamed line by line, so a file of any size is read in bounded memory; a bad
/// line is reported with its number and the next line is read. Text and HTML files are one
/// article each. A WARC file is streamed record by record: each page record is an article, other
/// records are skipped and counted (`skippedRecords`), a damaged record is reported with its
/// offset and the next record is read. A `.gz` file of any of these is decompressed as it is
/// read (a `.warc.gz` file's gzip member per record included). A text or HTML file `NAME.txt`
/// with a `NAME.meta.json` beside it takes the metadata it lacks from that file.
public final class ArticleFileReader {
    /// The most one text or HTML article, one JSON Lines record, or one WARC record may be.
    public static let maxArticleBytes = 64 << 20

    private let path: String
    private let format: ArticleFormat
    private let readers: ArticleReaders
    private var lines: LineReader<AnyByteSource>?
    private var warc: WARCArticleReader?
    private var done = false
    private var openFailure: ReadFailure?
    private var pending: [Result<Article, InputError>] = []
    private var recordCount = 0
    /// Records without a text field met before any article: reported one by one once an
    /// article shows the file holds articles, else as one "not articles" line.
    private var heldWithoutText: [InputError] = []

    /// How many records of a WARC file were skipped so far as holding no article: requests,
    /// metadata, `warcinfo`, redirects and errors, images, scripts. Zero for other formats.
    public var skippedRecords: Int { warc?.skipped ?? 0 }

    /// Prepares to read `path` (`-` for standard input) in `format` (by default, from its name),
    /// with `readers` shared across files (building them reads the lexicons).
    public init(path: String, format: ArticleFormat? = nil, readers: ArticleReaders = ArticleReaders()) {
        self.path = path
        self.format = format ?? ArticleFormat(fileName: path)
        self.readers = readers
    }

    /// The next article or error, or `nil` when the file is done.
    public func next() -> Result<Article, InputError>? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !done else { return nil }
        do throws(ReadFailure) {
            switch format {
            case .json where path.lowercased().hasSuffix(".json") || path.lowercased().hasSuffix(".json.gz"):
                done = true
                return try readWholeJSON()
            case .json:
                return try nextLine()
            case .warc:
                if warc == nil {
                    warc = WARCArticleReader(
                        source: try openSource(), path: path, fileName: key, readers: readers,
                        maxArticleBytes: Self.maxArticleBytes)
                }
                if let result = try warc!.next() { return result }
                done = true
                return nil
            case .text, .html:
                done = true
                var source = try openSource()
                let bytes = try source.readAll(limit: Self.maxArticleBytes)
                var article: Article
                if format == .html {
                    article = try readers.html.read(bytes, key: key)
                } else {
                    article = readers.text.read(try TextDecoding.utf8(bytes), key: key)
                }
                article.sourcePath = path
                applySidecar(to: &article)
                return .success(article)
            }
        } catch {
            done = true
            return .failure(InputError(path: path, failure: error))
        }
    }

    /// The key of a single-article file: its file name.
    private var key: String {
        path == "-" ? "-" : URL(fileURLWithPath: path).lastPathComponent
    }

    private func openSource() throws(ReadFailure) -> AnyByteSource {
        let file = try FileByteSource(path: path)
        if path.lowercased().hasSuffix(".gz") {
            return AnyByteSource(try GzipByteSource(file))
        }
        return AnyByteSource(file)
    }

    private func nextLine() throws(ReadFailure) -> Result<Article, InputError>? {
        if lines == nil { lines = LineReader(try openSource(), maxLineBytes: Self.maxArticleBytes) }
        while let line = try lines!.next() {
            let number = lines!.lineNumber
            switch line {
            case .tooLong(let count):
                recordCount += 1
                return releasingHeld(
                    .failure(
                        InputError(
                            path: path, line: number,
                            failure: .recordTooLong(byteCount: count, limit: Self.maxArticleBytes))))
            case .text(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                if recordCount == 0 && bytes.contains(0) {
                    throw .binary(expected: .text)
                }
                recordCount += 1
                do throws(ReadFailure) {
                    guard String(validating: bytes, as: UTF8.self) != nil else {
                        throw .invalidUTF8(offset: nil)
                    }
                    var article = try readers.json.read(bytes, fallbackKey: "\(key):\(number)")
                    article.sourcePath = path
                    return releasingHeld(.success(article))
                } catch .noTextField where heldWithoutText.count == recordCount - 1 {
                    heldWithoutText.append(InputError(path: path, line: number, failure: .noTextField))
                } catch {
                    return releasingHeld(.failure(InputError(path: path, line: number, failure: error)))
                }
            }
        }
        done = true
        if recordCount == 0 { throw .empty }
        if !heldWithoutText.isEmpty && heldWithoutText.count == recordCount { throw .notArticles }
        return nil
    }

    /// `result`, after the held records without text, in the order of their lines.
    private func releasingHeld(_ result: Result<Article, InputError>) -> Result<Article, InputError> {
        guard !heldWithoutText.isEmpty else { return result }
        pending.append(contentsOf: heldWithoutText.dropFirst().map { .failure($0) })
        pending.append(result)
        defer { heldWithoutText = [] }
        return .failure(heldWithoutText[0])
    }

    /// A `.json` file: one object, an array of objects, or JSON Lines after all.
    private func readWholeJSON() throws(ReadFailure) -> Result<Article, InputError>? {
        var source = try openSource()
        let bytes = try source.readAll(limit: Self.maxArticleBytes)
        _ = try TextDecoding.utf8(bytes)
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        else {
            // Perhaps JSON Lines with a .json name.
            done = false
            return try nextLine()
        }
        let records = (value as? [Any]) ?? [value]
        for (index, record) in records.enumerated() {
            do throws(ReadFailure) {
                let suffix = records.count > 1 ? ":\(index + 1)" : ""
                var article = try readers.json.read(record, fallbackKey: key + suffix)
                article.sourcePath = path
                pending.append(.success(article))
            } catch {
                let position = records.count > 1 ? index + 1 : nil
                pending.append(.failure(InputError(path: path, record: position, failure: error)))
            }
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    /// Fills what the article lacks from `NAME.meta.json` beside its file, if there is one.
    private func applySidecar(to article: inout Article) {
        guard path != "-" else { return }
        var base = URL(fileURLWithPath: path)
        if base.pathExtension.lowercased() == "gz" { base.deletePathExtension() }
        base.deletePathExtension()
        let sidecar = base.appendingPathExtension("meta.json")
        guard let data = try? Data(contentsOf: sidecar),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return }
        let defaults = ArticleDefaults(
            outlet: object["outlet"] as? String,
            date: (object["date"] as? String).flatMap { ClaimDate(parsing: $0) },
            url: object["url"] as? String,
            title: object["title"] as? String,
            author: object["author"] as? String ?? (object["authors"] as? [String])?.joined(separator: ", "))
        defaults.apply(to: &article, basis: .metadata, source: "meta.json")
        if article.section == nil { article.section = object["section"] as? String }
        if article.language == nil { article.language = object["language"] as? String }
    }
}
