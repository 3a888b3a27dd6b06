/// Where a tree's hashes come from: the hashes of its complete, aligned subtrees of `2^level` leaves.
///
/// Level 0 holds the leaves. A proof needs O(log n) of these hashes, so a source backed by a file
/// (``HashIndex``) never needs the whole tree in memory.
public protocol SubtreeSource {
    /// The number of leaves available.
    var leafCount: Int { get }

    /// The hash of the complete subtree of `2^level` leaves starting at leaf `index << level`.
    /// - Parameters:
    ///   - level: The subtree's height (0: a leaf).
    ///   - index: Which subtree of that height, counted from the left.
    /// - Returns: The 32-byte hash.
    /// - Throws: ``LedgerError`` if the hash cannot be read.
    func subtree(level: Int, index: Int) throws(LedgerError) -> [UInt8]
}
