import Synchronization
import Testing
@testable import Ledger

/// Signature checks run on at most the verifier's `concurrency` workers, across all batches at once.
@Suite("Background checks")
struct BackgroundCheckTests {
    /// Runs three batches at once on `concurrency` workers and returns the most checks seen running together.
    private func mostAtOnce(concurrency: Int) -> Int {
        let running = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        let workers = BackgroundCheck.workers(concurrency)
        let checks = (0..<3).map { _ in
            BackgroundCheck(Array(0..<(Parallel.chunkSize * 8)), on: workers) { item in
                let now = running.add(1, ordering: .sequentiallyConsistent).newValue
                _ = most.max(now, ordering: .sequentiallyConsistent)
                var spin = item
                for step in 0..<2_000 { spin = spin &* 31 &+ step }
                running.subtract(1, ordering: .sequentiallyConsistent)
                return spin != -1 || item >= 0
            }
        }
        for check in checks { #expect(check.wait() == nil) }
        return most.load(ordering: .sequentiallyConsistent)
    }

    @Test("With concurrency 1 no two checks ever run at once, whatever the number of batches in flight")
    func oneWorker() {
        #expect(mostAtOnce(concurrency: 1) == 1)
    }

    @Test("The lowest failing index is reported")
    func lowestFailure() {
        let check = BackgroundCheck(Array(0..<500), on: BackgroundCheck.workers(2)) { $0 != 77 && $0 != 300 }
        #expect(check.wait() == 77)
    }
}
