import ClaimsModel
import Foundation
import Ingestion

/// The inputs the benchmarks run on, read once before timing starts.
struct BenchmarkCorpus {
    var articles: [Article] = []
    var pages: [[UInt8]] = []

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load() -> BenchmarkCorpus {
        var corpus = BenchmarkCorpus()
        let data = root.appending(path: "../shared/data")
        let dev = data.appending(path: "polnear/dev.jsonl").path
        let reader = ArticleFileReader(
            path: FileManager.default.fileExists(atPath: dev)
                ? dev : root.appending(path: "data/samples/wire-briefs.jsonl").path)
        while let result = reader.next() {
            if case .success(let article) = result { corpus.articles.append(article) }
        }
        // Saved pages: the 54 real articles when ../shared/data is here, else the sample page.
        let folder = data.appending(path: "articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let pages = names.filter { $0.hasSuffix(".html") }.sorted().map { folder.appending(path: $0) }
        for url in pages.isEmpty ? [root.appending(path: "data/samples/museum-theft.html")] : pages {
            if let data = try? Data(contentsOf: url) { corpus.pages.append([UInt8](data)) }
        }
        return corpus
    }
}

/// Keeps the optimiser from removing work whose result is unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
