import Foundation
import Sodium

/// The logbook's derived hash index (`index/`): the event hashes (`level-00`, 32 bytes per event) and
/// the hashes of every complete aligned subtree above them (`level-01`, `level-02`, …), so that a root
/// or a proof reads O(log² n) hashes from disk instead of the whole log.
///
/// The index is never trusted. ``open(_:)`` checks it against the log — the files' lengths, the hash of
/// the last indexed line in the log, the chain (`prev`, `seq`, `hash`) of every line it adds — extends it
/// when the log has grown, and rebuilds it from the log when anything does not match. Opening holds
/// `index/lock` while it writes, so two processes never extend the index at once.
public final class HashIndex: SubtreeSource {
    /// The logbook indexed.
    public let layout: LogbookLayout
    /// The number of events indexed: every complete line of the log.
    public internal(set) var leafCount = 0
    /// Whether opening found the index missing or stale and rebuilt it from the start of the log.
    public internal(set) var wasRebuilt = false

    var head = IndexHead()
    var files: [FileHandle] = []

    /// Opens the index of a logbook, extending or rebuilding it to cover every complete line of the log.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - rebuilding: Whether to discard the index and build it again from the log (when it gave a wrong answer).
    /// - Returns: The index, covering the whole log.
    /// - Throws: ``LedgerError/notALogbook(path:)``, ``LedgerError/damagedLog(_:)`` if a line of the log
    ///   breaks the hash chain, or an I/O error.
    public static func open(_ layout: LogbookLayout, rebuilding: Bool = false) throws(LedgerError) -> HashIndex {
        guard FileManager.default.fileExists(atPath: layout.log.path) else { throw .notALogbook(path: layout.directory.path) }
        try FileSystem.createDirectory(layout.index)
        let lock = try FileLock(file: layout.index.appendingPathComponent("lock"), timeout: 30)
        let index = HashIndex(layout: layout)
        try withExtendedLifetime(lock) { () throws(LedgerError) in try index.synchronise(discarding: rebuilding) }
        return index
    }

    private init(layout: LogbookLayout) {
        self.layout = layout
    }

    /// The hash of the last event indexed (the log's head), or `nil` for an empty log.
    public var lastLeaf: [UInt8]? { head.leafCount == 0 ? nil : head.lastLeaf }

    /// The hash of a complete aligned subtree, read from its level file.
    /// - Parameters:
    ///   - level: The subtree's height (0: an event hash).
    ///   - index: Which subtree of that height.
    /// - Returns: The 32-byte hash.
    /// - Throws: ``LedgerError/invalidInput(_:)`` if there is no such subtree, or an I/O error.
    public func subtree(level: Int, index: Int) throws(LedgerError) -> [UInt8] {
        guard level >= 0, level < files.count, index >= 0, index < leafCount >> level else {
            throw .invalidInput("no complete subtree \(index) at level \(level) in a tree of \(leafCount) leaves")
        }
        return try read(level: level, from: index, count: 1)
    }

    /// The file of one level.
    func levelFile(_ level: Int) -> URL {
        layout.index.appendingPathComponent(String(format: "level-%02d", level))
    }

    /// Reads `count` consecutive hashes of one level.
    func read(level: Int, from index: Int, count: Int) throws(LedgerError) -> [UInt8] {
        let length = count * TreeHash.length
        do {
            try files[level].seek(toOffset: UInt64(index * TreeHash.length))
            let bytes = [UInt8](try files[level].read(upToCount: length) ?? Data())
            guard bytes.count == length else {
                throw LedgerError.io(operation: "read", path: levelFile(level).path, reason: "the file ends early")
            }
            return bytes
        } catch let error as LedgerError {
            throw error
        } catch {
            throw .io(operation: "read", path: levelFile(level).path, reason: error.localizedDescription)
        }
    }
}
