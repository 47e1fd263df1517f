import Foundation

/// The running counts of an ingest, for the progress line and the summary.
struct IngestTally {
    var read = 0
    var new = 0
    var unchanged = 0
    var failed = 0
    var claims = 0
    let started: Double

    init(started: Double) {
        self.started = started
    }

    /// Articles handled per second so far.
    func rate(now: Double) -> Double {
        let elapsed = now - started
        return elapsed > 0 ? Double(new + unchanged + failed) / elapsed : 0
    }

    /// "N articles: A new, U unchanged, F failed; C claims; S s; R articles/s".
    func summary(now: Double) -> String {
        let handled = new + unchanged + failed
        return
            "\(handled) article\(handled == 1 ? "" : "s"): \(new) new, \(unchanged) unchanged, \(failed) failed; "
            + "\(claims) claim\(claims == 1 ? "" : "s"); "
            + String(format: "%.2f s; %.0f articles/s", now - started, rate(now: now))
    }
}
