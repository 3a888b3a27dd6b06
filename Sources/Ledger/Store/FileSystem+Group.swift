import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    /// Threads that wait on syncs at once: the file system commits syncs that arrive together in one journal commit.
    static let syncLanes = 8
    /// Temporary files open at once, well below the limit on open files.
    static let openFilesAtOnce = 256

    /// Writes several files as ``writeAtomically(_:to:replacing:permissions:)`` writes one (replacing what is there),
    /// but syncs them together: each goes to a temporary file beside it, the temporary files are synced on
    /// ``syncLanes`` threads at once and moved into place, and then every folder that holds one of them, and every
    /// folder in `folders`, is synced once, also together. A crash leaves each file as it was or whole; when this
    /// returns, every file and its name are on disk.
    /// - Parameters:
    ///   - files: The new content of each file.
    ///   - folders: Further folders to sync (the parents of folders just created).
    ///   - permissions: The new files' mode.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` for the first file or folder that could not be written or synced.
    static func writeAtomically(_ files: [(bytes: [UInt8], file: URL)], syncing folders: Set<URL> = [], permissions: mode_t = 0o600) throws(LedgerError) {
        for start in stride(from: 0, to: files.count, by: openFilesAtOnce) {
            try writeAndRename(Array(files[start..<min(files.count, start + openFilesAtOnce)]), permissions: permissions)
        }
        let directories = Array(folders.union(files.map { $0.file.deletingLastPathComponent() }))
        try together(directories.count) { (index: Int) throws(LedgerError) in try syncDirectory(directories[index]) }
    }

    /// Writes each file's temporary file, syncs them together and renames each into place.
    private static func writeAndRename(_ files: [(bytes: [UInt8], file: URL)], permissions: mode_t) throws(LedgerError) {
        var temporaries = [(handle: FileHandle, path: URL)]()
        defer { for temporary in temporaries { unlink(temporary.path.path) } }
        for (bytes, file) in files {
            let temporary = temporary(beside: file)
            temporaries.append((try createTemporary(temporary, permissions: permissions), temporary))
            do {
                try temporaries[temporaries.count - 1].handle.write(contentsOf: Data(bytes))
            } catch {
                throw .io(operation: "write", path: temporary.path, underlying: error)
            }
        }
        let synced = temporaries.map { (descriptor: $0.handle.fileDescriptor, path: $0.path) }
        try together(synced.count) { (index: Int) throws(LedgerError) in try syncData(synced[index].descriptor, path: synced[index].path) }
        for (temporary, (_, file)) in zip(temporaries, files) {
            guard rename(temporary.path.path, file.path) == 0 else {
                throw .io(operation: "rename into place", path: file.path, reason: lastErrorDescription)
            }
        }
    }

    /// Runs `body` for every index below `count` on up to ``syncLanes`` threads (work that waits on the disk, not the
    /// processor), and throws the error of the lowest index that failed once all have run.
    private static func together(_ count: Int, _ body: @escaping @Sendable (Int) throws(LedgerError) -> Void) throws(LedgerError) {
        let lanes = min(syncLanes, count)
        guard lanes > 1 else {
            for index in 0..<count { try body(index) }
            return
        }
        let failures = Mutex<[Int: LedgerError]>([:])
        let finished = DispatchGroup()
        for lane in 0..<lanes {
            finished.enter()
            Thread {
                for index in stride(from: lane, to: count, by: lanes) {
                    do throws(LedgerError) { try body(index) } catch { failures.withLock { $0[index] = error } }
                }
                finished.leave()
            }.start()
        }
        finished.wait()
        if let first = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
    }
}
