import Foundation
import Sodium

/// Signs checkpoints of a logbook and keeps them in `checkpoints/<size>.checkpoint`.
///
/// The checkpoint key is an enrolled actor's key: the signer must be an active administrator, and the
/// note's key name is the logbook's ``LogOrigin``. The issuer never signs a checkpoint inconsistent
/// with one it signed before: every kept checkpoint must be a prefix of the log as it is now.
public enum CheckpointIssuer {
    /// Signs a checkpoint of the whole log as it is now, while holding the writers' lock.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - signer: The administrator's actor id.
    ///   - key: The administrator's private key.
    ///   - lockTimeout: Seconds to wait for a writer to finish.
    /// - Returns: The signed checkpoint, the verifier key that checks it, and the file it was kept in.
    /// - Throws: ``LedgerError`` if the signer may not sign or the log cannot be read; ``ProofError/inconsistentLog(_:)``
    ///   if the log no longer extends a checkpoint signed before.
    public static func issue(
        _ layout: LogbookLayout, signer: String, key: Ed25519SigningKey, lockTimeout: Double = 30, rules: (any SigningRules)? = nil
    ) throws -> (checkpoint: SignedCheckpoint, verifierKey: NoteVerifierKey, file: URL) {
        let writer = try LogWriter(opening: layout, lockTimeout: lockTimeout, rules: rules)
        return try issue(on: writer, signer: signer, key: key)
    }

    /// Signs a checkpoint of the whole log as it is now, on a writer that already holds the writers' lock (a
    /// command or request that reads and signs under one lock).
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - signer: The administrator's actor id.
    ///   - key: The administrator's private key.
    /// - Returns: The signed checkpoint, the verifier key that checks it, and the file it was kept in.
    /// - Throws: As ``issue(_:signer:key:lockTimeout:)``.
    public static func issue(
        on writer: LogWriter, signer: String, key: Ed25519SigningKey
    ) throws -> (checkpoint: SignedCheckpoint, verifierKey: NoteVerifierKey, file: URL) {
        let layout = writer.layout
        let state = writer.state
        guard let actor = state.registry.actors[signer], actor.isActiveAdministrator else {
            throw LedgerError.refused(.notAuthorised, "only an active administrator may sign a checkpoint; '\(signer)' is not one")
        }
        guard actor.publicKey == key.publicKey else { throw LedgerError.keyMismatch(actor: signer) }
        let earlier = try signedBefore(layout)
        let index = try HashIndex.open(layout, checkingRootsAt: earlier.map(\.checkpoint.size) + [state.nextSeq])
        guard index.leafCount == state.nextSeq, let last = index.lastLeaf, constantTimeEquals(last, state.headHash) else {
            throw LedgerError.io(operation: "index", path: layout.index.path, reason: "the hash index does not end at the log's head")
        }
        let tree = MerkleTree(index)
        let origin = LogOrigin.of(genesisHash: try index.subtree(level: 0, index: 0))
        for signed in earlier where signed.checkpoint.origin == origin {
            try tree.requireExtends(signed.checkpoint)
        }
        let checkpoint = try Checkpoint(origin: origin, size: state.nextSeq, root: try tree.root(size: state.nextSeq))
        let signed = try SignedCheckpoint(signing: checkpoint, with: key)
        let file = layout.checkpoints.appendingPathComponent("\(checkpoint.size).checkpoint")
        try FileSystem.createDirectory(layout.checkpoints)
        try FileSystem.writeAtomically(signed.note.bytes, to: file, replacing: true, permissions: 0o644)
        return (signed, try NoteVerifierKey(name: origin, type: NoteVerifierKey.ed25519, publicKey: key.publicKey), file)
    }

    /// The checkpoints kept in `checkpoints/`, smallest first.
    /// - Parameter layout: The logbook.
    /// - Returns: The checkpoints.
    /// - Throws: ``ProofError/malformed(_:)`` for a file there that is not a checkpoint, or an I/O error (a
    ///   missing `checkpoints/` is empty; one that cannot be read is an error, never taken as empty).
    public static func signedBefore(_ layout: LogbookLayout) throws -> [SignedCheckpoint] {
        let names = try FileSystem.names(in: layout.checkpoints)
        return try names.filter { $0.hasSuffix(".checkpoint") }.map { name in
            let url = layout.checkpoints.appendingPathComponent(name)
            do {
                return try SignedCheckpoint(parsing: try FileSystem.read(url))
            } catch let error as ProofError {
                throw ProofError.malformed("\(url.path) is not a checkpoint: \(error.message)")
            }
        }.sorted { $0.checkpoint.size < $1.checkpoint.size }
    }
}
