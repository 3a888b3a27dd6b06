import Foundation

/// A published log read from a folder (the folder `logboek tiles` writes, or a copy of it).
public final class DirectoryTileStore: TileStore {
    /// The folder.
    public let directory: URL
    /// The bytes read so far.
    public private(set) var bytesRead = 0

    /// A store over `directory`.
    /// - Parameter directory: The published log's folder.
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The folder's path.
    public var location: String { directory.path }

    /// Reads one file of the folder.
    /// - Parameter path: Its path relative to the folder.
    /// - Returns: The file, or `nil` if it does not exist.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` if it exists but cannot be read.
    public func read(_ path: String) throws(LedgerError) -> TileResource? {
        let file = directory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        try FileSystem.requireRegularFile(file)
        let bytes = try FileSystem.read(file)
        bytesRead += bytes.count
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
        return TileResource(bytes: bytes, lastModified: modified)
    }
}
