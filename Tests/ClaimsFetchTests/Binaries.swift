import Foundation

/// The built `claims` and `claims-fetch`, run as a user would, output captured in files.
enum Binaries {
    /// The build folder holding the binaries (`.build/debug`), found from the test bundle.
    static let folder: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appending(path: "claims-fetch").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String

        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `executable` (a path) with `arguments`. It waits without holding a thread: the
    /// pages the binary fetches are served by this process, from the same few threads.
    static func run(_ executable: URL, _ arguments: [String]) async throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory
        let outURL = scratch.appending(path: "fetch-out-\(UUID().uuidString)")
        let errURL = scratch.appending(path: "fetch-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        for await _ in exited.stream {}
        return Run(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func claims(_ arguments: [String]) async throws -> Run {
        try await run(folder.appending(path: "claims"), arguments)
    }

    static func fetch(_ arguments: [String]) async throws -> Run {
        try await run(folder.appending(path: "claims-fetch"), arguments)
    }
}
