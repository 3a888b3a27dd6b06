/// Roots and proofs of the RFC 6962 tree over the first leaves of a ``SubtreeSource``
/// (RFC 6962 §2.1, RFC 9162 §2.1.3.1 and §2.1.4.1).
///
/// Every hash it needs is a complete, aligned subtree the source holds, so a root or a proof reads
/// O(log² n) hashes at most.
public struct MerkleTree<Source: SubtreeSource> {
    /// Where the hashes come from.
    public let source: Source

    /// A tree over `source`.
    /// - Parameter source: The leaves and cached subtrees.
    public init(_ source: Source) {
        self.source = source
    }

    /// The root of the tree of the first `size` leaves.
    /// - Parameter size: The tree size, at most ``SubtreeSource/leafCount``.
    /// - Returns: The 32-byte root (SHA-256 of the empty string for size 0).
    /// - Throws: ``ProofError/badRange(_:)`` for a size beyond the leaves, or a read error.
    public func root(size: Int) throws -> [UInt8] {
        try checkSize(size)
        return size == 0 ? TreeHash.emptyRoot : try hash(start: 0, count: size)
    }

    /// The inclusion proof (audit path) of leaf `index` in the tree of `size` leaves.
    /// - Parameters:
    ///   - index: The 0-based leaf index (the event's seq).
    ///   - size: The tree size.
    /// - Returns: The proof's hashes, from the leaf's sibling up.
    /// - Throws: ``ProofError/badRange(_:)`` unless `index < size <= leafCount`, or a read error.
    public func inclusionProof(index: Int, size: Int) throws -> [[UInt8]] {
        try checkSize(size)
        guard index >= 0, index < size else {
            throw ProofError.badRange("leaf \(index) is not in a tree of \(size) leaves")
        }
        var proof = [[UInt8]]()
        try path(index, start: 0, count: size, into: &proof)
        return proof
    }

    /// The consistency proof between the trees of `oldSize` and `newSize` leaves.
    /// - Parameters:
    ///   - oldSize: The earlier size, at least 1.
    ///   - newSize: The later size, at least `oldSize`.
    /// - Returns: The proof's hashes (empty when the sizes are equal).
    /// - Throws: ``ProofError/badRange(_:)`` for a size 0 or sizes out of order, or a read error.
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws -> [[UInt8]] {
        try checkSize(newSize)
        guard oldSize > 0 else { throw ProofError.badRange("a consistency proof from the empty tree proves nothing and is refused") }
        guard oldSize <= newSize else { throw ProofError.badRange("the tree of \(oldSize) leaves cannot precede one of \(newSize)") }
        var proof = [[UInt8]]()
        try subproof(oldSize, start: 0, count: newSize, complete: true, into: &proof)
        return proof
    }

    private func checkSize(_ size: Int) throws {
        guard size >= 0, size <= source.leafCount else {
            throw ProofError.badRange("the log has \(source.leafCount) events, so there is no tree of \(size)")
        }
    }

    /// MTH of the `count` leaves from `start` (count at least 1): a cached subtree when it is complete
    /// and aligned, else split at the largest power of two below `count`.
    func hash(start: Int, count: Int) throws -> [UInt8] {
        let level = count.trailingZeroBitCount
        if count.nonzeroBitCount == 1, start % count == 0 {
            return try source.subtree(level: level, index: start >> level)
        }
        let split = TreeHash.split(count)
        return TreeHash.node(try hash(start: start, count: split), try hash(start: start + split, count: count - split))
    }

    /// RFC 6962 PATH(m, D[start ..< start + count]), appended leaf-side first.
    private func path(_ index: Int, start: Int, count: Int, into proof: inout [[UInt8]]) throws {
        guard count > 1 else { return }
        let split = TreeHash.split(count)
        if index < split {
            try path(index, start: start, count: split, into: &proof)
            proof.append(try hash(start: start + split, count: count - split))
        } else {
            try path(index - split, start: start + split, count: count - split, into: &proof)
            proof.append(try hash(start: start, count: split))
        }
    }

    /// RFC 6962 SUBPROOF(m, D[start ..< start + count], complete).
    private func subproof(_ old: Int, start: Int, count: Int, complete: Bool, into proof: inout [[UInt8]]) throws {
        guard old < count else {
            if !complete { proof.append(try hash(start: start, count: count)) }
            return
        }
        let split = TreeHash.split(count)
        if old <= split {
            try subproof(old, start: start, count: split, complete: complete, into: &proof)
            proof.append(try hash(start: start + split, count: count - split))
        } else {
            try subproof(old - split, start: start + split, count: count - split, complete: false, into: &proof)
            proof.append(try hash(start: start, count: split))
        }
    }
}
