import Foundation
import Sodium

/// Derived summaries of sealed streams, kept beside the saved state under `state/summaries/<folder>`, one file per
/// stream (the caller names the folder: the meldcode uses the case id). Each is sealed like the stream's payloads,
/// with XChaCha20-Poly1305 under the stream's newest key, so the folder holds no readable content and destroying
/// the stream's keys leaves it unreadable; an erasure also removes it (``KeyCopyStore/destroy(_:)``).
///
/// A file is `LBS1`, the epoch (4 bytes, little-endian), a random 24-byte nonce and the ciphertext with its tag; the
/// additional data binds it to its stream and epoch. A summary is a cache: written in place without a sync, and
/// whatever does not open (torn, damaged, sealed with a key the reader does not hold) reads as missing.
public struct SealedSummaries: Sendable {
    /// The logbook.
    public let layout: LogbookLayout
    private static let magic = Array("LBS1".utf8)
    private static let context = Array("logboek/summary/v1".utf8)

    /// The summaries of a logbook.
    /// - Parameter layout: The logbook.
    public init(layout: LogbookLayout) {
        self.layout = layout
    }

    /// The folder the summaries are kept in.
    public var directory: URL { layout.state.appendingPathComponent("summaries", isDirectory: true) }

    /// Seals a summary under a stream key and writes it over the stream's earlier one.
    /// - Parameters:
    ///   - plaintext: The summary's bytes.
    ///   - stream: The stream it summarises.
    ///   - folder: The stream's file name under `state/summaries/`.
    ///   - key: The stream's newest key.
    /// - Throws: An I/O error.
    public func write(_ plaintext: [UInt8], of stream: String, folder: String, key: StreamKey) throws(LedgerError) {
        let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        // Sealing fails only for a nonce of the wrong length, which the line above rules out.
        let sealed = (try? XChaCha20Poly1305.seal(
            plaintext, key: key.key, nonce: nonce, additionalData: Self.additionalData(stream: stream, epoch: key.epoch))) ?? []
        var bytes = Self.magic
        IndexFiles.append(UInt64(key.epoch), size: 4, to: &bytes)
        try FileSystem.createDirectory(layout.state)
        try FileSystem.createDirectory(directory, permissions: 0o700)
        try DerivedFiles.overwrite(bytes + nonce + sealed, at: file(folder))
    }

    /// The summary of a stream, opened with the keys its reader holds.
    /// - Parameters:
    ///   - stream: The stream.
    ///   - folder: The stream's file name under `state/summaries/`.
    ///   - keys: The reader's keys of the stream, any epochs.
    /// - Returns: The summary's bytes, or `nil` if there is none or it does not open.
    public func read(of stream: String, folder: String, keys: [StreamKey]) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: directory.path + "/" + folder) else { return nil }
        let bytes = [UInt8](data)
        let headerLength = Self.magic.count + 4 + XChaCha20Poly1305.nonceLength
        guard bytes.count > headerLength, Array(bytes.prefix(Self.magic.count)) == Self.magic else { return nil }
        let epoch = Int(IndexFiles.integer(bytes, at: Self.magic.count, size: 4))
        guard let key = keys.first(where: { $0.epoch == epoch }) else { return nil }
        let nonce = Array(bytes[(Self.magic.count + 4)..<headerLength])
        return try? XChaCha20Poly1305.open(
            Array(bytes[headerLength...]), key: key.key, nonce: nonce, additionalData: Self.additionalData(stream: stream, epoch: epoch))
    }

    /// Removes a stream's summary, if there is one.
    /// - Parameter folder: The stream's file name under `state/summaries/`.
    /// - Throws: An I/O error other than the file being absent.
    public func remove(_ folder: String) throws(LedgerError) {
        try FileSystem.remove(file(folder))
    }

    /// Whether a stream has a summary file.
    /// - Parameter folder: The stream's file name under `state/summaries/`.
    public func exists(_ folder: String) -> Bool { FileManager.default.fileExists(atPath: file(folder).path) }

    private func file(_ folder: String) -> URL { directory.appendingPathComponent(folder) }

    private static func additionalData(stream: String, epoch: Int) -> [UInt8] {
        context + [0] + Array(stream.utf8) + [0] + Array(String(epoch).utf8)
    }
}
