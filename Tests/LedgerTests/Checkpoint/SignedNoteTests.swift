import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Signed notes and checkpoints against the C2SP reference vector (Go `sumdb/note`, PeterNeumann).
@Suite("Signed notes and checkpoints")
struct SignedNoteTests {
    static let verifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let note = """
        If you think cryptography is the answer to your problem,
        then you don't know what your problem is.

        — PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=

        """

    @Test("The reference note parses, verifies under its key, and is written back byte for byte")
    func referenceNote() throws {
        let key = try NoteVerifierKey(text: Self.verifierKey)
        #expect(key.text == Self.verifierKey)
        let note = try SignedNote(parsing: Array(Self.note.utf8))
        try note.verify(key)
        #expect(note.bytes == Array(Self.note.utf8))
        let tampered = try SignedNote(parsing: Array(Self.note.replacingOccurrences(of: "answer", with: "answers").utf8))
        #expect(throws: ProofError.badSignature("")) { try tampered.verify(key) }
    }

    @Test("A verifier key whose key ID does not match its key is refused")
    func wrongKeyID() {
        #expect(throws: ProofError.malformed("")) { try NoteVerifierKey(text: Self.verifierKey.replacingOccurrences(of: "c74f20a3", with: "c74f20a4")) }
    }

    @Test("A cosignature verifies under the witness key, with its time, and not after the checkpoint changes")
    func cosignature() throws {
        let log = try Ed25519SigningKey(seed: [UInt8](repeating: 1, count: 32))
        let witness = try Ed25519SigningKey(seed: [UInt8](repeating: 2, count: 32))
        let checkpoint = try Checkpoint(origin: "logboek.invalid/0011223344556677", size: 5, root: [UInt8](repeating: 3, count: 32))
        var signed = try SignedCheckpoint(signing: checkpoint, with: log)
        try signed.note.cosign(with: witness, name: "inspectie.example/w", seconds: 1_795_000_000)
        let reread = try SignedCheckpoint(parsing: signed.note.bytes)
        #expect(reread.checkpoint == checkpoint)
        try reread.verifyLogSignature(try NoteVerifierKey(name: checkpoint.origin, type: NoteVerifierKey.ed25519, publicKey: log.publicKey))
        let witnessKey = try NoteVerifierKey(name: "inspectie.example/w", type: NoteVerifierKey.cosignatureV1, publicKey: witness.publicKey)
        #expect(try reread.note.verify(witnessKey) == 1_795_000_000)
        let message = SignedNote.cosignedMessage(checkpoint.body, seconds: 1_795_000_000)
        #expect(String(decoding: message, as: UTF8.self) == "cosignature/v1\ntime 1795000000\n" + checkpoint.body)
        let other = SignedNote(text: try Checkpoint(origin: checkpoint.origin, size: 6, root: checkpoint.root).body, signatures: reread.note.signatures)
        #expect(throws: ProofError.badSignature("")) { try other.verify(witnessKey) }
    }
}
