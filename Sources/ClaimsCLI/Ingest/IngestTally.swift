import Foundation

/// The running counts of an ingest, for the progress line and the summary.
struct IngestTally {
    var read = 0
    var new = 0
    var unchanged = 0
    /// Other files of stored articles (the same canonical URL), recorded as copies.
    var copies = 0
    var failed = 0
    var claims = 0
    let started: Double

    init(started: Double) {
        self.started = started
    }

    /// Articles handled per second so far.
    func rate(now: Double) -> Double {
        let elapsed = now - started
        return elapsed > 0 ? Double(handled) / elapsed : 0
    }

    private var handled: Int { new + unchanged + copies + failed }

    /// "N articles: A new, U unchanged, F failed; C claims; S s; R articles/s", with "K copies of
    /// stored articles" after the unchanged when there are some.
    func summary(now: Double) -> String {
        let copied = copies > 0 ? "\(copies) cop\(copies == 1 ? "y" : "ies") of stored articles, " : ""
        return
            "\(handled) article\(handled == 1 ? "" : "s"): \(new) new, \(unchanged) unchanged, \(copied)"
            + "\(failed) failed; \(claims) claim\(claims == 1 ? "" : "s"); "
            + String(format: "%.2f s; %.0f articles/s", now - started, rate(now: now))
    }
}
