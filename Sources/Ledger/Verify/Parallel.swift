import Dispatch
import Synchronization

/// Runs pure work over items on all cores, in small chunks so that cores finishing early take more.
enum Parallel {
    /// Items per chunk of work.
    static let chunkSize = 64

    /// Maps `items` with `transform` on up to `concurrency` cores and returns the results in order.
    /// - Parameters:
    ///   - items: The inputs.
    ///   - concurrency: How many cores to use (1 runs inline).
    ///   - transform: A pure function of one item.
    /// - Returns: The results, in the order of `items`.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int, _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let chunks = (items.count + chunkSize - 1) / chunkSize
        guard concurrency > 1, chunks > 1 else { return items.map(transform) }
        let parts = Mutex<[[Result]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
            let results = items[range].map(transform)
            parts.withLock { $0[chunk] = results }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}

/// Checks a batch of items in the background, on all cores, and remembers the lowest index that failed.
///
/// The verifier hands one batch's signatures to a `BackgroundCheck` and goes on reading and chaining the
/// next batch meanwhile, so the sequential part of verification overlaps the signature checks.
final class BackgroundCheck: Sendable {
    private let group = DispatchGroup()
    private let lowestFailure = Mutex<Int?>(nil)

    /// Starts checking `items` with `passes`; returns at once.
    /// - Parameters:
    ///   - items: The inputs.
    ///   - passes: A pure test of one item.
    init<Item: Sendable>(_ items: [Item], _ passes: @escaping @Sendable (Item) -> Bool) {
        let chunkSize = Parallel.chunkSize
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let range = start..<min(items.count, start + chunkSize)
            DispatchQueue.global().async(group: group) { [self] in
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
