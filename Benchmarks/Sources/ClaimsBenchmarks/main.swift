import Benchmark
import ClaimsModel
import Foundation
@_spi(Benchmarks) import Ingestion
import Storage

/// Articles to measure on: PolNeAR dev bodies when ../shared/data is here, else the samples.
let corpus = BenchmarkCorpus.load()
let extractor = ClaimExtractor()

benchmark("extract claims, all of PolNeAR dev (84 articles)") {
    for article in corpus.articles {
        blackHole(extractor.extract(article).claims.count)
    }
}

benchmark("tokenize, all of PolNeAR dev") {
    for article in corpus.articles {
        blackHole(extractor.tokenCount(of: article.body))
    }
}

benchmark("tokenize and split sentences, all of PolNeAR dev") {
    for article in corpus.articles {
        blackHole(extractor.sentenceCount(of: article.body))
    }
}

let htmlReader = HTMLReader()

benchmark("read HTML: parse, metadata and main text, the 54 saved article pages") {
    for page in corpus.pages {
        blackHole(try? htmlReader.read(page, key: "page.html"))
    }
}

/// The first 400 articles with their claims extracted, as the ingest hands them to the writer.
let entries = corpus.articles.prefix(400).map {
    ArchiveEntry(article: $0, extraction: ClaimExtractor().extract($0))
}

/// A new empty archive in a fresh temporary folder, opened (and migrated) outside the timing.
func freshStore() throws -> ClaimStore {
    let folder = FileManager.default.temporaryDirectory.appending(path: "claims-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try ClaimStore(path: folder.appending(path: "bench.sqlite").path)
}

func removeStore(_ store: ClaimStore) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: store.path).deletingLastPathComponent())
}

benchmark("write 400 articles with their claims to an empty archive, one batch", settings: Iterations(10)) {
    state in
    let store = try freshStore()
    defer { removeStore(store) }
    try state.measure { blackHole(try? store.write(entries)) }
}

benchmark("write 400 articles as 400 one-article batches (commit cost)", settings: Iterations(5)) { state in
    let store = try freshStore()
    defer { removeStore(store) }
    try state.measure {
        for entry in entries { blackHole(try? store.write([entry])) }
    }
}

benchmark("write 400 articles again, all unchanged", settings: Iterations(10)) { state in
    let store = try freshStore()
    defer { removeStore(store) }
    _ = try store.write(entries)
    try state.measure { blackHole(try? store.write(entries)) }
}

benchmark("look up 400 content hashes (the unchanged-article check)", settings: Iterations(20)) { state in
    let store = try freshStore()
    defer { removeStore(store) }
    _ = try store.write(entries)
    let hashes = entries.map(\.hash)
    try state.measure { blackHole(try? store.containing(hashes)) }
}

benchmark("prepare 400 entries: hash and span checks (on the extraction threads)") {
    for entry in entries {
        blackHole(ArchiveEntry(article: entry.article, extraction: entry.extraction))
    }
}

Benchmark.main()
