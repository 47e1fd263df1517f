/// The URLs waiting for one site (`scheme://host:port`) and what limits requests to it: its
/// robots.txt, the requests in flight and when the next may start.
struct SiteQueue {
    /// Where the site's robots.txt stands; nothing else is requested before it is known.
    enum Robots {
        case unknown
        case fetching
        /// The rules, and why the site is forbidden whole when robots.txt could not be read.
        case known(RobotsRules, unavailable: FetchFailure?)
    }

    var robots = Robots.unknown
    private var jobs: [FetchJob] = []
    private var head = 0
    /// Requests to the site in flight.
    var active = 0
    /// The earliest moment the next request may start.
    var nextStart: ContinuousClock.Instant
    /// The gap between the starts of two requests: the delay asked for, or the site's Crawl-delay.
    var delay: Duration

    init(now: ContinuousClock.Instant, delay: Duration) {
        nextStart = now
        self.delay = delay
    }

    var hasWaiting: Bool { head < jobs.count }

    mutating func append(_ job: FetchJob) {
        jobs.append(job)
    }

    /// The next waiting job, taken off the queue.
    mutating func popFirst() -> FetchJob? {
        guard head < jobs.count else { return nil }
        defer {
            head += 1
            // Drop what was taken now and then, so a long crawl does not keep every job.
            if head > 4096 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
        }
        return jobs[head]
    }

    /// Whether a request may start at `now`, politeness permitting (robots.txt aside).
    func mayStart(at now: ContinuousClock.Instant, perHost: Int) -> Bool {
        active < perHost && nextStart <= now
    }

    /// Counts a request started at `now`.
    mutating func started(at now: ContinuousClock.Instant) {
        active += 1
        nextStart = now + delay
    }
}
