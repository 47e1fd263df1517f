import Benchmark
import ClaimsModel
import Foundation
import Ingestion

/// Articles to measure on: PolNeAR dev bodies when ../shared/data is here, else the samples.
let corpus = BenchmarkCorpus.load()

benchmark("extract claims, one article (PolNeAR dev average)") {
    for article in corpus.articles {
        blackHole(ClaimExtractor().extract(article).claims.count)
    }
}

Benchmark.main()
