import Synchronization

/// Whole answers, keyed on the request target, kept while the archive's change counter
/// (`ClaimStore.changeCounter()`) stays what it was when they were made.
///
/// A page is computed once however many clients ask for it at the same moment: the first
/// computes it and the others wait for its answer, so a burst on one uncached page costs one
/// query, not one per client. The entries are bounded by their total size (`budget` bytes); past
/// it the oldest go first, so memory stays flat under any mix of addresses.
final class ResponseCache<Value: Sendable>: Sendable {
    private struct State {
        var version: Int?
        var entries: [String: (value: Value, cost: Int)] = [:]
        /// Keys in the order they were stored, from `head` on; the oldest is evicted first.
        var order: [String] = []
        var head = 0
        var bytes = 0
        /// The clients waiting for a page being computed, by version and key.
        var waiting: [String: [CheckedContinuation<Value, Never>]] = [:]

        mutating func use(version: Int) {
            guard self.version != version else { return }
            self.version = version
            entries.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            head = 0
            bytes = 0
        }

        mutating func store(_ key: String, _ value: Value, cost: Int, budget: Int) {
            guard cost <= budget, entries[key] == nil else { return }
            entries[key] = (value, cost)
            order.append(key)
            bytes += cost
            while bytes > budget, head < order.count {
                if let evicted = entries.removeValue(forKey: order[head]) { bytes -= evicted.cost }
                head += 1
            }
            // Drop the evicted keys' slots now and then rather than shifting the array each time.
            if head > 1024 && head * 2 > order.count {
                order.removeFirst(head)
                head = 0
            }
        }
    }

    private let state = Mutex(State())

    /// What a client does on a miss: take an answer stored meanwhile, wait for one being made, or make it.
    private enum Step {
        case hit(Value)
        case wait
        case compute
    }
    /// The most bytes (as `cost` counts them) the entries may hold together.
    let budget: Int

    init(budget: Int) {
        self.budget = budget
    }

    /// How many answers are stored and their total cost.
    var usage: (entries: Int, bytes: Int) {
        state.withLock { ($0.entries.count, $0.bytes) }
    }

    /// The answer stored under `key` for the archive at `version`, computed by `make` when there
    /// is none; `cost` is its size in bytes.
    func value(
        _ key: String, version: Int, cost: @escaping @Sendable (Value) -> Int,
        make: @escaping @Sendable () async -> Value
    ) async -> Value {
        if let hit = state.withLock({ state -> Value? in
            state.use(version: version)
            return state.entries[key]?.value
        }) {
            return hit
        }
        // A page computed for one version is never handed to a client that saw another.
        let flight = "\(version) \(key)"
        return await withCheckedContinuation { continuation in
            let step = state.withLock { state -> Step in
                state.use(version: version)
                if let entry = state.entries[key] { return .hit(entry.value) }
                if state.waiting[flight] != nil {
                    state.waiting[flight]!.append(continuation)
                    return .wait
                }
                state.waiting[flight] = [continuation]
                return .compute
            }
            switch step {
            case .hit(let value): continuation.resume(returning: value)
            case .wait: break
            case .compute:
                Task {
                    let value = await make()
                    let size = cost(value)
                    let waiting = self.state.withLock { state in
                        // Made for an older version than the cache holds now: hand it out, keep it not.
                        if state.version == version {
                            state.store(key, value, cost: size, budget: self.budget)
                        }
                        return state.waiting.removeValue(forKey: flight) ?? []
                    }
                    for client in waiting { client.resume(returning: value) }
                }
            }
        }
    }
}
