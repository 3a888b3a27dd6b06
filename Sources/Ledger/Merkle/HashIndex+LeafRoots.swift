import Foundation
import Sodium

extension HashIndex {
    /// Hashes read from `level-00` per step when computing roots from the event hashes alone.
    static let leafChunk = 1 << 15

    /// The roots of the trees of the first `size` events, for each size given, computed from the event
    /// hashes (`level-00`) alone, without any cached subtree: what a proof from the index must lead to.
    /// - Parameter sizes: Tree sizes, each at most ``leafCount``.
    /// - Returns: The root of each size.
    /// - Throws: An I/O error.
    func leafRoots(sizes: Set<Int>) throws(LedgerError) -> [Int: [UInt8]] {
        var roots = [Int: [UInt8]]()
        var accumulator = TreeHashAccumulator()
        if sizes.contains(0) { roots[0] = accumulator.root }
        guard let largest = sizes.max(), largest > 0 else { return roots }
        var start = 0
        while start < largest {
            let count = min(Self.leafChunk, largest - start)
            let bytes = try read(level: 0, from: start, count: count)
            for offset in stride(from: 0, to: bytes.count, by: TreeHash.length) {
                accumulator.append(Array(bytes[offset..<offset + TreeHash.length]))
                if sizes.contains(accumulator.leafCount) { roots[accumulator.leafCount] = accumulator.root }
            }
            start += count
        }
        return roots
    }

    /// Opens the index and checks that the roots its cached subtrees give at `sizes` (those within the log)
    /// are the roots of the event hashes alone; if one is not, the index is rebuilt from the log.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - sizes: The tree sizes about to be used.
    /// - Returns: The index, whose roots at those sizes agree with its event hashes.
    /// - Throws: As ``open(_:rebuilding:)``.
    public static func open(_ layout: LogbookLayout, checkingRootsAt sizes: [Int]) throws -> HashIndex {
        let index = try open(layout)
        let within = Set(sizes.filter { $0 <= index.leafCount })
        let tree = MerkleTree(index)
        for (size, root) in try index.leafRoots(sizes: within) where !constantTimeEquals(try tree.root(size: size), root) {
            return try open(layout, rebuilding: true)
        }
        return index
    }
}
