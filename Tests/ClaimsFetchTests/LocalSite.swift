import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A web site on 127.0.0.1 (a port the system picks) serving answers the tests build
/// themselves, and keeping a log of the requests it got, to check politeness against.
final class LocalSite: Sendable {
    /// What one path answers.
    struct Answer: Sendable {
        var status = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds before the answer is sent (a slow or silent server).
        var delay = 0.0

        static func html(_ text: String) -> Answer {
            Answer(body: Array(text.utf8))
        }

        static func xml(_ text: String, type: String = "application/xml") -> Answer {
            Answer(headers: [("Content-Type", type)], body: Array(text.utf8))
        }

        static func redirect(to location: String, status: Int = 302) -> Answer {
            Answer(status: status, headers: [("Location", location)])
        }

        static func status(_ code: Int) -> Answer {
            Answer(
                status: code, headers: [("Content-Type", "text/plain")], body: Array("status \(code)\n".utf8))
        }
    }

    /// One request the site got.
    struct Visit: Sendable {
        var path: String
        var userAgent: String
        var started: ContinuousClock.Instant
        /// Requests in flight when this one came, itself included.
        var inFlight: Int
    }

    private struct State {
        var answers: [String: Answer] = [:]
        var visits: [Visit] = []
        var inFlight = 0
    }

    private let state = Mutex(State())
    private let task = Mutex<Task<Void, any Error>?>(nil)
    /// `http://127.0.0.1:PORT`.
    let base: String

    private init(base: String) {
        self.base = base
    }

    /// Serves `answers` (by path, query included when there is one) until `stop()`.
    static func start(_ answers: [String: Answer]) async throws -> LocalSite {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let responder = SiteResponder()
        var logger = Logger(label: "local-site")
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let running = Task { try await app.run() }
        var port = 0
        for await value in stream { port = value }
        let site = LocalSite(base: "http://127.0.0.1:\(port)")
        responder.site.withLock { $0 = site }
        site.state.withLock { $0.answers = answers }
        site.task.withLock { $0 = running }
        return site
    }

    /// Serves `answers` from now on (they can name the site's own URLs), while `body` runs.
    func serving<T>(_ answers: [String: Answer], _ body: () async throws -> T) async rethrows -> T {
        state.withLock { $0.answers = answers }
        return try await body()
    }

    /// The full URL of `path`.
    func url(_ path: String) -> String { base + path }

    func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        _ = try? await running?.value
    }

    var visits: [Visit] { state.withLock { $0.visits } }

    /// How often `path` was requested.
    func count(_ path: String) -> Int { visits.filter { $0.path == path }.count }

    fileprivate func answer(_ path: String, userAgent: String) async -> Answer {
        let answer = state.withLock { state -> Answer in
            state.inFlight += 1
            state.visits.append(
                Visit(path: path, userAgent: userAgent, started: .now, inFlight: state.inFlight))
            return state.answers[path] ?? .status(404)
        }
        if answer.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(answer.delay * 1000))) }
        state.withLock { $0.inFlight -= 1 }
        return answer
    }
}

/// Hands each request to the site it belongs to.
private final class SiteResponder: HTTPResponder, Sendable {
    typealias Context = BasicRequestContext
    let site = Mutex<LocalSite?>(nil)

    func respond(to request: Request, context: Context) async throws -> Response {
        guard let site = site.withLock({ $0 }) else { return Response(status: .serviceUnavailable) }
        let answer = await site.answer(
            request.uri.description, userAgent: request.headers[.userAgent] ?? "")
        var headers = HTTPFields()
        for (name, value) in answer.headers {
            if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
