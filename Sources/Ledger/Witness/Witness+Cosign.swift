import Foundation
import Sodium

extension Witness {
    /// What the witness remembers about one log.
    struct Pinned {
        let logKey: NoteVerifierKey
        let last: Checkpoint?
    }

    /// Checks a checkpoint and, if it is consistent with the last one cosigned for its origin, cosigns it
    /// and remembers it (the state file is replaced atomically).
    ///
    /// The witness's lock (`lock` in its folder) is held from reading the pinned state to writing the new
    /// one, so two cosignings at once can never each cosign one side of a fork.
    /// - Parameters:
    ///   - signed: The log's signed checkpoint.
    ///   - proof: The consistency proof from the last cosigned checkpoint's size to this one's (ignored
    ///     on the first checkpoint of an origin).
    ///   - logKey: The log's verifier key: required the first time for an origin, then it must match the pinned one.
    ///   - passphrase: The witness key's passphrase.
    ///   - clock: The time written in the cosignature.
    ///   - lockTimeout: Seconds to wait for another cosigning of this witness to finish.
    /// - Returns: The checkpoint with the witness's cosignature added.
    /// - Throws: ``ProofError/witnessRefused(_:)``, ``ProofError/badSignature(_:)``, a ``ProofError`` from the
    ///   consistency proof, or a ``LedgerError`` for the key, the lock or the files.
    public func cosign(
        _ signed: SignedCheckpoint, proof: [[UInt8]], logKey: NoteVerifierKey?, passphrase: SecretBytes, clock: any WallClock,
        lockTimeout: Double = 30
    ) throws -> SignedCheckpoint {
        let signingKey = try KeyStore(layout: LogbookLayout(directory: directory)).signingKey(for: Self.keyOwner, passphrase: passphrase)
        return try cosign(signed, proof: { _ in proof }, logKey: logKey, signingKey: signingKey, clock: clock, lockTimeout: lockTimeout)
    }

    /// Opens the witness's key.
    /// - Parameter passphrase: Its passphrase.
    /// - Returns: The signing key.
    /// - Throws: ``LedgerError/wrongPassphrase(actor:)`` or an I/O error.
    public func signingKey(passphrase: SecretBytes) throws -> Ed25519SigningKey {
        try KeyStore(layout: LogbookLayout(directory: directory)).signingKey(for: Self.keyOwner, passphrase: passphrase)
    }

    /// Cosigns with the witness's opened key, holding the witness's lock throughout; `proof` is asked, under
    /// the lock, for the consistency proof from the last checkpoint cosigned (never for the first one).
    func cosign(
        _ signed: SignedCheckpoint, proof: (Checkpoint) throws -> [[UInt8]], logKey: NoteVerifierKey?, signingKey: Ed25519SigningKey,
        clock: any WallClock, lockTimeout: Double
    ) throws -> SignedCheckpoint {
        let lock = try FileLock(file: lockFile, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        let checkpoint = signed.checkpoint
        let pinned = try self.pinned(checkpoint.origin)
        if let pinned, let logKey, pinned.logKey != logKey {
            throw ProofError.witnessRefused("this witness pinned another key for \(checkpoint.origin): \(pinned.logKey.text)")
        }
        guard let key = pinned?.logKey ?? logKey else {
            throw ProofError.witnessRefused("this witness has no key for \(checkpoint.origin) yet: pass the log's verifier key")
        }
        try signed.verifyLogSignature(key)
        if let last = pinned?.last { try Self.requireExtends(last, by: checkpoint, proof: try Self.proof(from: last, to: checkpoint, proof)) }
        var cosigned = signed
        try cosigned.note.cosign(with: signingKey, name: name, seconds: UInt64(max(0, clock.now().millisecondsSinceEpoch / 1000)))
        try remember(Pinned(logKey: key, last: checkpoint))
        return cosigned
    }

    /// The consistency proof `make` gives, or (for a smaller checkpoint, refused next) none; a proof that
    /// cannot be made (a missing or damaged tile) is a refusal.
    private static func proof(from last: Checkpoint, to checkpoint: Checkpoint, _ make: (Checkpoint) throws -> [[UInt8]]) throws -> [[UInt8]] {
        guard last.size <= checkpoint.size, last.size > 0 else { return [] }
        do {
            return try make(last)
        } catch {
            throw ProofError.witnessRefused(
                "no consistency proof from the size \(last.size) cosigned before to \(checkpoint.size) can be read: \(ErrorSummary(error).message)")
        }
    }

    /// Refuses a checkpoint smaller than, or not proven consistent with, the last one cosigned.
    private static func requireExtends(_ last: Checkpoint, by checkpoint: Checkpoint, proof: [[UInt8]]) throws {
        guard checkpoint.size >= last.size else {
            throw ProofError.witnessRefused("the checkpoint has \(checkpoint.size) events, fewer than the \(last.size) cosigned before")
        }
        do {
            try MerkleProof.verifyConsistency(
                oldSize: last.size, newSize: checkpoint.size, proof: proof, oldRoot: last.root, newRoot: checkpoint.root)
        } catch {
            throw ProofError.witnessRefused(
                "the checkpoint of size \(checkpoint.size) is not proven consistent with the one of size \(last.size) cosigned before: \(error.message)")
        }
    }

    /// The pinned key and last cosigned checkpoint of an origin, if any.
    func pinned(_ origin: String) throws -> Pinned? {
        let file = originFile(origin)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        guard let object = (try? CanonicalJSON.parse(try FileSystem.read(file)))?.objectValue,
              let keyText = object["logKey"]?.stringValue, let body = object["checkpoint"]?.stringValue
        else { throw ProofError.malformed("the witness state \(file.path) is damaged") }
        return Pinned(logKey: try NoteVerifierKey(text: keyText), last: try Checkpoint(body: body))
    }

    private func remember(_ pinned: Pinned) throws {
        guard let last = pinned.last else { return }
        let file = originFile(last.origin)
        try FileSystem.createDirectory(file.deletingLastPathComponent())
        let state = JSONValue.object([
            "v": .integer(1), "origin": .string(last.origin), "logKey": .string(pinned.logKey.text), "checkpoint": .string(last.body),
        ])
        try FileSystem.writeAtomically(CanonicalJSON.encode(state) + [0x0A], to: file, replacing: true, permissions: 0o644)
    }
}
