import Foundation

/// A first-in first-out queue between threads that blocks producers when full, so a fast reader
/// never holds more than `capacity` items in memory ahead of a slower stage.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Adds `item`, waiting while the queue is full; returns `false` if the queue was closed.
    @discardableResult
    func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        guard !closed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting while the queue is empty; `nil` once it is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        return take()
    }

    /// The next item if one is waiting now, else `nil`.
    func tryPop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        return take()
    }

    /// Waits up to `seconds` for an item.
    func pop(timeout seconds: Double) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while head == items.count && !closed {
            if !condition.wait(until: deadline) { break }
        }
        return take()
    }

    /// Whether the queue is closed and nothing is left in it.
    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed && head == items.count
    }

    /// No more items will come; waiting consumers wake up and drain what is left.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func take() -> Element? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
