import Benchmark
import ClaimsModel
import Foundation
import Ingestion

/// Articles to measure on: PolNeAR dev bodies when ../shared/data is here, else the samples.
let corpus = BenchmarkCorpus.load()
let extractor = ClaimExtractor()

benchmark("extract claims, all of PolNeAR dev (84 articles)") {
    for article in corpus.articles {
        blackHole(extractor.extract(article).claims.count)
    }
}

Benchmark.main()
