// swift-tools-version:6.1
import PackageDescription

// libFuzzer harnesses for the readers and the extractor; `Fuzz/run` builds and runs them.
let package = Package(
    name: "claims-fuzz",
    dependencies: [.package(name: "claims", path: "..")],
    targets: [.target(name: "FuzzDriver")]
        + ["FuzzText", "FuzzJSON", "FuzzHTML", "FuzzExtract"].map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzDriver", .product(name: "ClaimsIngestion", package: "claims")]
            )
        }
)
