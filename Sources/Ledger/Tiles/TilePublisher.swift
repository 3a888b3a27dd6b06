import Foundation
import Sodium

/// Publishes a logbook as a C2SP `tlog-tiles` folder: the newest signed checkpoint (with the
/// cosignatures it has gathered), the Merkle tree tiles, the entry bundles and the line bundles, for the
/// tree of the checkpoint and for the log as it is now.
///
/// Everything is checked before it is written: the hash index against the log, the checkpoint against
/// the index, each line against its leaf, and the folder's own checkpoint against the log (a folder that
/// publishes another history is refused). Tiles and bundles are written first and the checkpoint last,
/// so a reader that sees a checkpoint finds every tile it needs; a kill at any step leaves whole files,
/// and running again finishes the job. Publications of one logbook take turns (`publish.lock`), so a
/// server keeping the folder current and a scheduled `logboek tiles` never prune each other's partial tiles.
public enum TilePublisher {
    /// What a publication wrote.
    public struct Outcome: Sendable {
        /// The checkpoint published, with its cosignatures.
        public let checkpoint: SignedCheckpoint
        /// The number of events published in tiles and bundles (the log's size, at least the checkpoint's).
        public let size: Int
        /// The full tiles and bundles written by this run (earlier ones are never written again).
        public let filesWritten: Int
    }

    /// Publishes the logbook's tiles and newest checkpoint into `directory`.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - directory: The publication folder (created if missing).
    ///   - cosigned: Checkpoints cosigned by witnesses (as `witness follow` publishes them): a cosignature
    ///     by one of `witnesses` on the same checkpoint is added to the published one.
    ///   - witnesses: The witnesses whose cosignatures are taken.
    /// - Returns: What was published.
    /// - Throws: ``LedgerError`` when there is no checkpoint yet or the log or folder cannot be read or
    ///   written; ``ProofError/inconsistentLog(_:)`` when the log does not match the checkpoint or the folder.
    public static func publish(
        _ layout: LogbookLayout, to directory: URL, cosigned: [SignedNote] = [], witnesses: [NoteVerifierKey] = []
    ) throws -> Outcome {
        let lock = try FileLock(file: layout.publishLock, timeout: 30)
        defer { withExtendedLifetime(lock) {} }
        guard let newest = try CheckpointIssuer.signedBefore(layout).last else {
            throw LedgerError.invalidInput("the logbook has no signed checkpoint yet: an administrator signs one with `logboek checkpoint --as ID`, then publish")
        }
        let index = try HashIndex.open(layout, checkingRootsAt: [newest.checkpoint.size])
        let tree = MerkleTree(index)
        try tree.requireExtends(newest.checkpoint)
        let folder = TileFolder(directory: directory.standardizedFileURL)
        let published = try publishedCheckpoint(folder, origin: newest.checkpoint.origin)
        if let published { try tree.requireExtends(published.checkpoint) }
        if let published, published.checkpoint.size > newest.checkpoint.size {
            throw ProofError.inconsistentLog(
                "the folder publishes a checkpoint of size \(published.checkpoint.size), newer than the logbook's newest (\(newest.checkpoint.size)); sign a new checkpoint first")
        }
        let sizes = [newest.checkpoint.size, index.leafCount]
        var writer = TileWriting(folder: folder, index: index, log: layout.log)
        try writer.writeTree(sizes: sizes)
        try writer.writeBundles(sizes: sizes)
        var checkpoint = newest
        checkpoint.note = merged(newest, published: published, cosigned: cosigned, witnesses: witnesses)
        try folder.replace(TilePath.checkpoint, with: checkpoint.note.bytes)
        try writer.prune(sizes: sizes)
        return Outcome(checkpoint: checkpoint, size: index.leafCount, filesWritten: writer.filesWritten)
    }

    /// The checkpoint the folder publishes now, if any; one of another log is refused.
    private static func publishedCheckpoint(_ folder: TileFolder, origin: String) throws -> SignedCheckpoint? {
        guard folder.exists(TilePath.checkpoint) else { return nil }
        let published = try SignedCheckpoint(parsing: try FileSystem.read(folder.url(TilePath.checkpoint)))
        guard published.checkpoint.origin == origin else {
            throw LedgerError.invalidInput(
                "\(folder.directory.path) publishes another log (\(published.checkpoint.origin)); give each logbook its own folder")
        }
        return published
    }

    /// The newest checkpoint's note with the cosignatures of the published one (if it is the same
    /// checkpoint) and those of `witnesses` found on `cosigned` copies of it; a witness's newer
    /// cosignature replaces its older one.
    static func merged(
        _ newest: SignedCheckpoint, published: SignedCheckpoint?, cosigned: [SignedNote], witnesses: [NoteVerifierKey]
    ) -> SignedNote {
        var note = newest.note
        let copies = ([published?.note].compactMap { $0 } + cosigned).filter { $0.text == note.text }
        for copy in copies {
            for line in copy.signatures where !note.signatures.contains(line) {
                let verifies = witnesses.contains { key in
                    key.name == line.name && key.keyID == line.keyID
                        && (try? SignedNote(text: copy.text, signatures: [line]).verify(key)) != nil
                }
                if verifies || copy == published?.note { note.setSignature(line) }
            }
        }
        return note
    }
}
