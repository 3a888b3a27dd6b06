import Foundation
import Ledger
import Sodium
import Synchronization

/// The machine's own limits, measured in the same run: what Logboek's figures are divided by.
enum Ceilings {
    /// The message an event signature covers: context, separator and a 32-byte hash.
    static let eventMessage = Event.signingMessage(for: [UInt8](repeating: 0xAB, count: Event.hashLength))

    /// Raw libsodium Ed25519 signatures per second on one core.
    static func signRate(seconds: Double) -> Double {
        let key = Ed25519SigningKey()
        return Stopwatch.rate(seconds: seconds) { _ = key.signature(for: eventMessage) }
    }

    /// Distinct event messages and their signatures by one key, as a log holds them.
    ///
    /// Verification is variable-time: checking one signature over and over lets the CPU learn its branches,
    /// which makes libsodium about 4% faster than on the distinct signatures of a real log. The verify
    /// ceilings therefore cycle through 4 096 different signatures (more than a branch predictor holds).
    struct SignedMessages: Sendable {
        let publicKey: Ed25519PublicKey
        let messages: [[UInt8]]
        let signatures: [[UInt8]]

        init(count: Int = 4096) {
            let key = Ed25519SigningKey()
            publicKey = key.publicKey
            messages = (0..<count).map { index in
                Event.signingMessage(for: SHA256.hash(Array("event \(index)".utf8)))
            }
            signatures = messages.map { key.signature(for: $0) }
        }

        /// Verifies the `index`-th signature (cycling), which must hold.
        func verify(_ index: Int) {
            let slot = index % messages.count
            precondition(publicKey.isValidSignature(signatures[slot], for: messages[slot]))
        }
    }

    /// Raw libsodium Ed25519 verifications per second on one core, each of a different signature.
    static func verifyRate(seconds: Double, of signed: SignedMessages) -> Double {
        var index = 0
        return Stopwatch.rate(seconds: seconds) {
            signed.verify(index)
            index += 1
        }
    }

    /// Raw libsodium Ed25519 verifications per second on one core, of one signature repeated: the
    /// flattering figure, reported for comparison only.
    static func repeatedVerifyRate(seconds: Double) -> Double {
        let key = Ed25519SigningKey()
        let signature = key.signature(for: eventMessage)
        return Stopwatch.rate(seconds: seconds) {
            precondition(key.publicKey.isValidSignature(signature, for: eventMessage))
        }
    }

    /// Raw libsodium Ed25519 verifications per second with `threads` threads verifying distinct signatures
    /// at once: what the machine's cores deliver together at this moment (on a shared host, less than one
    /// core's rate × cores).
    static func parallelVerifyRate(seconds: Double, threads: Int, of signed: SignedMessages) -> Double {
        let rates = Mutex([Double]())
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var index = thread * signed.messages.count / threads
            let rate = Stopwatch.rate(seconds: seconds) {
                signed.verify(index)
                index += 1
            }
            rates.withLock { $0.append(rate) }
        }
        return rates.withLock { $0.reduce(0, +) }
    }

    /// What is done for each record before it is written, in the append+`fdatasync` ceilings.
    enum RecordWork {
        /// Nothing: the disk's own rate.
        case none
        /// One Ed25519 signature: what any signed, durable log must do at least.
        case signature
        /// Two SHA-256 hashes of 256 bytes and one signature: what a signed log whose records carry a
        /// payload digest and a chained hash must do at least (the floor of a Logboek append).
        case hashesAndSignature
    }

    /// Raw 512-byte appends, each followed by `fdatasync`, per second, in `directory`, with `work` done for
    /// each record before it is written.
    static func appendSyncRate(in directory: URL, seconds: Double, work: RecordWork = .none) throws -> Double {
        let file = directory.appendingPathComponent("raw-append.bin")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let record = Data(repeating: 0x61, count: 511) + Data([0x0A])
        let key = Ed25519SigningKey()
        let half = [UInt8](repeating: 0x62, count: 256)
        var failure: (any Error)?
        let rate = Stopwatch.rate(seconds: seconds) {
            switch work {
            case .none: break
            case .signature: _ = key.signature(for: eventMessage)
            case .hashesAndSignature: _ = key.signature(for: Event.signingMessage(for: SHA256.hash(half + SHA256.hash(half))))
            }
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
