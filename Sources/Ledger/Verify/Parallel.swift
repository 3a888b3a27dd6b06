import Dispatch
import Synchronization

/// Runs a pure transform over items on several cores and returns the results in order.
enum Parallel {
    /// Maps `items` with `transform` on up to `concurrency` cores.
    /// - Parameters:
    ///   - items: The inputs.
    ///   - concurrency: How many cores to use (1 runs inline).
    ///   - transform: A pure function of one item.
    /// - Returns: The results, in the order of `items`.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int, _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let stripes = max(1, min(concurrency, items.count / 64))
        guard stripes > 1 else { return items.map(transform) }
        let parts = Mutex<[[Result]]>(Array(repeating: [], count: stripes))
        let stripeLength = (items.count + stripes - 1) / stripes
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            let range = (stripe * stripeLength)..<min(items.count, (stripe + 1) * stripeLength)
            let results = items[range].map(transform)
            parts.withLock { $0[stripe] = results }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}
