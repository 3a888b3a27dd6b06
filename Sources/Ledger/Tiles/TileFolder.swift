import Foundation

/// The folder a log's tiles are published in, written so that any sync tool can copy it as it is: each
/// file is written to a temporary file, synced and renamed (or linked) into place, so a reader or a sync
/// never sees half a file; a full tile or bundle, once there, is never written again; only the
/// checkpoint and partial tiles are replaced.
struct TileFolder {
    let directory: URL

    func url(_ path: String) -> URL { directory.appendingPathComponent(path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Writes a full tile or bundle unless it is there already (a full one never changes).
    /// - Returns: Whether it was written.
    func writeFull(_ path: String, _ bytes: () throws -> [UInt8]) throws -> Bool {
        guard !exists(path) else { return false }
        let file = url(path)
        try FileSystem.createDirectory(file.deletingLastPathComponent())
        do {
            try FileSystem.writeAtomically(try bytes(), to: file, replacing: false, permissions: 0o644)
        } catch LedgerError.alreadyExists {
            return false
        }
        return true
    }

    /// Writes (or replaces) a partial tile or bundle, or the checkpoint.
    func replace(_ path: String, with bytes: [UInt8]) throws(LedgerError) {
        let file = url(path)
        try FileSystem.createDirectory(file.deletingLastPathComponent())
        try FileSystem.writeAtomically(bytes, to: file, replacing: true, permissions: 0o644)
    }

    /// The size of a file, or `nil` if it is missing.
    func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url(path).path))?[.size] as? Int
    }

    /// Removes the partial files in the `.p` folders of `folders` that are not in `keep` (the partial paths
    /// still needed), and the `.p` folders left empty: partial tiles a full tile or a later size has replaced.
    func prunePartials(in folders: Set<String>, keeping keep: Set<String>) throws(LedgerError) {
        for folder in folders.map(url) {
            for name in try FileSystem.names(in: folder) where name.hasSuffix(".p") {
                let partials = folder.appendingPathComponent(name)
                for width in try FileSystem.names(in: partials) {
                    let file = partials.appendingPathComponent(width)
                    let relative = String(file.path.dropFirst(directory.path.count + 1))
                    if !keep.contains(relative) { try FileSystem.remove(file) }
                }
                if try FileSystem.names(in: partials).isEmpty { try FileSystem.removeDirectory(partials) }
            }
        }
    }
}
