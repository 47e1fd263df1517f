import AsyncHTTPClient
import Foundation
import NIOCore

/// Makes one GET request and reads the whole answer, with the tool's user agent, within the
/// timeout and the body limit. Redirects are not followed here: the crawl follows them, so
/// each hop passes robots.txt and the per-host limits like any request.
struct HTTPFetcher: Sendable {
    let client: HTTPClient
    let settings: FetchSettings

    /// A client for `settings`, on the shared event loops; shut it down when done.
    static func makeClient(_ settings: FetchSettings) -> HTTPClient {
        let timeout = TimeAmount.milliseconds(Int64(settings.timeout * 1000))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: timeout, read: timeout))
        configuration.connectionPool = .init(
            idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: max(settings.perHost, 1))
        // A refused connection is an answer: say so now rather than retry until the timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The answer to `GET url`, or why there is none.
    func get(_ url: String) async -> Result<FetchedResponse, FetchFailure> {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(
            name: "Accept",
            value:
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"
        )
        let deadline = NIODeadline.now() + .milliseconds(Int64(settings.timeout * 1000))
        do {
            let response = try await client.execute(request, deadline: deadline)
            let body = try await response.body.collect(upTo: settings.maxBodyBytes)
            return .success(
                FetchedResponse(
                    url: url, status: Int(response.status.code), reason: response.status.reasonPhrase,
                    version: response.version.major == 2
                        ? "HTTP/2" : "HTTP/\(response.version.major).\(response.version.minor)",
                    headers: response.headers.map { (name: $0.name, value: $0.value) },
                    body: Array(body.readableBytesView)))
        } catch {
            return .failure(Self.failure(error, settings: settings))
        }
    }

    /// The failure an error of the client stands for.
    static func failure(_ error: any Error, settings: FetchSettings) -> FetchFailure {
        if error is NIOTooManyBytesError { return .tooLarge(limit: settings.maxBodyBytes) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout:
                return .noAnswer(seconds: settings.timeout)
            case .remoteConnectionClosed:
                return .connection("the server closed the connection without an answer")
            case .invalidURL, .emptyHost, .emptyScheme:
                return .invalidURL
            default:
                return .connection(error.description)
            }
        }
        // NIO's connection errors name the system's reason deep inside their description.
        let text = String(describing: error)
        if text.contains("refused") { return .connection("connection refused") }
        if text.lowercased().contains("dns") || text.contains("getaddrinfo")
            || text.contains("Name or service")
        {
            return .connection("the host name cannot be resolved")
        }
        return .connection(text)
    }
}
