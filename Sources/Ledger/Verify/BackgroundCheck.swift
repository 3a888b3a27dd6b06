import Dispatch
import Synchronization

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
