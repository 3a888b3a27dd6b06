import Sodium

/// Consistency proofs from checkpoints to the log a logbook holds now, each checkpoint checked against
/// the log's own tree first, so a proof is never printed for a log that does not extend it.
public enum ConsistencyProver {
    /// The proof that the log (or the later checkpoint `to`) extends the checkpoint `from`.
    /// - Parameters:
    ///   - from: The earlier checkpoint.
    ///   - to: The later checkpoint, or `nil` for the log as it is now.
    ///   - layout: The logbook.
    /// - Returns: The proof file and the two roots (`fromRoot`, `toRoot`).
    /// - Throws: ``ProofError/inconsistentLog(_:)`` if the log does not extend a checkpoint given, or an
    ///   error reading the hash index.
    public static func prove(
        from: Checkpoint, to: Checkpoint?, in layout: LogbookLayout
    ) throws -> (proof: ProofFile, roots: [String: [UInt8]]) {
        let tree = MerkleTree(try HashIndex.open(layout))
        for checkpoint in [from] + (to.map { [$0] } ?? []) {
            try tree.requireExtends(checkpoint)
        }
        let size = to?.size ?? tree.source.leafCount
        let proof = try tree.consistencyProof(from: from.size, to: size)
        return (ProofFile(kind: .consistency(from: from.size), size: size, hashes: proof), ["fromRoot": from.root, "toRoot": try tree.root(size: size)])
    }
}

extension MerkleTree where Source == HashIndex {
    /// Refuses a log that is not an extension of `checkpoint` (the roots compared in constant time).
    /// - Throws: ``ProofError/inconsistentLog(_:)`` naming what differs.
    func requireExtends(_ checkpoint: Checkpoint) throws {
        guard checkpoint.size <= source.leafCount else {
            throw ProofError.inconsistentLog(
                "the log holds \(source.leafCount) events, fewer than the \(checkpoint.size) of the checkpoint: it was cut back")
        }
        guard checkpoint.size > 0, constantTimeEquals(try root(size: checkpoint.size), checkpoint.root) else {
            throw ProofError.inconsistentLog(
                "the log does not extend the checkpoint of size \(checkpoint.size): the history before seq \(checkpoint.size) was rewritten")
        }
    }
}
