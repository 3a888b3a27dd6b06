import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An advisory, exclusive lock on a file (`flock`), held until released or the process ends.
///
/// The kernel drops the lock when the process dies, so a killed writer never leaves a logbook locked.
/// The wait is measured on the monotonic clock, so a wall clock set back or forward does not change it.
final class FileLock {
    private let handle: FileHandle

    /// Takes the lock, waiting for another holder to release it for as long as the holder reports progress
    /// (``reportProgress()``) at least every `timeout` seconds.
    /// - Parameters:
    ///   - file: The lock file (created if missing).
    ///   - timeout: Seconds to wait without progress; 0 fails at once if the lock is held.
    /// - Throws: ``LedgerError/locked(seconds:)`` after the timeout, or an I/O error.
    init(file: URL, timeout: Double) throws(LedgerError) {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .io(operation: "open the lock file", path: file.path, reason: FileSystem.lastErrorDescription)
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let clock = ContinuousClock()
        let patience = Duration.seconds(min(max(0, timeout), 1e9))
        var deadline = clock.now.advanced(by: patience)
        var progressSeen = Self.lastProgress(file)
        var pause: useconds_t = 1000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw .io(operation: "lock", path: file.path, reason: FileSystem.lastErrorDescription)
            }
            if let progress = Self.lastProgress(file), progress != progressSeen {
                progressSeen = progress
                deadline = clock.now.advanced(by: patience)
            }
            guard clock.now < deadline else { throw .locked(seconds: timeout) }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    /// Tells waiting processes that the holder is still working (a long verification), so they keep waiting.
    func reportProgress() {
        futimens(handle.fileDescriptor, nil)
    }

    /// When the holder last reported progress: the lock file's modification time.
    private static func lastProgress(_ file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }

    deinit {
        flock(handle.fileDescriptor, LOCK_UN)
    }
}
