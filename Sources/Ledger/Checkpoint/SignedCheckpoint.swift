import Sodium

/// A checkpoint with its signed note, as it travels in a checkpoint file.
public struct SignedCheckpoint: Sendable, Equatable {
    /// The checkpoint.
    public let checkpoint: Checkpoint
    /// The note: the checkpoint body and its signatures (the log's, and any cosignatures).
    public var note: SignedNote

    /// Reads a checkpoint file.
    /// - Parameter bytes: The file's bytes.
    /// - Throws: ``ProofError/malformed(_:)`` unless they are a signed checkpoint.
    public init(parsing bytes: [UInt8]) throws(ProofError) {
        note = try SignedNote(parsing: bytes)
        checkpoint = try Checkpoint(body: note.text)
    }

    /// A checkpoint signed by the log's key, whose key name is the origin.
    /// - Parameters:
    ///   - checkpoint: The checkpoint.
    ///   - key: The log's signing key.
    /// - Throws: ``ProofError/malformed(_:)`` for an origin a note cannot carry as a key name.
    public init(signing checkpoint: Checkpoint, with key: Ed25519SigningKey) throws(ProofError) {
        self.checkpoint = checkpoint
        note = SignedNote(text: checkpoint.body, signatures: [])
        try note.sign(with: key, name: checkpoint.origin)
    }

    /// Checks the log's signature under `key`, whose name must be the checkpoint's origin.
    /// - Parameter key: The log's verifier key.
    /// - Throws: ``ProofError/badSignature(_:)``.
    public func verifyLogSignature(_ key: NoteVerifierKey) throws(ProofError) {
        guard key.type == NoteVerifierKey.ed25519, key.name == checkpoint.origin else {
            throw .badSignature("the key '\(key.name)' is not a log key for the origin '\(checkpoint.origin)'")
        }
        try note.verify(key)
    }
}
