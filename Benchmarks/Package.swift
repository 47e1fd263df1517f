// swift-tools-version:6.1
import PackageDescription

// Micro-benchmarks of the hot parts, with google/swift-benchmark, and the in-process timings of
// the query mix on a built archive; see Benchmarks/README.md.
//   swift run -c release --package-path Benchmarks ClaimsBenchmarks
//   CLAIMS_BENCH_DB=archive.sqlite swift run -c release --package-path Benchmarks QueryTimings
let package = Package(
    name: "claims-benchmarks",
    dependencies: [
        .package(name: "claims", path: ".."),
        .package(url: "https://github.com/google/swift-benchmark", exact: "0.1.2"),
    ],
    targets: [
        .executableTarget(
            name: "ClaimsBenchmarks",
            dependencies: [
                .product(name: "ClaimsIngestion", package: "claims"),
                .product(name: "ClaimsStorage", package: "claims"),
                .product(name: "Benchmark", package: "swift-benchmark"),
            ]
        ),
        .executableTarget(
            name: "QueryTimings",
            dependencies: [
                .product(name: "ClaimsStorage", package: "claims")
            ]
        ),
    ]
)
