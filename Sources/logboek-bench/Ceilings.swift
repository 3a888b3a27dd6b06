import Foundation
import Ledger
import Sodium
import Synchronization

/// The machine's own limits, measured in the same run: what Logboek's figures are divided by.
enum Ceilings {
    /// The message an event signature covers: context, separator and a 32-byte hash.
    static let eventMessage = Array("logboek/event/v1".utf8) + [0] + [UInt8](repeating: 0xAB, count: 32)

    /// Raw libsodium Ed25519 signatures per second on one core.
    static func signRate(seconds: Double) -> Double {
        let key = Ed25519SigningKey()
        return Stopwatch.rate(seconds: seconds) { _ = key.signature(for: eventMessage) }
    }

    /// Raw libsodium Ed25519 verifications per second on one core.
    static func verifyRate(seconds: Double) -> Double {
        let key = Ed25519SigningKey()
        let signature = key.signature(for: eventMessage)
        return Stopwatch.rate(seconds: seconds) {
            precondition(key.publicKey.isValidSignature(signature, for: eventMessage))
        }
    }

    /// Raw libsodium Ed25519 verifications per second with `threads` threads verifying at once: what the
    /// machine's cores deliver together at this moment (on a shared host, less than one core's rate × cores).
    static func parallelVerifyRate(seconds: Double, threads: Int) -> Double {
        let key = Ed25519SigningKey()
        let publicKey = key.publicKey
        let signature = key.signature(for: eventMessage)
        let rates = Mutex([Double]())
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let rate = Stopwatch.rate(seconds: seconds) {
                precondition(publicKey.isValidSignature(signature, for: eventMessage))
            }
            rates.withLock { $0.append(rate) }
        }
        return rates.withLock { $0.reduce(0, +) }
    }

    /// Raw 512-byte appends, each followed by `fdatasync`, per second, in `directory`; with `signing`,
    /// each record is preceded by one Ed25519 signature (what any signed, durable log must do at least).
    static func appendSyncRate(in directory: URL, seconds: Double, signing: Bool = false) throws -> Double {
        let file = directory.appendingPathComponent("raw-append.bin")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let record = Data(repeating: 0x61, count: 511) + Data([0x0A])
        let key = Ed25519SigningKey()
        var failure: (any Error)?
        let rate = Stopwatch.rate(seconds: seconds) {
            if signing { _ = key.signature(for: eventMessage) }
            do {
                try handle.seekToEnd()
                try handle.write(contentsOf: record)
                precondition(fdatasync(handle.fileDescriptor) == 0, "fdatasync failed")
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return rate
    }
}
