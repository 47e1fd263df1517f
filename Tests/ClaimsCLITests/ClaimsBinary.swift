import Foundation

/// Runs the built `claims` binary, as a user would, and captures what it prints.
struct ClaimsBinary {
    /// What one run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        /// Standard error without the "committed: ..." lines an ingest writes per batch.
        var stderr: String
        /// The "committed: ..." lines, in order.
        var committed: [String]

        /// The standard output's lines, without the empty last one.
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The binary beside the test bundle in the build folder (`.build/debug/claims`).
    static let url: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appending(path: "claims").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder.appending(path: "claims")
    }()

    /// Runs `claims ARGUMENTS...` with `input` on standard input and `environment` added; with
    /// `user`, as that user and group id (through `setpriv`, when the tests run as root).
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        user: UInt32? = nil
    ) throws -> Run {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments =
                ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Output goes to files, so a large output can never block the child on a full pipe.
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appending(path: "claims-out-\(UUID().uuidString)")
        let errURL = folder.appending(path: "claims-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let inPipe = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        let errLines = String(decoding: errData, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let committed = errLines.filter { $0.hasPrefix("committed: ") }
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: errLines.filter { !$0.hasPrefix("committed: ") }.joined(separator: "\n"),
            committed: committed.map(String.init))
    }
}
