import Foundation
import Synchronization
import Testing

@testable import ClaimsCLI

@Suite("Bounded queue between ingest threads")
struct BoundedQueueTests {
    @Test("items come out in the order they went in, and nil once closed and drained")
    func order() {
        let queue = BoundedQueue<Int>(capacity: 4)
        for value in 1...4 { #expect(queue.push(value)) }
        queue.close()
        #expect(!queue.push(5))
        #expect(!queue.isFinished)
        var out: [Int] = []
        while let value = queue.pop() { out.append(value) }
        #expect(out == [1, 2, 3, 4])
        #expect(queue.isFinished)
        #expect(queue.pop() == nil)
        #expect(queue.tryPop() == nil)
    }

    @Test("a full queue holds its producer back until a consumer takes an item")
    func bounded() {
        let queue = BoundedQueue<Int>(capacity: 2)
        let pushed = Atomic<Int>(0)
        let producer = Thread {
            for value in 0..<3 {
                queue.push(value)
                pushed.add(1, ordering: .sequentiallyConsistent)
            }
        }
        producer.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(pushed.load(ordering: .sequentiallyConsistent) == 2)
        #expect(queue.pop() == 0)
        #expect(queue.pop(timeout: 5) == 1)
        #expect(queue.pop(timeout: 5) == 2)
        #expect(pushed.load(ordering: .sequentiallyConsistent) == 3)
        #expect(queue.pop(timeout: 0.05) == nil)
    }

    @Test("closing wakes every waiting consumer and producer")
    func closeWakesWaiters() {
        let empty = BoundedQueue<Int>(capacity: 1)
        let full = BoundedQueue<Int>(capacity: 1)
        full.push(0)
        let woken = Atomic<Int>(0)
        var threads: [Thread] = []
        for _ in 0..<3 {
            threads.append(
                Thread {
                    if empty.pop() == nil { woken.add(1, ordering: .sequentiallyConsistent) }
                })
            threads.append(
                Thread {
                    if !full.push(1) { woken.add(1, ordering: .sequentiallyConsistent) }
                })
        }
        threads.forEach { $0.start() }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(woken.load(ordering: .sequentiallyConsistent) == 0)
        empty.close()
        full.close()
        let deadline = Date(timeIntervalSinceNow: 5)
        while woken.load(ordering: .sequentiallyConsistent) < 6 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(woken.load(ordering: .sequentiallyConsistent) == 6)
        #expect(full.pop() == 0)
        #expect(full.pop() == nil)
    }

    @Test("many producers and consumers pass every item exactly once")
    func manyThreads() {
        let queue = BoundedQueue<Int>(capacity: 3)
        let sum = Atomic<Int>(0)
        let taken = Atomic<Int>(0)
        let producersLeft = Atomic<Int>(4)
        var threads: [Thread] = []
        for producer in 0..<4 {
            threads.append(
                Thread {
                    for value in 0..<500 { queue.push(producer * 1000 + value) }
                    if producersLeft.subtract(1, ordering: .sequentiallyConsistent).newValue == 0 {
                        queue.close()
                    }
                })
        }
        let consumersLeft = Atomic<Int>(3)
        for _ in 0..<3 {
            threads.append(
                Thread {
                    while let value = queue.pop() {
                        sum.add(value, ordering: .sequentiallyConsistent)
                        taken.add(1, ordering: .sequentiallyConsistent)
                    }
                    consumersLeft.subtract(1, ordering: .sequentiallyConsistent)
                })
        }
        threads.forEach { $0.start() }
        let deadline = Date(timeIntervalSinceNow: 20)
        while consumersLeft.load(ordering: .sequentiallyConsistent) > 0 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(consumersLeft.load(ordering: .sequentiallyConsistent) == 0)
        #expect(taken.load(ordering: .sequentiallyConsistent) == 2000)
        let expected = (0..<4).reduce(0) { $0 + $1 * 1000 * 500 + (0..<500).reduce(0, +) }
        #expect(sum.load(ordering: .sequentiallyConsistent) == expected)
    }
}
