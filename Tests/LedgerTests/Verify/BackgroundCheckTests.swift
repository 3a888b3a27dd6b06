import Testing
@testable import Ledger

/// Signature checks run on at most the verifier's `concurrency` workers, shared by every batch in flight.
@Suite("Background checks")
struct BackgroundCheckTests {
    @Test("The workers' width is the verifier's concurrency (at least 1)", arguments: [0, 1, 2, 7])
    func width(concurrency: Int) {
        #expect(BackgroundCheck.workers(concurrency).maxConcurrentOperationCount == max(1, concurrency))
    }

    @Test("The lowest failing index is reported, on one worker or several", arguments: [1, 2])
    func lowestFailure(concurrency: Int) {
        let workers = BackgroundCheck.workers(concurrency)
        let check = BackgroundCheck(Array(0..<500), on: workers) { $0 != 77 && $0 != 300 }
        let clean = BackgroundCheck(Array(0..<500), on: workers) { _ in true }
        #expect(check.wait() == 77)
        #expect(clean.wait() == nil)
    }
}
