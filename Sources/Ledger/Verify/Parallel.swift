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
