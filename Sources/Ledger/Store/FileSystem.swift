import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The few file-system operations the store needs beyond Foundation: durable syncs, exclusive
/// creation and atomic replacement. Every failure becomes a ``LedgerError/io(operation:path:reason:)``.
enum FileSystem {
    /// The text of the current `errno`.
    static var lastErrorDescription: String {
        String(cString: strerror(errno))
    }

    /// Flushes a file's data (and the metadata needed to read it back, such as its size) to disk.
    static func syncData(_ handle: FileHandle, path: URL) throws(LedgerError) {
        try syncData(handle.fileDescriptor, path: path)
    }

    /// Flushes the data of an open file descriptor, as ``syncData(_:path:)`` does.
    static func syncData(_ descriptor: Int32, path: URL) throws(LedgerError) {
        guard fdatasync(descriptor) == 0 else {
            throw .io(operation: "sync", path: path.path, reason: lastErrorDescription)
        }
    }

    /// Flushes a directory, so that files created or renamed in it survive a crash.
    static func syncDirectory(_ directory: URL) throws(LedgerError) {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw .io(operation: "open", path: directory.path, reason: lastErrorDescription) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw .io(operation: "sync", path: directory.path, reason: lastErrorDescription)
        }
    }

    /// Creates a directory and its parents if missing.
    static func createDirectory(_ directory: URL, permissions: Int = 0o755) throws(LedgerError) {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: permissions])
        } catch {
            throw .io(operation: "create directory", path: directory.path, underlying: error)
        }
    }

    /// Creates an empty file that must not exist yet.
    static func createExclusively(_ file: URL, permissions: mode_t = 0o644) throws(LedgerError) {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, permissions)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .alreadyExists(path: file.path) }
            throw .io(operation: "create", path: file.path, reason: lastErrorDescription)
        }
        close(descriptor)
        try syncDirectory(file.deletingLastPathComponent())
    }

    /// Writes `bytes` to `file` so that a crash leaves either the old file or the whole new one:
    /// a temporary file is written and synced, moved into place, and the directory synced. The temporary
    /// file is created exclusively and never through a symbolic link; without `replacing` it is linked into
    /// place, which fails if `file` exists, so an existing file is never replaced even by a race.
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - file: The file to create or replace.
    ///   - replacing: Whether an existing file may be replaced.
    ///   - permissions: The new file's mode.
    static func writeAtomically(_ bytes: [UInt8], to file: URL, replacing: Bool, permissions: mode_t = 0o600) throws(LedgerError) {
        let directory = file.deletingLastPathComponent()
        let temporary = temporary(beside: file)
        let handle = try createTemporary(temporary, permissions: permissions)
        defer { unlink(temporary.path) }
        do {
            try handle.write(contentsOf: Data(bytes))
        } catch {
            throw .io(operation: "write", path: temporary.path, underlying: error)
        }
        try syncData(handle, path: temporary)
        if replacing {
            guard rename(temporary.path, file.path) == 0 else {
                throw .io(operation: "rename into place", path: file.path, reason: lastErrorDescription)
            }
        } else {
            guard link(temporary.path, file.path) == 0 else {
                if errno == EEXIST { throw .alreadyExists(path: file.path) }
                throw .io(operation: "link into place", path: file.path, reason: lastErrorDescription)
            }
        }
        try syncDirectory(directory)
    }

    /// A fresh name for a temporary file beside `file` (hidden, and ending in `.tmp`).
    static func temporary(beside file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
    }

    /// Creates `temporary` exclusively, never following a symbolic link; a stale one left by a crashed
    /// process with the same id is removed first (removing a link never touches its target).
    static func createTemporary(_ temporary: URL, permissions: mode_t) throws(LedgerError) -> FileHandle {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(temporary.path, flags, permissions)
        if descriptor < 0, errno == EEXIST {
            unlink(temporary.path)
            descriptor = open(temporary.path, flags, permissions)
        }
        guard descriptor >= 0 else { throw .io(operation: "create", path: temporary.path, reason: lastErrorDescription) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The names of the entries of a directory; a missing directory has none.
    /// - Throws: An I/O error if the directory exists but cannot be read.
    static func names(in directory: URL) throws(LedgerError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            if (error as? CocoaError)?.code == .fileReadNoSuchFile { return [] }
            throw .io(operation: "list", path: directory.path, underlying: error)
        }
    }

    /// Refuses anything but a regular file (after following symbolic links): reading a FIFO would block
    /// and a device such as `/dev/zero` never ends.
    /// - Parameter file: The file about to be opened.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` for a FIFO, a device, a socket or a folder.
    static func requireRegularFile(_ file: URL) throws(LedgerError) {
        var status = stat()
        guard stat(file.path, &status) == 0 else { throw .io(operation: "open", path: file.path, reason: lastErrorDescription) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .io(operation: "open", path: file.path, reason: "not a regular file (a FIFO, a device or a folder); a log is a regular file")
        }
    }

    /// The bytes of a whole (small) file.
    static func read(_ file: URL) throws(LedgerError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: file))
        } catch {
            throw .io(operation: "read", path: file.path, underlying: error)
        }
    }
}

extension FileSystem {
    /// Removes a file if it exists and syncs its directory, so the removal survives a crash (also when an earlier,
    /// interrupted run removed it and could not sync). A file whose folder is gone needs nothing more.
    /// - Throws: An I/O error other than the file being absent.
    static func remove(_ file: URL) throws(LedgerError) {
        let directory = file.deletingLastPathComponent()
        guard unlink(file.path) == 0 || errno == ENOENT else {
            throw .io(operation: "remove", path: file.path, reason: lastErrorDescription)
        }
        guard FileManager.default.fileExists(atPath: directory.path) else { return }
        try syncDirectory(directory)
    }

    /// Removes the temporary files (see ``temporary(beside:)``) that an interrupted write left in a folder.
    /// - Throws: An I/O error other than the folder being absent.
    static func removeTemporaries(in directory: URL) throws(LedgerError) {
        for name in try names(in: directory) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            try remove(directory.appendingPathComponent(name))
        }
    }

    /// Removes an empty directory if it exists and syncs its parent.
    /// - Throws: An I/O error other than the directory being absent.
    static func removeDirectory(_ directory: URL) throws(LedgerError) {
        guard rmdir(directory.path) == 0 || errno == ENOENT else {
            throw .io(operation: "remove", path: directory.path, reason: lastErrorDescription)
        }
        try syncDirectory(directory.deletingLastPathComponent())
    }
}
