import Sodium

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
