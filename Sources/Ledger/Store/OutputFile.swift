import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file a command writes for someone else (a checkpoint, a cosigned note): never inside a logbook or a
/// witness's folder, never over an existing file unless asked, and written whole or not at all.
public struct OutputFile: Sendable, Equatable {
    /// Where the file goes.
    public let url: URL
    /// Whether an existing file there may be replaced.
    public let replacing: Bool

    /// Checks that `path` may be written, before anything is signed or written.
    /// - Parameters:
    ///   - path: The path given by the user (relative to the current directory, or absolute).
    ///   - replacing: Whether an existing file may be replaced (`--force`).
    /// - Throws: ``LedgerError/invalidInput(_:)`` for an empty path or a folder,
    ///   ``LedgerError/insideLogbook(path:folder:)`` when the path lies inside a logbook or a witness's folder
    ///   (after following symbolic links), ``LedgerError/outputExists(path:)`` when the file exists and
    ///   `replacing` is false, or an I/O error when its folder does not exist.
    public init(path: String, replacing: Bool) throws(LedgerError) {
        guard !path.isEmpty else { throw .invalidInput("the output file name is empty; give a file name") }
        let url = URL(fileURLWithPath: path)
        let folder = try Self.realFolder(of: url)
        if let owner = Self.enclosingStore(of: folder) { throw .insideLogbook(path: path, folder: owner) }
        var status = stat()
        if lstat(url.path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw .invalidInput("\(path) is a folder; give a file name") }
            if !replacing { throw .outputExists(path: path) }
        }
        self.url = folder.appendingPathComponent(url.lastPathComponent)
        self.replacing = replacing
    }

    /// Writes `bytes` to the file through a synced temporary file renamed into place.
    /// - Parameter bytes: The whole content.
    /// - Throws: ``LedgerError/outputExists(path:)`` if a file appeared there meanwhile (without `replacing`),
    ///   or an I/O error; the old file, if any, is then unchanged.
    public func write(_ bytes: [UInt8]) throws(LedgerError) {
        do {
            try FileSystem.writeAtomically(bytes, to: url, replacing: replacing, permissions: 0o644)
        } catch .alreadyExists(let path) {
            throw .outputExists(path: path)
        }
    }

    /// The folder that will hold `url`, with every symbolic link resolved.
    private static func realFolder(of url: URL) throws(LedgerError) -> URL {
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else {
            throw .io(operation: "open the folder", path: folder, reason: FileSystem.lastErrorDescription)
        }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
    }

    /// The nearest folder from `folder` upwards that is a logbook (holds `log.jsonl`) or a witness (holds
    /// `witness.json`), if any.
    private static func enclosingStore(of folder: URL) -> String? {
        var current = folder.path
        while true {
            for marker in ["log.jsonl", "witness.json"]
            where FileManager.default.fileExists(atPath: (current as NSString).appendingPathComponent(marker)) {
                return current
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }
}
