/// A ``SubtreeSource`` held in memory: the leaves and every complete aligned subtree above them.
/// For tests, tools and small trees; a logbook uses its on-disk ``HashIndex``.
public struct MemoryTree: SubtreeSource, Sendable {
    /// The hashes per level, each level's hashes concatenated (level 0: the leaves).
    private var levels: [[UInt8]] = [[]]

    /// An empty tree.
    public init() {}

    /// A tree over `leaves`.
    /// - Parameter leaves: The leaf hashes, each 32 bytes.
    /// - Throws: ``ProofError/badHashLength(_:)`` if a leaf is not 32 bytes.
    public init(leaves: [[UInt8]]) throws(ProofError) {
        for leaf in leaves { try append(leaf) }
    }

    /// The number of leaves.
    public var leafCount: Int { levels[0].count / TreeHash.length }

    /// Adds a leaf, and the complete subtrees it closes.
    /// - Parameter leaf: The leaf hash.
    /// - Throws: ``ProofError/badHashLength(_:)`` if it is not 32 bytes.
    public mutating func append(_ leaf: [UInt8]) throws(ProofError) {
        try TreeHash.check(leaf, "a leaf")
        levels[0].append(contentsOf: leaf)
        var level = 0
        while (levels[level].count / TreeHash.length) % 2 == 0 {
            let count = levels[level].count / TreeHash.length
            let node = TreeHash.node(hashAt(level, count - 2), hashAt(level, count - 1))
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(contentsOf: node)
            level += 1
        }
    }

    /// The hash of a complete aligned subtree.
    /// - Parameters:
    ///   - level: The subtree's height.
    ///   - index: Which subtree of that height.
    /// - Returns: The hash.
    /// - Throws: ``LedgerError/invalidInput(_:)`` if there is no such subtree.
    public func subtree(level: Int, index: Int) throws(LedgerError) -> [UInt8] {
        guard level < levels.count, index >= 0, (index + 1) * TreeHash.length <= levels[level].count else {
            throw .invalidInput("no complete subtree \(index) at level \(level) in a tree of \(leafCount) leaves")
        }
        return hashAt(level, index)
    }

    private func hashAt(_ level: Int, _ index: Int) -> [UInt8] {
        Array(levels[level][(index * TreeHash.length)..<((index + 1) * TreeHash.length)])
    }
}
