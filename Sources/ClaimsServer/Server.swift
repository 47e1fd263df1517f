import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// `claims serve`'s options: `[--database PATH] [--host 127.0.0.1] [--port 8080] [--cache-mb 64]`.
public struct ServeOptions: Sendable, Equatable {
    public var database: String
    public var host = "127.0.0.1"
    public var port = 8080
    /// Memory for answers kept until the archive changes, in MB; 0 computes every page.
    public var cacheMB = 64

    public init(database: String, host: String = "127.0.0.1", port: Int = 8080, cacheMB: Int = 64) {
        self.database = database
        self.host = host
        self.port = port
        self.cacheMB = cacheMB
    }

    public static let usage = """
        usage: claims serve [--database PATH] [--host 127.0.0.1] [--port 8080] [--cache-mb 64]

        A read-only web view of an archive: search, actor, outlet, claim and trace pages and a
        JSON API (/api/search?q=..., /api/claims/ID). --database (or --db) defaults to
        $CLAIMS_DB, else ./claims.sqlite. Answers are kept in memory (--cache-mb, 0 for none)
        until the archive changes.
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
            case "--cache-mb":
                let text = try value()
                guard let megabytes = Int(text), (0...65536).contains(megabytes) else {
                    throw Mistake("--cache-mb '\(text)' is not a size in MB (0 to 65536)")
                }
                cacheMB = megabytes
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

/// An answer ready to send again: status, headers and the body's bytes.
struct CachedPage: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    init(_ page: PageResponse) {
        status = HTTPResponse.Status(code: page.status)
        headers = [
            .contentType: page.contentType,
            // Nothing on a page runs script or loads from elsewhere; say so to the browser too.
            HTTPField.Name("Content-Security-Policy")!:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            // The archive can change under the server; the browser asks again, the cache here knows.
            .cacheControl: "no-store",
        ]
        body = ByteBuffer(string: page.body)
    }
}

/// Adapts `Site` to Hummingbird: every GET goes to the site, anything else is refused.
///
/// Answers come from `cache` while the archive is unchanged; the others are computed on `pool`,
/// a few threads sized to the cores, so database work never blocks the threads that serve
/// connections and requests beyond the pool's size wait in order.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let site: Site
    let pool: BlockingPool
    let cache: ResponseCache<CachedPage>

    init(site: Site, threads: Int = ServeCommand.readThreads, cacheBytes: Int = 64 << 20) {
        self.site = site
        pool = BlockingPool(threads: threads)
        cache = ResponseCache(budget: cacheBytes)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed,
                headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "The archive is read-only: only GET.\n")))
        }
        let page = await page(request.uri.description)
        return Response(status: page.status, headers: page.headers, body: .init(byteBuffer: page.body))
    }

    /// The answer to a GET of `target`, from the cache or computed once on the pool.
    func page(_ target: String) async -> CachedPage {
        // An archive whose files cannot even be looked at is never cached (version changes each time).
        let version = (try? site.store.changeCounter()) ?? Int.random(in: Int.min...Int.max)
        // A server error (a lock held too long, say) may be gone next time: never kept.
        let cost: @Sendable (CachedPage) -> Int = {
            $0.status.code >= 500 ? Int.max : $0.body.readableBytes + target.utf8.count + 512
        }
        return await cache.value(target, version: version, cost: cost) { [site, pool] in
            await pool.run { CachedPage(site.respond(to: PageRequest(target: target))) }
        }
    }
}

/// The `claims-serve` program: opens the archive read-only and serves it until stopped.
public enum ServeCommand {
    /// Threads computing uncached pages: one per core, as SQLite's reads of a warm archive are
    /// CPU work; more would only take turns on the same cores.
    static let readThreads = max(2, ProcessInfo.processInfo.activeProcessorCount)

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
            responder: SiteResponder(site: site, cacheBytes: options.cacheMB << 20),
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
