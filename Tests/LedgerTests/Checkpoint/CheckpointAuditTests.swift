import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// A checkpoint without `--key` holds when a key an administrator held at the checkpoint's size signed it:
/// a rotation afterwards does not make it a false alarm, and a key revoked or rotated away by then does
/// not sign it.
@Suite("Checkpoint audit")
struct CheckpointAuditTests {
    /// A checkpoint of the log's first `size` events, signed with `key`.
    private func checkpoint(_ logbook: TestLogbook, size: Int, signedBy key: Ed25519SigningKey) throws -> SignedCheckpoint {
        let hashes = try logbook.lines.prefix(size).map { try Forge.event($0).hash }
        var accumulator = TreeHashAccumulator()
        for hash in hashes { accumulator.append(hash) }
        let origin = LogOrigin.of(genesisHash: try #require(hashes.first))
        return try SignedCheckpoint(signing: Checkpoint(origin: origin, size: size, root: accumulator.root), with: key)
    }

    /// The audit's problem code for each checkpoint, smallest first (`nil` where it holds).
    private func codes(_ logbook: TestLogbook, _ checkpoints: [SignedCheckpoint]) throws -> [String?] {
        let outcome = try CheckpointAudit.verify(
            logAt: logbook.layout.log, checkpoints: checkpoints.map { ("size-\($0.checkpoint.size)", $0) }, key: nil, witnesses: [])
        #expect(outcome.report.isValid)
        return outcome.verdicts.map { $0.problem?.code }
    }

    @Test("A checkpoint signed before the administrator rotated their key still holds; the old key signs none after it")
    func rotation() throws {
        let logbook = try TestLogbook(notes: 2)
        let oldKey = try TestLogbook.key(for: "dir.jansen")
        let before = try checkpoint(logbook, size: 6, signedBy: oldKey)
        let newKey = try Ed25519SigningKey(seed: [UInt8](repeating: 7, count: 32))
        try logbook.writer().append([EventDraft(.keyRotated(actor: "dir.jansen", publicKey: newKey.publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "rotated").publicKey))], author: "dir.jansen", signingKey: oldKey)
        try logbook.note(by: "lk.bakker", text: "na de rotatie")
        let afterWithOld = try checkpoint(logbook, size: 8, signedBy: oldKey)
        let afterWithNew = try checkpoint(logbook, size: 8, signedBy: newKey)
        let rotationItself = try checkpoint(logbook, size: 7, signedBy: newKey)
        #expect(try codes(logbook, [before, rotationItself]) == [nil, nil])
        #expect(try codes(logbook, [afterWithOld]) == ["bad-checkpoint-signature"])
        #expect(try codes(logbook, [afterWithNew]) == [nil])
    }

    @Test("A revoked administrator's key signs checkpoints up to the revocation, none after it")
    func revocation() throws {
        let logbook = try TestLogbook(notes: 1)
        try logbook.enrol("dir.tweede", name: "K. Tweede", roles: [.directeur], admin: true)
        let secondKey = try TestLogbook.key(for: "dir.tweede")
        try logbook.append(EventDraft(.actorRevoked(actor: "dir.tweede", reason: "vertrokken")), by: "dir.jansen")
        try logbook.note(by: "lk.bakker", text: "na de intrekking")
        let size = try logbook.lines.count
        #expect(try codes(logbook, [try checkpoint(logbook, size: size - 2, signedBy: secondKey)]) == [nil])
        #expect(try codes(logbook, [try checkpoint(logbook, size: size - 1, signedBy: secondKey)]) == ["bad-checkpoint-signature"])
        #expect(try codes(logbook, [try checkpoint(logbook, size: size, signedBy: secondKey)]) == ["bad-checkpoint-signature"])
        #expect(try codes(logbook, [try checkpoint(logbook, size: 5, signedBy: secondKey)]) == ["bad-checkpoint-signature"])
    }

    @Test("A teacher's key never signs a checkpoint")
    func notAnAdministrator() throws {
        let logbook = try TestLogbook(notes: 2)
        #expect(try codes(logbook, [try checkpoint(logbook, size: 6, signedBy: try TestLogbook.key(for: "lk.bakker"))]) == ["bad-checkpoint-signature"])
    }
}
