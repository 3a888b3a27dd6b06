import Foundation
import Sodium

extension Witness {
    /// What following one log gave.
    public struct Following: Sendable {
        /// Where the log is published.
        public let location: String
        /// The checkpoint as cosigned, or `nil` if it was refused or could not be read.
        public let cosigned: SignedCheckpoint?
        /// The size of the checkpoint cosigned before, if any.
        public let previousSize: Int?
        /// Why it was not cosigned (`witness-refused` for a fork), or `nil`.
        public let problem: ErrorSummary?
        /// The bytes read from the published log for this cosignature.
        public let bytesRead: Int
        /// Where the cosigned checkpoint was published for the log to pick up, if it was.
        public let published: URL?
    }

    /// Follows a published log: reads its checkpoint and the tiles of the consistency proof from the last
    /// checkpoint this witness cosigned, checks them as `cosign` does (holding the witness's lock), cosigns,
    /// and writes the cosigned checkpoint to `publication/<origin>/checkpoint` (atomically). A fork — a
    /// checkpoint not consistent with the one cosigned before — is refused and reported, never cosigned.
    /// - Parameters:
    ///   - store: The published log.
    ///   - logKeys: Log verifier keys, one per origin (the key's name); needed the first time a log is
    ///     followed, then it must match the pinned one.
    ///   - signingKey: The witness's opened key.
    ///   - clock: The time written in the cosignature.
    ///   - publication: The folder the witness publishes cosigned checkpoints in, or `nil`.
    ///   - lockTimeout: Seconds to wait for another cosigning of this witness.
    /// - Returns: The outcome; a failure is reported in it, not thrown.
    public func follow(
        _ store: any TileStore, logKeys: [NoteVerifierKey], signingKey: Ed25519SigningKey, clock: any WallClock,
        publication: URL?, lockTimeout: Double = 30
    ) -> Following {
        let before = store.bytesRead
        var previousSize: Int?
        do {
            let signed = try SignedCheckpoint(parsing: try store.require(TilePath.checkpoint, for: "the checkpoint"))
            let checkpoint = signed.checkpoint
            let key = logKeys.first { $0.name == checkpoint.origin && $0.type == NoteVerifierKey.ed25519 }
            let cosigned = try cosign(signed, proof: { last in
                previousSize = last.size
                return try MerkleTree(TileTree(store, size: checkpoint.size)).consistencyProof(from: last.size, to: checkpoint.size)
            }, logKey: key, signingKey: signingKey, clock: clock, lockTimeout: lockTimeout)
            let published = try publication.map { try Self.publish(cosigned, in: $0) }
            return Following(
                location: store.location, cosigned: cosigned, previousSize: previousSize, problem: nil, bytesRead: store.bytesRead - before,
                published: published)
        } catch {
            return Following(
                location: store.location, cosigned: nil, previousSize: previousSize, problem: ErrorSummary(error),
                bytesRead: store.bytesRead - before, published: nil)
        }
    }

    /// Writes a cosigned checkpoint to `<publication>/<origin>/checkpoint`.
    private static func publish(_ cosigned: SignedCheckpoint, in publication: URL) throws -> URL {
        guard let path = TilePath.cosigned(origin: cosigned.checkpoint.origin) else {
            throw LedgerError.invalidInput("the origin '\(cosigned.checkpoint.origin)' cannot be a path; its cosignature was not published")
        }
        let file = publication.appendingPathComponent(path)
        try FileSystem.createDirectory(file.deletingLastPathComponent())
        try FileSystem.writeAtomically(cosigned.note.bytes, to: file, replacing: true, permissions: 0o644)
        return file
    }
}
