import AsyncHTTPClient
import Foundation

/// Fetches the URLs named, and the pages their feeds and sitemaps list, into a WARC stream.
///
/// Every site's robots.txt is fetched once, before anything else from that site, and its rules
/// for this tool (else for `*`) are kept. Requests to one site are limited to `perHost` at a
/// time and start at least `hostDelay` apart; many sites are fetched in parallel, up to
/// `connections` requests in all. Redirects are followed here, each hop like a new request.
/// Each URL that gives no page is one line through `report` ("URL: reason"); what is left out
/// on purpose (a listed page robots.txt forbids, pages past the limit) is a line "note: URL: ...".
public actor Crawler {
    /// Receives one line per failed URL, without the program's name.
    public typealias Reporter = @Sendable (String) -> Void

    /// What a child task hands back to the scheduling loop.
    private enum Outcome: Sendable {
        case answered(FetchJob, site: String, Result<AnswerReading, FetchFailure>)
        case redirect(FetchJob, site: String, to: String)
        case robots(site: String, RobotsRules, unavailable: FetchFailure?, requests: Int)
        case outputFailed(FetchJob, site: String, String)
        case wake
    }

    private let settings: FetchSettings
    private let writer: WARCWriter
    private let report: Reporter
    private var sites: [String: SiteQueue] = [:]
    private var siteOrder: [String] = []
    private var rotation = 0
    private var seen: Set<String> = []
    private var tally = CrawlTally()
    private var inFlight = 0
    private var wakeAt: ContinuousClock.Instant?
    private var stopped = false
    /// Listed pages queued so far, against `maxPages`.
    private var queuedPages = 0
    private let clock = ContinuousClock()

    public init(settings: FetchSettings, writer: WARCWriter, report: @escaping Reporter) {
        self.settings = settings
        self.writer = writer
        self.report = report
    }

    /// Fetches `urls` and everything they list; returns what was done.
    public func run(_ urls: [String]) async -> CrawlTally {
        let client = HTTPFetcher.makeClient(settings)
        let fetcher = HTTPFetcher(client: client, settings: settings)
        for url in urls {
            let job = FetchJob(url: url, expectation: .anything)
            guard seen.insert(FetchJob.identity(of: url)).inserted else {
                tally.duplicates += 1
                continue
            }
            enqueue(job)
        }
        await withTaskGroup(of: Outcome.self) { group in
            while !stopped {
                startReady(&group, fetcher: fetcher)
                if inFlight == 0 && !sites.values.contains(where: \.hasWaiting) { break }
                scheduleWake(&group)
                guard let outcome = await group.next() else { break }
                handle(outcome)
            }
            group.cancelAll()
        }
        try? await client.shutdown()
        return tally
    }

    // MARK: Scheduling

    private func enqueue(_ job: FetchJob) {
        guard let key = FetchJob.site(of: job.url) else {
            fail(job, .invalidURL)
            return
        }
        if sites[key] == nil {
            sites[key] = SiteQueue(now: clock.now, delay: Self.duration(settings.hostDelay))
            siteOrder.append(key)
        }
        sites[key]!.append(job)
    }

    /// Starts every request that the limits allow now, one site after another in turn.
    private func startReady(_ group: inout TaskGroup<Outcome>, fetcher: HTTPFetcher) {
        guard !siteOrder.isEmpty else { return }
        var progressed = true
        while progressed && inFlight < settings.connections {
            progressed = false
            let now = clock.now
            for offset in 0..<siteOrder.count where inFlight < settings.connections {
                let key = siteOrder[(rotation + offset) % siteOrder.count]
                if startOne(at: key, now: now, &group, fetcher: fetcher) { progressed = true }
            }
            rotation = (rotation + 1) % siteOrder.count
        }
    }

    /// Starts the site's next request if it may start now; whether one did.
    private func startOne(
        at key: String, now: ContinuousClock.Instant, _ group: inout TaskGroup<Outcome>, fetcher: HTTPFetcher
    ) -> Bool {
        guard var site = sites[key], site.hasWaiting, site.mayStart(at: now, perHost: settings.perHost) else {
            return false
        }
        defer { sites[key] = site }
        switch site.robots {
        case .fetching:
            return false
        case .unknown:
            site.robots = .fetching
            site.started(at: now)
            inFlight += 1
            let settings = settings
            group.addTask { await Self.fetchRobots(site: key, fetcher: fetcher, settings: settings) }
            return true
        case .known(let rules, let unavailable):
            while let job = site.popFirst() {
                guard rules.allows(FetchJob.robotsPath(of: job.url)) else {
                    if let unavailable {
                        fail(job, .robotsUnavailable(unavailable))
                    } else if job.expectation == .anything {
                        fail(job, .disallowedByRobots)
                    } else {
                        // A listed page the site keeps from crawlers: said, but not a failure.
                        tally.disallowed += 1
                        report("note: \(job.origin): \(FetchFailure.disallowedByRobots)")
                    }
                    continue
                }
                site.started(at: now)
                inFlight += 1
                tally.requests += 1
                let settings = settings
                let writer = writer
                group.addTask {
                    await Self.fetch(job, site: key, fetcher: fetcher, settings: settings, writer: writer)
                }
                return true
            }
            return false
        }
    }

    /// Adds a timer task for the earliest moment a site held back only by its delay may go on.
    private func scheduleWake(_ group: inout TaskGroup<Outcome>) {
        let now = clock.now
        let waiting = sites.values.filter { site in
            guard site.hasWaiting, site.active < settings.perHost, site.nextStart > now else { return false }
            if case .fetching = site.robots { return false }
            return true
        }
        guard let earliest = waiting.map(\.nextStart).min() else { return }
        if let wakeAt, wakeAt <= earliest, wakeAt > now { return }
        wakeAt = earliest
        group.addTask {
            try? await Task.sleep(until: earliest, clock: .continuous)
            return .wake
        }
    }

    // MARK: Outcomes

    private func handle(_ outcome: Outcome) {
        switch outcome {
        case .wake:
            if let wakeAt, wakeAt <= clock.now { self.wakeAt = nil }
        case .robots(let key, let rules, let unavailable, let requests):
            finished(key)
            tally.requests += requests
            sites[key]?.robots = .known(rules, unavailable: unavailable)
            if let crawlDelay = rules.crawlDelay, crawlDelay > settings.hostDelay {
                sites[key]?.delay = Self.duration(min(crawlDelay, settings.maxCrawlDelay))
            }
        case .answered(let job, let key, let result):
            finished(key)
            switch result {
            case .success(.page): tally.pages += 1
            case .success(.failed(let failure)), .failure(let failure): fail(job, failure)
            case .success(.listed(let links, let expectation)):
                tally.listings += 1
                list(links, expectation: expectation, from: job)
            }
        case .redirect(let job, let key, let target):
            finished(key)
            follow(job, to: target)
        case .outputFailed(let job, let key, let message):
            finished(key)
            tally.outputError = message
            fail(job, .connection(message))
            stopped = true
        }
    }

    private func finished(_ key: String) {
        sites[key]?.active -= 1
        inFlight -= 1
    }

    private func fail(_ job: FetchJob, _ failure: FetchFailure) {
        tally.failures.append(CrawlTally.Failure(url: job.origin, failure: failure))
        report("\(job.origin): \(failure)")
    }

    /// Queues the URLs a listing names, each once, up to the page limit.
    private func list(_ links: [String], expectation: FetchJob.Expectation, from job: FetchJob) {
        var leftOut = 0
        for link in links {
            guard seen.insert(FetchJob.identity(of: link)).inserted else {
                tally.duplicates += 1
                continue
            }
            if expectation == .page {
                guard queuedPages < settings.maxPages else {
                    leftOut += 1
                    continue
                }
                queuedPages += 1
            }
            enqueue(FetchJob(url: link, expectation: expectation))
        }
        if leftOut > 0 {
            tally.leftOut += leftOut
            report("note: \(job.url): \(FetchFailure.pageLimit(limit: settings.maxPages, leftOut: leftOut))")
        }
    }

    /// Continues `job` at `target`, unless that goes round in a loop or too far.
    private func follow(_ job: FetchJob, to target: String) {
        let identity = FetchJob.identity(of: target)
        if job.chain.contains(where: { FetchJob.identity(of: $0) == identity }) {
            fail(job, .redirectLoop(job.chain + [target]))
        } else if job.chain.count > settings.maxRedirects {
            fail(job, .tooManyRedirects(limit: settings.maxRedirects))
        } else if !seen.insert(identity).inserted {
            // Another URL already led to that page: it is fetched once.
            tally.duplicates += 1
        } else {
            enqueue(job.redirected(to: target))
        }
    }

    // MARK: Requests (child tasks: only values cross over)

    private static func fetch(
        _ job: FetchJob, site: String, fetcher: HTTPFetcher, settings: FetchSettings, writer: WARCWriter
    ) async -> Outcome {
        let response: FetchedResponse
        switch await fetcher.get(job.url) {
        case .failure(let failure): return .answered(job, site: site, .failure(failure))
        case .success(let answer): response = answer
        }
        if let redirect = redirectTarget(response) {
            guard let target = redirect else {
                return .answered(job, site: site, .failure(.badRedirect(status: response.status)))
            }
            return .redirect(job, site: site, to: target)
        }
        guard (200..<300).contains(response.status) else {
            return .answered(job, site: site, .failure(.httpStatus(response.status, reason: response.reason)))
        }
        do {
            let reading = try AnswerReading.read(response, for: job, settings: settings, writer: writer)
            return .answered(job, site: site, .success(reading))
        } catch {
            return .outputFailed(job, site: site, "\(error)")
        }
    }

    /// For a redirect, where it points (`nil` inside when it has no usable Location); `nil` for
    /// any other answer.
    private static func redirectTarget(_ response: FetchedResponse) -> String?? {
        guard [301, 302, 303, 307, 308].contains(response.status) else { return nil }
        guard let location = response.header("location"),
            let target = URL(string: location, relativeTo: URL(string: response.url))?.absoluteString,
            FetchJob.site(of: target) != nil
        else { return .some(nil) }
        return .some(target)
    }

    /// The site's robots.txt rules for this tool: a 2xx answer's rules; none for a 4xx (or a
    /// redirect chain past five hops); everything forbidden when it could not be had (5xx, no
    /// answer), as RFC 9309 says.
    private static func fetchRobots(site: String, fetcher: HTTPFetcher, settings: FetchSettings) async
        -> Outcome
    {
        var url = site + "/robots.txt"
        var requests = 0
        for _ in 0...5 {
            requests += 1
            switch await fetcher.get(url) {
            case .failure(let failure):
                return .robots(site: site, .disallowAll, unavailable: failure, requests: requests)
            case .success(let response):
                if let redirect = redirectTarget(response) {
                    guard let target = redirect else { break }
                    url = target
                    continue
                }
                switch response.status {
                case 200..<300:
                    let text = String(decoding: response.plainBody(limit: 1 << 20) ?? [], as: UTF8.self)
                    let rules = RobotsRules(parsing: text, token: FetchSettings.robotsToken)
                    return .robots(site: site, rules, unavailable: nil, requests: requests)
                case 500...:
                    let failure = FetchFailure.httpStatus(response.status, reason: response.reason)
                    return .robots(site: site, .disallowAll, unavailable: failure, requests: requests)
                default:
                    return .robots(site: site, .allowAll, unavailable: nil, requests: requests)
                }
            }
            break
        }
        return .robots(site: site, .allowAll, unavailable: nil, requests: requests)
    }

    private static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
