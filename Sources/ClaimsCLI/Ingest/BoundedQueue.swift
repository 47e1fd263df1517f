import Dispatch
import Synchronization

/// A first-in first-out queue between threads that blocks producers when full, so a fast reader
/// never holds more than `capacity` items in memory ahead of a slower stage.
///
/// Two semaphores count the free slots and the waiting items; the items themselves sit behind a
/// `Mutex`, so the compiler checks that the queue is safe to share.
final class BoundedQueue<Element: Sendable>: Sendable {
    private struct State {
        var items: [Element] = []
        var head = 0
        var closed = false
    }

    private let state = Mutex(State())
    /// One signal per free slot; a producer waits on it before adding.
    private let slots = DispatchSemaphore(value: 0)
    /// One signal per item added, and one more at `close()` that each consumer finding the
    /// queue drained passes on, so every waiter wakes.
    private let available = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        precondition(capacity > 0)
        // Raised from zero rather than created at `capacity`: libdispatch traps when a semaphore
        // is freed below its initial value, which a queue closed while full would be.
        for _ in 0..<capacity { slots.signal() }
    }

    /// Adds `item`, waiting while the queue is full; returns `false` if the queue was closed.
    @discardableResult
    func push(_ item: Element) -> Bool {
        slots.wait()
        let added = state.withLock { state in
            guard !state.closed else { return false }
            state.items.append(item)
            return true
        }
        if added {
            available.signal()
        } else {
            slots.signal()  // wakes the next producer waiting on a closed queue
        }
        return added
    }

    /// The next item, waiting while the queue is empty; `nil` once it is closed and drained.
    func pop() -> Element? {
        available.wait()
        return take()
    }

    /// The next item if one is waiting now, else `nil`.
    func tryPop() -> Element? {
        available.wait(timeout: .now()) == .success ? take() : nil
    }

    /// Waits up to `seconds` for an item.
    func pop(timeout seconds: Double) -> Element? {
        available.wait(timeout: .now() + seconds) == .success ? take() : nil
    }

    /// Whether the queue is closed and nothing is left in it.
    var isFinished: Bool {
        state.withLock { $0.closed && $0.head == $0.items.count }
    }

    /// No more items will come; waiting consumers wake up and drain what is left, and waiting
    /// producers return `false`.
    func close() {
        let wasOpen = state.withLock { state in
            defer { state.closed = true }
            return !state.closed
        }
        guard wasOpen else { return }
        available.signal()
        slots.signal()
    }

    /// Takes the head item after a signal of `available`; on a closed, drained queue passes the
    /// signal on to the next waiting consumer and returns `nil`.
    private func take() -> Element? {
        let item: Element? = state.withLock { state in
            guard state.head < state.items.count else { return nil }
            let item = state.items[state.head]
            state.head += 1
            if state.head > 64 && state.head * 2 > state.items.count {
                state.items.removeFirst(state.head)
                state.head = 0
            }
            return item
        }
        if item == nil {
            available.signal()
        } else {
            slots.signal()
        }
        return item
    }
}
