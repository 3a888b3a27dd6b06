/// The tree of a published log at one size, read from its tiles: a ``SubtreeSource``, so ``MerkleTree``
/// computes roots and proofs from tiles exactly as it does from the hash index.
///
/// A hash at tree height `8L + k` (k < 8) is computed from the level-L tile that holds its 2^k
/// descendants. Tiles are fetched when first needed and kept; a tile of the wrong length is refused.
/// Nothing here is trusted: a proof or root from tiles is checked against a signed checkpoint.
public final class TileTree: SubtreeSource {
    /// Where the tiles come from.
    public let store: any TileStore
    /// The tree size: the tiles read are the ones a tree of this size has.
    public let leafCount: Int
    private var tiles: [TileKey: [UInt8]] = [:]

    private struct TileKey: Hashable {
        let level: Int
        let index: Int
    }

    /// The tree of `size` leaves published at `store`.
    /// - Parameters:
    ///   - store: The published log.
    ///   - size: The tree size (a signed checkpoint's).
    public init(_ store: any TileStore, size: Int) {
        self.store = store
        leafCount = size
    }

    /// The hash of a complete aligned subtree.
    /// - Parameters:
    ///   - level: The subtree's height.
    ///   - index: Which subtree of that height.
    /// - Returns: The 32-byte hash.
    /// - Throws: ``LedgerError`` if the subtree is not complete in this tree or its tile cannot be read.
    public func subtree(level: Int, index: Int) throws(LedgerError) -> [UInt8] {
        guard level >= 0, index >= 0, index < leafCount >> level else {
            throw .invalidInput("no complete subtree \(index) at level \(level) in a tree of \(leafCount) leaves")
        }
        let (tileLevel, height) = (level / 8, level % 8)
        let first = index << height
        let hashes = try tile(level: tileLevel, index: first / TilePath.width)
        let offset = (first % TilePath.width) * TreeHash.length
        var nodes = (0..<(1 << height)).map { Array(hashes[(offset + $0 * TreeHash.length)..<(offset + ($0 + 1) * TreeHash.length)]) }
        while nodes.count > 1 {
            nodes = stride(from: 0, to: nodes.count, by: 2).map { TreeHash.node(nodes[$0], nodes[$0 + 1]) }
        }
        return nodes[0]
    }

    /// The hashes of one tile as this tree has it: full, or partial at the width the size gives.
    /// - Parameters:
    ///   - level: The tile level.
    ///   - index: The tile's index.
    /// - Returns: The tile's bytes, 32 per hash.
    /// - Throws: ``LedgerError`` if the tile is missing, of the wrong length, or not in this tree.
    public func tile(level: Int, index: Int) throws(LedgerError) -> [UInt8] {
        let key = TileKey(level: level, index: index)
        if let known = tiles[key] { return known }
        let (full, partial) = TilePath.tiles(level: level, size: leafCount)
        let width = index < full ? TilePath.width : (index == full && partial > 0 ? partial : 0)
        guard width > 0 else { throw .invalidInput("a tree of \(leafCount) leaves has no tile \(index) at level \(level)") }
        let path = TilePath.tile(level: level, index: index, width: width)
        let bytes = try store.require(path, for: "the tree of \(leafCount) events")
        guard bytes.count == width * TreeHash.length else {
            throw .io(operation: "read", path: store.location + "/" + path, reason: "the tile is \(bytes.count) bytes, not \(width * TreeHash.length)")
        }
        tiles[key] = bytes
        return bytes
    }
}
