import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writing derived files: no syncs (they are rebuilt whenever they do not match the log), but never a
/// half-written head (it is replaced by renaming).
enum DerivedFiles {
    /// Appends bytes to a file, created if missing, after cutting it to `length` bytes if given.
    static func append(_ bytes: [UInt8], to file: URL, truncatingTo length: UInt64?) throws(LedgerError) {
        guard !bytes.isEmpty || length != nil else { return }
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(operation: "open", path: file.path, reason: FileSystem.lastErrorDescription) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            if let length { try handle.truncate(atOffset: length) }
            try handle.seekToEnd()
            try handle.write(contentsOf: bytes)
        } catch {
            throw .io(operation: "write", path: file.path, reason: error.localizedDescription)
        }
    }

    /// Replaces a file by writing a temporary file and renaming it over the old one.
    static func replace(_ bytes: [UInt8], at file: URL) throws(LedgerError) {
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(operation: "create", path: temporary.path, reason: FileSystem.lastErrorDescription) }
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).write(contentsOf: bytes)
        } catch {
            unlink(temporary.path)
            throw .io(operation: "write", path: temporary.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = FileSystem.lastErrorDescription
            unlink(temporary.path)
            throw .io(operation: "rename into place", path: file.path, reason: reason)
        }
    }
}
