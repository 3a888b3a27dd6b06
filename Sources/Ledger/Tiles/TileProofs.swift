import Sodium

/// Inclusion and consistency proofs computed from a published log's tiles (`prove … --tiles`), each
/// checked against the published checkpoint's root before it is handed out.
public enum TileProofs {
    /// The proof that event `seq` is in the tree of `size` events (default: the published checkpoint's).
    /// - Parameters:
    ///   - store: The published log.
    ///   - seq: The event.
    ///   - size: The tree size, at most the checkpoint's.
    /// - Returns: The checked proof.
    /// - Throws: ``ProofError`` for a seq or size outside the tree or tiles that disagree with the checkpoint,
    ///   ``LedgerError`` when a tile cannot be read.
    public static func inclusion(_ store: any TileStore, seq: Int, size: Int?) throws -> CheckedProofs.Inclusion {
        let (checkpoint, tree) = try published(store)
        let size = size ?? checkpoint.size
        let proof = try MerkleTree(tree).inclusionProof(index: seq, size: size)
        let leaf = try tree.subtree(level: 0, index: seq)
        let root = try MerkleTree(tree).root(size: size)
        try MerkleProof.verifyInclusion(leafHash: leaf, index: seq, size: size, proof: proof, root: root)
        return CheckedProofs.Inclusion(file: ProofFile(kind: .inclusion(seq: seq, leafHash: leaf), size: size, hashes: proof), root: root)
    }

    /// The proof that the published checkpoint (or `to`, no larger) extends `from`.
    /// - Parameters:
    ///   - store: The published log.
    ///   - from: The earlier checkpoint.
    ///   - to: The later checkpoint, or `nil` for the published one.
    /// - Returns: The checked proof.
    /// - Throws: ``ProofError/inconsistentLog(_:)`` when the published tree does not match a checkpoint.
    public static func consistency(_ store: any TileStore, from: Checkpoint, to: Checkpoint?) throws -> CheckedProofs.Consistency {
        let (checkpoint, tree) = try published(store)
        let target = to ?? checkpoint
        for expected in [from, target] {
            guard expected.size <= checkpoint.size, expected.size > 0,
                  constantTimeEquals(try MerkleTree(tree).root(size: expected.size), expected.root)
            else {
                throw ProofError.inconsistentLog("the published log does not match the checkpoint of size \(expected.size): its history was rewritten or cut")
            }
        }
        let proof = try MerkleTree(tree).consistencyProof(from: from.size, to: target.size)
        try MerkleProof.verifyConsistency(oldSize: from.size, newSize: target.size, proof: proof, oldRoot: from.root, newRoot: target.root)
        return CheckedProofs.Consistency(
            file: ProofFile(kind: .consistency(from: from.size), size: target.size, hashes: proof), fromRoot: from.root, toRoot: target.root)
    }

    /// The published checkpoint and its tree, whose tiles must give its root.
    private static func published(_ store: any TileStore) throws -> (Checkpoint, TileTree) {
        let checkpoint = try SignedCheckpoint(parsing: try store.require(TilePath.checkpoint, for: "the checkpoint")).checkpoint
        let tree = TileTree(store, size: checkpoint.size)
        guard constantTimeEquals(try MerkleTree(tree).root(size: checkpoint.size), checkpoint.root) else {
            throw ProofError.tileMismatch("the published tiles do not give the checkpoint's root")
        }
        return (checkpoint, tree)
    }
}
