/// Computes tree roots while leaves stream past, holding only O(log n) hashes: the roots of the
/// complete subtrees the leaves so far make up (a "compact range").
public struct TreeHashAccumulator: Sendable {
    /// The complete subtrees, largest (leftmost) first, with their heights.
    private var peaks: [(level: Int, hash: [UInt8])] = []
    /// How many leaves were added.
    public private(set) var leafCount = 0

    /// An accumulator before the first leaf.
    public init() {}

    /// Adds the next leaf.
    /// - Parameter leaf: The leaf hash (32 bytes).
    public mutating func append(_ leaf: [UInt8]) {
        var carry = (level: 0, hash: leaf)
        while let last = peaks.last, last.level == carry.level {
            peaks.removeLast()
            carry = (carry.level + 1, TreeHash.node(last.hash, carry.hash))
        }
        peaks.append(carry)
        leafCount += 1
    }

    /// The root of the tree of the leaves added so far (SHA-256 of the empty string before the first).
    public var root: [UInt8] {
        guard var root = peaks.last?.hash else { return TreeHash.emptyRoot }
        for peak in peaks.dropLast().reversed() { root = TreeHash.node(peak.hash, root) }
        return root
    }
}
