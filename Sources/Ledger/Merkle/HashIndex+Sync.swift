import Foundation
import Sodium

extension HashIndex {
    /// Lines read from the log per step of extending the index.
    static let batchSize = 1 << 16

    private var headFile: URL { layout.index.appendingPathComponent("head.json") }

    /// Brings the index in line with the log: checks it, rebuilds it if it does not match (or if `discarding`), extends it.
    func synchronise(discarding: Bool = false) throws(LedgerError) {
        let exists = !discarding && FileManager.default.fileExists(atPath: headFile.path)
        let stored = exists ? IndexHead(json: try FileSystem.read(headFile)) : nil
        head = stored ?? IndexHead()
        try openLevels(for: head.leafCount)
        let matches = try matchesLog()
        if stored == nil || !matches {
            try reset()
        }
        try truncateLevels()
        leafCount = head.leafCount
        let before = head
        try extend()
        if head != before {
            for (level, handle) in files.enumerated() { try FileSystem.syncData(handle, path: levelFile(level)) }
            var bytes = CanonicalJSON.encode(head.json)
            bytes.append(0x0A)
            try FileSystem.writeAtomically(bytes, to: headFile, replacing: true, permissions: 0o644)
        }
    }

    /// Whether the index files and the log agree with the head: the files are long enough, the last leaf
    /// is the hash of the last indexed line, and that line still ends where the head says.
    private func matchesLog() throws(LedgerError) -> Bool {
        guard head.leafCount > 0 else { return head.logBytes == 0 }
        for level in files.indices {
            guard try fileLength(level) >= UInt64((head.leafCount >> level) * TreeHash.length) else { return false }
        }
        guard constantTimeEquals(try read(level: 0, from: head.leafCount - 1, count: 1), head.lastLeaf) else { return false }
        let line = try logBytes(head.lastLineOffset..<head.logBytes)
        guard line.last == 0x0A, let decoded = try? DecodedEvent.decode(line.dropLast()[...]) else { return false }
        return decoded.header.seq == head.leafCount - 1 && constantTimeEquals(decoded.hash, head.lastLeaf)
            && constantTimeEquals(decoded.computedHash, head.lastLeaf)
    }

    /// Forgets everything indexed: the next extension reads the log from its start.
    private func reset() throws(LedgerError) {
        files = []
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: layout.index.path)) ?? []
        for name in existing where name.hasPrefix("level-") {
            try? FileManager.default.removeItem(at: layout.index.appendingPathComponent(name))
        }
        head = IndexHead()
        wasRebuilt = true
        try openLevels(for: 0)
    }

    /// Opens (creating if missing) the level files a tree of `leafCount` leaves has.
    func openLevels(for leafCount: Int) throws(LedgerError) {
        var level = files.count
        while level == 0 || leafCount >> level > 0 {
            let url = levelFile(level)
            if !FileManager.default.fileExists(atPath: url.path) {
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw .io(operation: "create", path: url.path, reason: "the index folder is not writable")
                }
            }
            do {
                files.append(try FileHandle(forUpdating: url))
            } catch {
                throw .io(operation: "open", path: url.path, reason: error.localizedDescription)
            }
            level += 1
        }
    }

    /// Cuts every level file to the length the head says (a crash may have left hashes beyond it).
    private func truncateLevels() throws(LedgerError) {
        for (level, handle) in files.enumerated() {
            do {
                try handle.truncate(atOffset: UInt64((head.leafCount >> level) * TreeHash.length))
            } catch {
                throw .io(operation: "truncate", path: levelFile(level).path, reason: error.localizedDescription)
            }
        }
    }

    private func fileLength(_ level: Int) throws(LedgerError) -> UInt64 {
        do {
            return try files[level].seekToEnd()
        } catch {
            throw .io(operation: "seek in", path: levelFile(level).path, reason: error.localizedDescription)
        }
    }

    /// Bytes of the log in `range` (fewer if the log is shorter).
    private func logBytes(_ range: Range<UInt64>) throws(LedgerError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: layout.log)
            defer { try? handle.close() }
            try handle.seek(toOffset: range.lowerBound)
            return [UInt8](try handle.read(upToCount: Int(range.count)) ?? Data())
        } catch {
            throw .io(operation: "read", path: layout.log.path, reason: error.localizedDescription)
        }
    }
}
