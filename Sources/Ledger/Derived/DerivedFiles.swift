import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writing derived files: no syncs and no renames (they are rebuilt whenever they do not match the log).
enum DerivedFiles {
    /// Appends bytes to a file, created if missing, after cutting it to `length` bytes if given.
    static func append(_ bytes: [UInt8], to file: URL, truncatingTo length: UInt64?) throws(LedgerError) {
        guard !bytes.isEmpty || length != nil else { return }
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(operation: "open", path: file.path, reason: FileSystem.lastErrorDescription) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            let end = try handle.seekToEnd()
            if let length, length != end {
                try handle.truncate(atOffset: length)
                try handle.seekToEnd()
            }
            try handle.write(contentsOf: bytes)
        } catch {
            throw .io(operation: "write", path: file.path, underlying: error)
        }
    }

    /// Writes a file's whole content in place (no new file, no rename: an append's sync of the log then carries
    /// no directory changes). A write cut short by a crash is caught by whoever reads it: a head carries its own
    /// checksum, and a bucket must hash to its line in the head.
    static func overwrite(_ bytes: [UInt8], at file: URL) throws(LedgerError) {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(operation: "open", path: file.path, reason: FileSystem.lastErrorDescription) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.truncate(atOffset: UInt64(bytes.count))
        } catch {
            throw .io(operation: "write", path: file.path, underlying: error)
        }
    }
}
