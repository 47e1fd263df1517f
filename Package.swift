// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "claims",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        // The web view, a separate binary so the rest builds without Hummingbird.
        .executable(name: "claims-serve", targets: ["claims-serve"]),
        // The web fetcher (`claims ingest URL` runs `claims-fetch`), a separate binary so the
        // rest builds without async-http-client and NIO.
        .executable(name: "claims-fetch", targets: ["claims-fetch"]),
        // For the fuzzing and benchmark packages in Fuzz/ and Benchmarks/.
        .library(name: "ClaimsIngestion", targets: ["ClaimsModel", "Ingestion"]),
        .library(name: "ClaimsStorage", targets: ["ClaimsModel", "Storage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Only the web view (ClaimsServer, claims-serve) uses these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // Only the fetcher (ClaimsFetch, claims-fetch) uses this.
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    ],
    targets: [
        // Plain values shared by ingestion, storage and the CLI.
        .target(name: "ClaimsModel"),

        // System libraries: libxml2 for HTML, zlib for gzip.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Build-time tool that turns data/ lexicons and migrations/ into Swift source,
        // so a copied binary still has them.
        .executableTarget(name: "ResourceEmbedder"),
        .plugin(
            name: "EmbedResources", capability: .buildTool(), dependencies: ["ResourceEmbedder"]),

        // Reading articles and extracting claims: pure, no database.
        .target(
            name: "Ingestion",
            dependencies: [
                "ClaimsModel", "CLibXML2", "CZlib",
            ],
            plugins: ["EmbedResources"]
        ),

        // The SQLite archive.
        .target(
            name: "Storage",
            dependencies: [
                "ClaimsModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedResources"]
        ),

        // The command line: every subcommand, the ingest pipeline and output formatting.
        .target(
            name: "ClaimsCLI",
            dependencies: [
                "ClaimsModel", "Ingestion", "Storage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The binary: only the entry point.
        .executableTarget(name: "claims", dependencies: ["ClaimsCLI"]),

        // The read-only web view of an archive (`claims serve` runs `claims-serve`): pages,
        // SVG charts and a JSON API over Storage. Its templates (data/templates) are embedded.
        .target(
            name: "ClaimsServer",
            dependencies: [
                "ClaimsModel", "Storage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(name: "claims-serve", dependencies: ["ClaimsServer"]),

        // Fetching pages, feeds and sitemaps over HTTP, politely, into a WARC stream that the
        // WARC reader of Ingestion reads (`claims ingest URL` runs `claims-fetch`).
        .target(
            name: "ClaimsFetch",
            dependencies: [
                "Ingestion", "CLibXML2",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "claims-fetch",
            dependencies: [
                "ClaimsFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "IngestionTests", dependencies: ["Ingestion", "ClaimsModel", "CZlib"]),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "ClaimsModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ClaimsCLITests", dependencies: ["ClaimsCLI", "Ingestion", "Storage"]),
        .testTarget(
            name: "ClaimsServerTests",
            // GRDB to hold an archive locked the way another process would.
            dependencies: [
                "ClaimsServer", "Storage", "ClaimsModel", "Ingestion",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "ClaimsFetchTests",
            dependencies: [
                "ClaimsFetch", "Ingestion", "ClaimsModel", "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
    ]
)
