import Foundation

/// Hands out the line bundles of a published log in order, up to a tree size, as the blocks a
/// ``LineReader`` reads: the published lines, read as if they were `log.jsonl`.
final class BundleFeed {
    private let store: any TileStore
    private let size: Int
    private var next = 0

    init(_ store: any TileStore, size: Int) {
        self.store = store
        self.size = size
    }

    /// The next bundle's bytes, or `nil` after the last bundle of the tree.
    func nextBlock() throws -> Data? {
        let (full, width) = TilePath.tiles(level: 0, size: size)
        guard next < full || (next == full && width > 0) else { return nil }
        let path = TilePath.lines(index: next, width: next < full ? TilePath.width : width)
        next += 1
        return Data(try store.require(path, for: "the lines of the tree of \(size) events"))
    }
}
