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
        return corpus
    }
}

/// Keeps the optimiser from removing work whose result is unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
