import Foundation
import Synchronization
import Testing
@testable import Ledger

/// The writers' lock: a waiter gives up only when the holder stops making progress.
@Suite("File lock")
struct FileLockTests {
    @Test("A waiter keeps waiting past its timeout while the holder reports progress, and gets the lock when it is released")
    func waitsWhileHolderProgresses() throws {
        let file = try TemporaryFolder.make().appendingPathComponent("write.lock")
        let holder = try FileLock(file: file, timeout: 0)
        let acquired = Mutex<Result<Bool, LedgerError>?>(nil)
        let waiter = Thread {
            let result = Result { () throws(LedgerError) in _ = try FileLock(file: file, timeout: 0.5); return true }
            acquired.withLock { $0 = result }
        }
        waiter.start()
        for _ in 0..<10 {
            usleep(150_000)
            holder.reportProgress()
        }
        #expect(acquired.withLock { $0 } == nil)
        _ = consume holder
        while acquired.withLock({ $0 }) == nil { usleep(10_000) }
        #expect(acquired.withLock { $0 } == .success(true))
    }

    @Test("A waiter fails with locked when the holder makes no progress")
    func failsWithoutProgress() throws {
        let file = try TemporaryFolder.make().appendingPathComponent("write.lock")
        let holder = try FileLock(file: file, timeout: 0)
        #expect(throws: LedgerError.locked(seconds: 0.2)) { try FileLock(file: file, timeout: 0.2) }
        withExtendedLifetime(holder) {}
    }
}
