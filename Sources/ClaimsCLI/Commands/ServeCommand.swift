import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `claims serve`: runs `claims-serve`, the web view, found beside this executable, with the
/// same arguments. The server is its own binary so the rest builds without Hummingbird.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "A read-only web view of the archive (claims serve [--database PATH] [--host H] [--port P]).",
        discussion: """
            Runs claims-serve from the folder this claims binary is in: search, actor, outlet, \
            claim and trace pages on http://127.0.0.1:8080/ by default, and a JSON API \
            (/api/search, /api/claims/ID) with the rows of claims search --format json. Answers \
            are kept in memory until the archive changes (--cache-mb MB, 64 by default).
            """
    )

    @Argument(
        parsing: .captureForPassthrough, help: "--database PATH, --host HOST, --port PORT, --cache-mb MB.")
    var arguments: [String] = []

    func run() throws {
        let server = Self.serverPath()
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw ValidationError(
                "claims serve needs claims-serve beside claims, at \(server); build it with `swift build --product claims-serve`"
                    + " (or -c release) and keep the two binaries together.")
        }
        let argv = [server] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        throw ValidationError("cannot run \(server): \(String(cString: strerror(errno)))")
    }

    /// `claims-serve` in the folder of the running executable.
    static func serverPath() -> String {
        siblingPath("claims-serve")
    }

    /// The program `name` in the folder of the running executable.
    static func siblingPath(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable =
            count > 0
            ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
