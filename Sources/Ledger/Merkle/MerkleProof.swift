import Sodium

/// Checking inclusion and consistency proofs by the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
///
/// Every hash must be 32 bytes, and a consistency proof from the empty tree is refused (it proves
/// nothing). Roots are compared in constant time.
public enum MerkleProof {
    /// Checks that `leafHash` is leaf `index` of the tree of `size` leaves whose root is `root`.
    /// - Parameters:
    ///   - leafHash: The leaf (an event hash).
    ///   - index: Its 0-based index (the event's seq).
    ///   - size: The tree size.
    ///   - proof: The inclusion proof.
    ///   - root: The expected root.
    /// - Throws: ``ProofError`` saying why the proof fails.
    public static func verifyInclusion(
        leafHash: [UInt8], index: Int, size: Int, proof: [[UInt8]], root: [UInt8]
    ) throws(ProofError) {
        try TreeHash.check(leafHash, "the leaf hash")
        try TreeHash.check(root, "the root")
        for hash in proof { try TreeHash.check(hash, "a proof hash") }
        guard index >= 0, index < size else { throw .badRange("leaf \(index) is not in a tree of \(size) leaves") }
        var (node, last) = (UInt64(index), UInt64(size - 1))
        var computed = leafHash
        for sibling in proof {
            guard last != 0 else { throw .badProofLength("the proof has more hashes than a tree of \(size) leaves needs") }
            if node & 1 == 1 || node == last {
                computed = TreeHash.node(sibling, computed)
                while node & 1 == 0, node != 0 { (node, last) = (node >> 1, last >> 1) }
            } else {
                computed = TreeHash.node(computed, sibling)
            }
            (node, last) = (node >> 1, last >> 1)
        }
        guard last == 0 else { throw .badProofLength("the proof has fewer hashes than a tree of \(size) leaves needs") }
        guard constantTimeEquals(computed, root) else {
            throw .mismatch("the proof does not lead from leaf \(index) to the root of the tree of \(size) leaves")
        }
    }

    /// Checks that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of `newSize`
    /// leaves with root `newRoot`.
    /// - Parameters:
    ///   - oldSize: The earlier size (at least 1).
    ///   - newSize: The later size.
    ///   - proof: The consistency proof.
    ///   - oldRoot: The earlier root.
    ///   - newRoot: The later root.
    /// - Throws: ``ProofError`` saying why the proof fails.
    public static func verifyConsistency(
        oldSize: Int, newSize: Int, proof: [[UInt8]], oldRoot: [UInt8], newRoot: [UInt8]
    ) throws(ProofError) {
        try TreeHash.check(oldRoot, "the first root")
        try TreeHash.check(newRoot, "the second root")
        for hash in proof { try TreeHash.check(hash, "a proof hash") }
        guard oldSize > 0 else { throw .badRange("a consistency proof from the empty tree proves nothing and is refused") }
        guard oldSize <= newSize else { throw .badRange("the tree of \(oldSize) leaves cannot precede one of \(newSize)") }
        if oldSize == newSize {
            guard proof.isEmpty else { throw .badProofLength("trees of equal size need an empty proof") }
            guard constantTimeEquals(oldRoot, newRoot) else { throw .mismatch("two trees of \(oldSize) leaves with different roots") }
            return
        }
        guard !proof.isEmpty else { throw .badProofLength("the proof is empty") }
        let (oldComputed, newComputed) = try consistencyRoots(oldSize: oldSize, newSize: newSize, proof: proof, oldRoot: oldRoot)
        guard constantTimeEquals(oldComputed, oldRoot), constantTimeEquals(newComputed, newRoot) else {
            throw .mismatch("the tree of \(newSize) leaves does not extend the tree of \(oldSize) leaves")
        }
    }

    /// The two roots a consistency proof leads to (RFC 9162 §2.1.4.2 steps 2–7).
    private static func consistencyRoots(
        oldSize: Int, newSize: Int, proof: [[UInt8]], oldRoot: [UInt8]
    ) throws(ProofError) -> ([UInt8], [UInt8]) {
        let path = oldSize.nonzeroBitCount == 1 ? [oldRoot] + proof : proof
        var (node, last) = (UInt64(oldSize - 1), UInt64(newSize - 1))
        while node & 1 == 1 { (node, last) = (node >> 1, last >> 1) }
        var (oldComputed, newComputed) = (path[0], path[0])
        for hash in path.dropFirst() {
            guard last != 0 else { throw .badProofLength("the proof has more hashes than the sizes need") }
            if node & 1 == 1 || node == last {
                oldComputed = TreeHash.node(hash, oldComputed)
                newComputed = TreeHash.node(hash, newComputed)
                while node & 1 == 0, node != 0 { (node, last) = (node >> 1, last >> 1) }
            } else {
                newComputed = TreeHash.node(newComputed, hash)
            }
            (node, last) = (node >> 1, last >> 1)
        }
        guard last == 0 else { throw .badProofLength("the proof has fewer hashes than the sizes need") }
        return (oldComputed, newComputed)
    }
}
