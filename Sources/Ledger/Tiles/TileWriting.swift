import Foundation

/// Writes the tiles and bundles of the trees of some sizes into a publication folder, from the hash
/// index and the log (see ``TilePublisher``).
struct TileWriting {
    let folder: TileFolder
    let index: HashIndex
    let log: URL
    /// Full tiles and bundles written so far.
    private(set) var filesWritten = 0

    init(folder: TileFolder, index: HashIndex, log: URL) {
        self.folder = folder
        self.index = index
        self.log = log
    }

    /// Writes every full Merkle tile of the largest size, and the partial tiles of each size.
    mutating func writeTree(sizes: [Int]) throws {
        let largest = sizes.max() ?? 0
        for level in 0..<TilePath.levels(size: largest) {
            for tile in 0..<TilePath.tiles(level: level, size: largest).full {
                if try folder.writeFull(TilePath.tile(level: level, index: tile), { try hashes(level: level, tile: tile, width: TilePath.width) }) {
                    filesWritten += 1
                }
            }
            for size in Set(sizes) {
                let (full, width) = TilePath.tiles(level: level, size: size)
                if width > 0 { try folder.replace(TilePath.tile(level: level, index: full, width: width), with: try hashes(level: level, tile: full, width: width)) }
            }
        }
    }

    /// Writes every full entry and line bundle of the largest size, and the partial bundles of each size.
    mutating func writeBundles(sizes: [Int]) throws {
        let largest = sizes.max() ?? 0
        let full = largest / TilePath.width
        var bundle = (0..<full).first { !folder.exists(TilePath.entries(index: $0)) || !folder.exists(TilePath.lines(index: $0)) } ?? full
        var offset = try offset(of: bundle)
        while bundle < full {
            let lines = try LogSegment.read(log, offset: offset, firstSeq: bundle * TilePath.width, count: TilePath.width, matching: index)
            let bytes = lines.flatMap(\.line)
            if try folder.writeFull(TilePath.entries(index: bundle), { Self.entryBundle(lines) }) { filesWritten += 1 }
            if try folder.writeFull(TilePath.lines(index: bundle), { bytes }) { filesWritten += 1 }
            offset += UInt64(bytes.count)
            bundle += 1
        }
        for size in Set(sizes) where size % TilePath.width > 0 {
            let (tile, width) = (size / TilePath.width, size % TilePath.width)
            let lines = try LogSegment.read(log, offset: try self.offset(of: tile), firstSeq: tile * TilePath.width, count: width, matching: index)
            try folder.replace(TilePath.entries(index: tile, width: width), with: Self.entryBundle(lines))
            try folder.replace(TilePath.lines(index: tile, width: width), with: lines.flatMap(\.line))
        }
    }

    /// Removes the partial tiles and bundles no size in `sizes` needs any more.
    func prune(sizes: [Int]) throws(LedgerError) {
        let largest = sizes.max() ?? 0
        var folders = Set<String>()
        var keep = Set<String>()
        let kinds: [(Int, Int) -> String] = [TilePath.entries, TilePath.lines]
        for level in 0..<TilePath.levels(size: largest) {
            let path = { (tile: Int, width: Int) in TilePath.tile(level: level, index: tile, width: width) }
            for kind in level == 0 ? [path] + kinds : [path] {
                folders.insert(Self.parent(kind(TilePath.tiles(level: level, size: largest).full, 1)))
                for size in sizes {
                    let (full, width) = TilePath.tiles(level: level, size: size)
                    if width > 0 { keep.insert(kind(full, width)) }
                }
            }
        }
        try folder.prunePartials(in: folders, keeping: keep)
    }

    /// The folder a partial path's `.p` folder is in.
    private static func parent(_ partial: String) -> String {
        partial.split(separator: "/").dropLast(2).joined(separator: "/")
    }


    /// The hashes of one tile: the subtrees of height `8 × level` it holds.
    private func hashes(level: Int, tile: Int, width: Int) throws -> [UInt8] {
        try index.read(level: 8 * level, from: tile * TilePath.width, count: width)
    }

    /// Where bundle `bundle`'s first line starts in the log: the full line bundles before it hold the log's
    /// bytes up to there (each line as stored), so their lengths add up to it. A wrong sum is caught when
    /// the line found there is not the event due.
    private func offset(of bundle: Int) throws(LedgerError) -> UInt64 {
        var offset: UInt64 = 0
        for earlier in 0..<bundle {
            guard let size = folder.size(TilePath.lines(index: earlier)) else {
                throw .io(operation: "read", path: folder.url(TilePath.lines(index: earlier)).path, reason: "the line bundle is missing; publish again")
            }
            offset += UInt64(size)
        }
        return offset
    }

    /// Each entry as a big-endian uint16 length and its bytes.
    static func entryBundle(_ lines: [LogSegment.Line]) -> [UInt8] {
        lines.flatMap { [UInt8(truncatingIfNeeded: $0.entry.count >> 8), UInt8(truncatingIfNeeded: $0.entry.count)] + $0.entry }
    }
}
