import Foundation
import Synchronization
import Testing

@testable import ClaimsServer

@Suite("claims serve answers from its cache and its thread pool")
struct ResponseCacheTests {
    /// Counts how many times a page was computed.
    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int {
            value.withLock {
                $0 += 1; return $0
            }
        }
        var count: Int { value.withLock { $0 } }
    }

    /// How many jobs run at once, and the most that ever did.
    final class Gauge: Sendable {
        let state = Mutex((now: 0, most: 0))
        func enter() {
            state.withLock {
                $0.now += 1; $0.most = max($0.most, $0.now)
            }
        }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    @Test("many clients asking at once for one uncached page compute it once and all get it")
    func oneComputationPerBurst() async {
        let cache = ResponseCache<String>(budget: 1 << 20)
        let pool = BlockingPool(threads: 2)
        let made = Counter()
        let answers = await withTaskGroup(of: String.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    await cache.value("/actors/1", version: 7, cost: { $0.utf8.count }) {
                        await pool.run {
                            // Slow enough that every client arrives while it is being made.
                            Thread.sleep(forTimeInterval: 0.2)
                            return "page \(made.next())"
                        }
                    }
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(answers.count == 100)
        #expect(Set(answers) == ["page 1"])
        #expect(made.count == 1)
        // Stored: a later client gets it without a computation.
        let later = await cache.value("/actors/1", version: 7, cost: { $0.utf8.count }) {
            "page \(made.next())"
        }
        #expect(later == "page 1")
        #expect(made.count == 1)
    }

    @Test("a new archive version empties the cache, and the budget evicts the oldest answers")
    func versionAndBudget() async {
        let cache = ResponseCache<String>(budget: 250)
        let made = Counter()
        func get(_ key: String, _ version: Int) async -> String {
            await cache.value(key, version: version, cost: { _ in 100 }) { "\(key) #\(made.next())" }
        }
        #expect(await get("/a", 1) == "/a #1")
        #expect(await get("/a", 1) == "/a #1")
        #expect(await get("/a", 2) == "/a #2")
        #expect(await get("/b", 2) == "/b #3")
        #expect(cache.usage.entries == 2)
        // A third answer passes the budget (300 > 250): the oldest, /a, goes.
        #expect(await get("/c", 2) == "/c #4")
        #expect(cache.usage.entries == 2 && cache.usage.bytes == 200)
        #expect(await get("/b", 2) == "/b #3")
        #expect(await get("/a", 2) == "/a #5")
        // An answer too big for the whole budget is handed out but never kept.
        let big = await cache.value("/big", version: 2, cost: { _ in 1000 }) { "big \(made.next())" }
        #expect(big == "big 6")
        #expect(
            await cache.value("/big", version: 2, cost: { _ in 1000 }) { "big \(made.next())" } == "big 7")
    }

    @Test("the pool runs no more jobs at once than it has threads")
    func boundedConcurrency() async {
        let pool = BlockingPool(threads: 2)
        let running = Gauge()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    await pool.run {
                        running.enter()
                        Thread.sleep(forTimeInterval: 0.02)
                        running.leave()
                    }
                }
            }
        }
        #expect(running.most == 2)
    }
}
