import Dispatch
import Foundation
@testable import Sodium
import Synchronization
import Testing
@testable import Ledger

/// The witness exists to prevent a split view: it must never cosign both sides of a fork, not even when
/// two cosignings run at the same moment.
@Suite("Witness lock")
struct WitnessLockTests {
    @Test("Two conflicting checkpoints cosigned at once: never both succeed")
    func racingForks() throws {
        let folder = try TemporaryFolder.make()
        let passphrase = try SecretBytes(copying: "getuige-geheim")
        let witness = try Witness.create(at: folder, name: "inspectie.example/witness", passphrase: passphrase)
        let logKey = try TestLogbook.key(for: "dir.jansen")
        let bothCosigned = Atomic<Int>(0)
        for round in 0..<50 {
            let origin = "logboek.invalid/race\(round)"
            let verifierKey = try NoteVerifierKey(name: origin, type: NoteVerifierKey.ed25519, publicKey: logKey.publicKey)
            let forks = try [0x01, 0x02].map { fill in
                try SignedCheckpoint(signing: Checkpoint(origin: origin, size: 5, root: [UInt8](repeating: fill, count: 32)), with: logKey)
            }
            let notes = forks.map(\.note.bytes)
            let successes = Atomic<Int>(0)
            let ready = Atomic<Int>(0)
            let done = DispatchSemaphore(value: 0)
            for side in 0..<2 {
                Thread.detachNewThread {
                    defer { done.signal() }
                    // Each side opens its own copy of the witness key (keys are not shared across threads),
                    // then both start together.
                    let key = try? Ed25519SigningKey(seed: SHA256.hash(Array("witness".utf8)))
                    let fork = try? SignedCheckpoint(parsing: notes[side])
                    ready.add(1, ordering: .sequentiallyConsistent)
                    while ready.load(ordering: .sequentiallyConsistent) < 2 {}
                    guard let key, let fork else { return }
                    let cosigned = try? witness.cosign(
                        fork, proof: { _ in [] }, logKey: verifierKey, signingKey: key, clock: FixedClock(Timestamp(millisecondsSinceEpoch: 0)),
                        lockTimeout: 30)
                    if cosigned != nil { successes.add(1, ordering: .relaxed) }
                }
            }
            done.wait()
            done.wait()
            #expect(successes.load(ordering: .relaxed) == 1, "round \(round)")
            if successes.load(ordering: .relaxed) > 1 { bothCosigned.add(1, ordering: .relaxed) }
        }
        #expect(bothCosigned.load(ordering: .relaxed) == 0)
    }
}
