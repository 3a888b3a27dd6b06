import Foundation
import Sodium
import Testing
@testable import Ledger

/// Tiles are a re-encoding of the tree: read back, they give the same roots and proofs at every size.
@Suite("Tiles: paths and trees")
struct TileTreeTests {
    static let leaves = (0..<65_537).map { SHA256.hash(prefix: 0x00, Array("leaf \($0)".utf8)) }
    static let tree: MemoryTree = (try? MemoryTree(leaves: leaves)) ?? MemoryTree()

    @Test("Tile indices are written in 3-digit groups, all but the last prefixed with x; partial tiles add .p/W")
    func paths() {
        #expect(TilePath.tile(level: 0, index: 1_234_067) == "tile/0/x001/x234/067")
        #expect(TilePath.tile(level: 2, index: 0) == "tile/2/000")
        #expect(TilePath.tile(level: 1, index: 1000, width: 17) == "tile/1/x001/000.p/17")
        #expect(TilePath.entries(index: 5, width: 255) == "tile/entries/005.p/255")
        #expect(TilePath.lines(index: 999) == "tile/lines/999")
        #expect(TilePath.cosigned(origin: "logboek.invalid/0123456789abcdef") == "logboek.invalid/0123456789abcdef/checkpoint")
        #expect(TilePath.cosigned(origin: "a/../b") == nil)
        #expect(TilePath.cosigned(origin: "a b") == nil)
    }

    @Test("A tree of 70 000 has 273 full level-0 tiles, a partial of 112, a full and a partial of 17 at level 1, a partial of 1 at level 2")
    func geometry() {
        #expect(TilePath.tiles(level: 0, size: 70_000) == (273, 112))
        #expect(TilePath.tiles(level: 1, size: 70_000) == (1, 17))
        #expect(TilePath.tiles(level: 2, size: 70_000) == (0, 1))
        #expect(TilePath.levels(size: 70_000) == 3)
        #expect(TilePath.tiles(level: 1, size: 256) == (0, 1))
    }

    @Test("Roots and proofs from tiles equal the tree's", arguments: [1, 2, 255, 256, 257, 511, 512, 513, 65_537])
    func matchesTree(size: Int) throws {
        let tiles = MerkleTree(TileTree(try MemoryTileStore(Self.tree, size: size), size: size))
        let memory = MerkleTree(Self.tree)
        #expect(try tiles.root(size: size) == (try memory.root(size: size)))
        for seq in Set([0, size / 2, size - 1]) {
            #expect(try tiles.inclusionProof(index: seq, size: size) == (try memory.inclusionProof(index: seq, size: size)))
        }
        for old in Set([1, (size + 1) / 2, size]) {
            #expect(try tiles.consistencyProof(from: old, to: size) == (try memory.consistencyProof(from: old, to: size)))
            #expect(try tiles.root(size: old) == (try memory.root(size: old)))
        }
    }

    @Test("A missing or short tile is an error, not a wrong hash")
    func missingTile() throws {
        let store = try MemoryTileStore(Self.tree, size: 300)
        store.files[TilePath.tile(level: 0, index: 1, width: 44)] = nil
        #expect(throws: LedgerError.self) { try MerkleTree(TileTree(store, size: 300)).root(size: 300) }
        store.files[TilePath.tile(level: 0, index: 1, width: 44)] = [UInt8](repeating: 0, count: 31)
        #expect(throws: LedgerError.self) { try MerkleTree(TileTree(store, size: 300)).root(size: 300) }
    }
}
