import Dispatch
import Foundation
import Synchronization

/// Checks a batch of items in the background, on the workers of a queue, and remembers the lowest index
/// that failed.
///
/// The verifier hands one batch's signatures to a `BackgroundCheck` and goes on reading and chaining the
/// next batch meanwhile, so the sequential part of verification overlaps the signature checks. All batches
/// of one verification share one queue whose width is the verifier's `concurrency`, so no more checks
/// than that ever run at once.
final class BackgroundCheck: Sendable {
    private let group = DispatchGroup()
    private let lowestFailure = Mutex<Int?>(nil)

    /// A queue that runs at most `concurrency` checks at once.
    /// - Parameter concurrency: The number of workers (at least 1).
    /// - Returns: The queue to hand to every ``init(_:on:_:)`` of one verification.
    static func workers(_ concurrency: Int) -> OperationQueue {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, concurrency)
        return queue
    }

    /// Starts checking `items` with `passes` on `queue`; returns at once.
    /// - Parameters:
    ///   - items: The inputs.
    ///   - queue: The workers (see ``workers(_:)``).
    ///   - passes: A pure test of one item.
    init<Item: Sendable>(_ items: [Item], on queue: OperationQueue, _ passes: @escaping @Sendable (Item) -> Bool) {
        let chunkSize = Parallel.chunkSize
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let range = start..<min(items.count, start + chunkSize)
            group.enter()
            queue.addOperation { [self] in
                defer { group.leave() }
                guard let failed = items[range].firstIndex(where: { !passes($0) }) else { return }
                lowestFailure.withLock { $0 = min($0 ?? failed, failed) }
            }
        }
    }

    /// Waits until every item is checked.
    /// - Returns: The lowest index whose check failed, or `nil` if all passed.
    func wait() -> Int? {
        group.wait()
        return lowestFailure.withLock { $0 }
    }
}
