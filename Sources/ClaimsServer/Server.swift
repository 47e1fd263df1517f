import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// `claims serve`'s options: `[--database PATH] [--host 127.0.0.1] [--port 8080]`.
public struct ServeOptions: Sendable, Equatable {
    public var database: String
    public var host = "127.0.0.1"
    public var port = 8080

    public init(database: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.database = database
        self.host = host
        self.port = port
    }

    public static let usage = """
        usage: claims serve [--database PATH] [--host 127.0.0.1] [--port 8080]

        A read-only web view of an archive: search, actor, outlet and claim pages and a JSON API
        (/api/search?q=..., /api/claims/ID). --database (or --db) defaults to $CLAIMS_DB, else
        ./claims.sqlite.
        """

    /// Parses the arguments after `serve`; `nil` for `--help`.
    ///
    /// - Throws: `ServeOptions.Mistake` with one sentence naming the flag.
    public init?(arguments: [String], environment: [String: String]) throws(Mistake) {
        database = environment["CLAIMS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "claims.sqlite"
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            var name = flag
            var inline: String?
            if let equals = flag.firstIndex(of: "="), flag.hasPrefix("--") {
                name = String(flag[..<equals])
                inline = String(flag[flag.index(after: equals)...])
            }
            func value() throws(Mistake) -> String {
                if let inline { return inline }
                guard let next = rest.popFirst() else { throw Mistake("\(name) needs a value") }
                return next
            }
            switch name {
            case "-h", "--help": return nil
            case "--database", "--db": database = try value()
            case "--host": host = try value()
            case "--port":
                let text = try value()
                guard let port = Int(text), (0...65535).contains(port) else {
                    throw Mistake("--port '\(text)' is not a port number (0 to 65535)")
                }
                self.port = port
            default: throw Mistake("serve has no option \(flag); \(Self.usage.split(separator: "\n")[0])")
            }
        }
    }

    /// A mistake in the arguments, as one sentence.
    public struct Mistake: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}

/// Adapts `Site` to Hummingbird: every GET goes to the site, anything else is refused.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let site: Site

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed,
                headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "The archive is read-only: only GET.\n")))
        }
        let page = site.respond(to: PageRequest(target: request.uri.description))
        var headers: HTTPFields = [
            .contentType: page.contentType,
            // Nothing on a page runs script or loads from elsewhere; say so to the browser too.
            HTTPField.Name("Content-Security-Policy")!:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
        headers[.cacheControl] = "no-store"
        return Response(
            status: HTTPResponse.Status(code: page.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: page.body)))
    }
}

/// The `claims-serve` program: opens the archive read-only and serves it until stopped.
public enum ServeCommand {
    public static func main() async {
        let options: ServeOptions
        do {
            guard
                let parsed = try ServeOptions(
                    arguments: Array(CommandLine.arguments.dropFirst()),
                    environment: ProcessInfo.processInfo.environment)
            else {
                print(ServeOptions.usage)
                return
            }
            options = parsed
        } catch {
            fail("\(error)", status: 64)
        }
        let site: Site
        do {
            site = try Site(store: try ClaimStore(path: options.database, access: .readOnlyConcurrent))
        } catch let error as StoreError {
            fail(error.message, status: 1)
        } catch {
            fail("cannot start: \(error)", status: 1)
        }
        var logger = Logger(label: "claims-serve")
        logger.logLevel = .warning
        let app = Application(
            responder: SiteResponder(site: site),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "claims"),
            onServerRunning: { channel in
                let address = channel.localAddress.map {
                    "\($0.ipAddress ?? options.host):\($0.port ?? options.port)"
                }
                let line =
                    "claims serve: \(options.database) on http://\(address ?? "\(options.host):\(options.port)")/ (Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            fail("cannot serve on \(options.host):\(options.port): \(error)", status: 1)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("claims serve: \(message)\n".utf8))
        exit(status)
    }
}
