import Foundation
@testable import Ledger

/// A published log held in memory: the tiles a tree in memory has at one size, keyed by path.
final class MemoryTileStore: TileStore {
    var files: [String: [UInt8]] = [:]
    private(set) var bytesRead = 0
    let location = "memory"

    /// The tiles (full and partial) of the tree of the first `size` leaves of `tree`.
    init(_ tree: MemoryTree, size: Int) throws {
        for level in 0..<TilePath.levels(size: size) {
            let (full, partial) = TilePath.tiles(level: level, size: size)
            for index in 0..<(full + (partial > 0 ? 1 : 0)) {
                let width = index < full ? TilePath.width : partial
                files[TilePath.tile(level: level, index: index, width: width)] =
                    try (0..<width).flatMap { try tree.subtree(level: 8 * level, index: index * TilePath.width + $0) }
            }
        }
    }

    func read(_ path: String) throws(LedgerError) -> TileResource? {
        guard let bytes = files[path] else { return nil }
        bytesRead += bytes.count
        return TileResource(bytes: bytes, lastModified: nil)
    }
}
