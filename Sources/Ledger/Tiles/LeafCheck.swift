import Sodium

/// Compares each verified line's hash, in order, with the published level-0 tiles and entry bundles,
/// and folds the hashes into the root; remembers the first disagreement.
final class LeafCheck {
    private let tree: TileTree
    private var accumulator = TreeHashAccumulator()
    private var entries: [[UInt8]] = []
    /// The first disagreement found.
    private(set) var problem: ProofError?
    /// The first leaf, whose hash names the log's origin.
    private(set) var genesis: [UInt8]?

    init(_ tree: TileTree) {
        self.tree = tree
    }

    /// The root of the leaves seen.
    var root: [UInt8] { accumulator.root }
    /// The number of leaves seen.
    var count: Int { accumulator.leafCount }

    /// Checks the next leaf.
    func add(_ hash: [UInt8]) {
        let seq = accumulator.leafCount
        if genesis == nil { genesis = hash }
        accumulator.append(hash)
        guard problem == nil else { return }
        do {
            guard seq < tree.leafCount else { throw ProofError.tileMismatch("the line bundles hold more lines than the checkpoint's \(tree.leafCount)") }
            let (tile, position) = (seq / TilePath.width, seq % TilePath.width)
            let leaves = try tree.tile(level: 0, index: tile)
            guard constantTimeEquals(Array(leaves[(position * TreeHash.length)..<((position + 1) * TreeHash.length)]), hash) else {
                throw ProofError.tileMismatch("the hash of line \(seq + 1) (seq \(seq)) is not the leaf in level-0 tile \(tile)")
            }
            if position == 0 { entries = try Self.entries(tree.store, tile: tile, width: leaves.count / TreeHash.length) }
            guard constantTimeEquals(SHA256.hash(prefix: 0x00, entries[position]), hash) else {
                throw ProofError.tileMismatch("entry \(position) of entry bundle \(tile) is not the header of seq \(seq)")
            }
        } catch let error as ProofError {
            problem = error
        } catch {
            problem = .tileMismatch("\(error)")
        }
    }

    /// The entries of one bundle: big-endian uint16 lengths, each followed by that many bytes.
    static func entries(_ store: any TileStore, tile: Int, width: Int) throws -> [[UInt8]] {
        let path = TilePath.entries(index: tile, width: width)
        let bytes = try store.require(path, for: "the entries")
        var entries = [[UInt8]]()
        var offset = 0
        while offset + 2 <= bytes.count {
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard offset + 2 + length <= bytes.count else { break }
            entries.append(Array(bytes[(offset + 2)..<(offset + 2 + length)]))
            offset += 2 + length
        }
        guard offset == bytes.count, entries.count == width else {
            throw ProofError.tileMismatch("entry bundle \(path) does not hold \(width) length-prefixed entries")
        }
        return entries
    }
}
