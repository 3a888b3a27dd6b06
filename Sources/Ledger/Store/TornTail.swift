import Foundation

/// Finds and removes an unfinished write at the end of the log: the bytes after its last newline, if they
/// are no longer than a line may be (``LineReader/maximumLineLength``).
///
/// Only those bytes are ever removed. An append returns only after its whole line, newline included,
/// is synced, so bytes without a newline after them were never a committed event. They are kept in
/// `torn/` for inspection before the file is cut.
enum TornTail {
    /// Removes a torn tail, if any, from the log open in `handle`.
    /// - Parameters:
    ///   - handle: The log, open for updating.
    ///   - layout: The logbook, for the log's path and the `torn/` folder.
    /// - Returns: How many bytes were removed (0 if the log ended cleanly).
    static func repair(_ handle: FileHandle, layout: LogbookLayout) throws(LedgerError) -> Int {
        let size = try end(of: handle, layout: layout)
        let keep = try lengthThroughLastNewline(handle, size: size, layout: layout)
        // Longer than any line, the tail is no unfinished write but damage: `verify` calls it not-canonical.
        guard keep < size, size - keep <= UInt64(LineReader.maximumLineLength) else { return 0 }
        let torn = try bytes(of: handle, in: keep..<size, layout: layout)
        try FileSystem.createDirectory(layout.tornTails)
        let saved = layout.tornTails.appendingPathComponent("offset-\(keep)-\(ProcessInfo.processInfo.processIdentifier).partial")
        try FileSystem.writeAtomically(torn, to: saved, replacing: true)
        do {
            try handle.truncate(atOffset: keep)
        } catch {
            throw .io(operation: "truncate", path: layout.log.path, reason: error.localizedDescription)
        }
        try FileSystem.syncData(handle, path: layout.log)
        return Int(size - keep)
    }

    private static func end(of handle: FileHandle, layout: LogbookLayout) throws(LedgerError) -> UInt64 {
        do {
            return try handle.seekToEnd()
        } catch {
            throw .io(operation: "seek in", path: layout.log.path, reason: error.localizedDescription)
        }
    }

    /// The length of the file up to and including its last newline (0 if it has none).
    private static func lengthThroughLastNewline(_ handle: FileHandle, size: UInt64, layout: LogbookLayout) throws(LedgerError) -> UInt64 {
        let block: UInt64 = 64 << 10
        var blockEnd = size
        while blockEnd > 0 {
            let blockStart = blockEnd > block ? blockEnd - block : 0
            let chunk = try bytes(of: handle, in: blockStart..<blockEnd, layout: layout)
            if let newline = chunk.lastIndex(of: 0x0A) { return blockStart + UInt64(newline) + 1 }
            blockEnd = blockStart
        }
        return 0
    }

    private static func bytes(of handle: FileHandle, in range: Range<UInt64>, layout: LogbookLayout) throws(LedgerError) -> [UInt8] {
        do {
            try handle.seek(toOffset: range.lowerBound)
            return [UInt8](try handle.read(upToCount: Int(range.count)) ?? Data())
        } catch {
            throw .io(operation: "read", path: layout.log.path, reason: error.localizedDescription)
        }
    }
}
