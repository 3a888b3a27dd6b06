import Foundation

/// One resource read from a published log.
public struct TileResource: Sendable {
    /// Its bytes.
    public let bytes: [UInt8]
    /// When it last changed (HTTP `Last-Modified`, or the file's modification time), if known.
    public let lastModified: Date?
}

/// Where a published log is read from: a folder, or a web server or object store over HTTP.
///
/// A store counts the bytes it has read, so a follower can say what a cosignature cost.
public protocol TileStore: AnyObject {
    /// Where the log is published, for messages.
    var location: String { get }
    /// The bytes read so far.
    var bytesRead: Int { get }

    /// Reads one resource.
    /// - Parameter path: Its path relative to the log's prefix (see ``TilePath``).
    /// - Returns: The resource, or `nil` if the log does not publish it.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` when it cannot be read for another reason.
    func read(_ path: String) throws(LedgerError) -> TileResource?
}

extension TileStore {
    /// Reads a resource the log must publish.
    /// - Parameters:
    ///   - path: Its path relative to the log's prefix.
    ///   - why: What it is needed for, for the message.
    /// - Returns: Its bytes.
    /// - Throws: ``LedgerError/io(operation:path:reason:)`` when it is missing or cannot be read.
    func require(_ path: String, for why: String) throws(LedgerError) -> [UInt8] {
        guard let resource = try read(path) else {
            throw .io(operation: "read", path: location + "/" + path, reason: "the published log does not have it (needed for \(why))")
        }
        return resource.bytes
    }
}

/// Opens a published log by its location.
public enum TileStores {
    /// A store for `location`: an `http://` or `https://` prefix, else a folder.
    /// - Parameter location: The log's URL prefix or folder.
    /// - Returns: The store.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a URL that cannot be read.
    public static func open(_ location: String) throws(LedgerError) -> any TileStore {
        if location.hasPrefix("http://") || location.hasPrefix("https://") {
            guard let url = URL(string: location.hasSuffix("/") ? String(location.dropLast()) : location) else {
                throw .invalidInput("'\(location)' is not a URL")
            }
            return HTTPTileStore(prefix: url)
        }
        return DirectoryTileStore(directory: URL(fileURLWithPath: location))
    }
}
