import Foundation
import Sodium

/// One published log as a board sees it (`logboek board`): its newest checkpoint's size, when it was last
/// published, which witnesses cosigned it, and what is wrong, if anything: unreachable, a bad signature,
/// tiles that do not give the checkpoint's root, a fork from what the board's witness cosigned, or (with
/// a full check) a line that does not verify. Nothing of any case's content is read.
public struct PublishedLogStatus: Sendable {
    /// A witness that cosigned the checkpoint, and when.
    public struct Cosigner: Sendable, Equatable {
        /// The witness's key name.
        public let name: String
        /// The time in its cosignature.
        public let time: Date
    }

    /// Where the log is published.
    public let location: String
    /// The newest published checkpoint, if it could be read.
    public let checkpoint: Checkpoint?
    /// When the checkpoint was last published (written), if known.
    public let lastModified: Date?
    /// The witnesses among those given that cosigned it.
    public let cosigners: [Cosigner]
    /// What is wrong, or `nil`; `log-inconsistent` is a fork.
    public let problem: ErrorSummary?

    /// Whether the problem is a fork: the log no longer extends what the board's witness cosigned.
    public var isFork: Bool { problem?.code == ProofError.inconsistentLog("").code }

    /// Checks one published log.
    /// - Parameters:
    ///   - store: The published log.
    ///   - logKeys: Log verifier keys, matched by origin; a log without one is checked with the key the
    ///     witness pinned, or (with `full`) with an administrator's key from its own lines.
    ///   - witnessKeys: The witnesses whose cosignatures are looked for.
    ///   - witness: The board's own witness, whose last cosigned checkpoint the log must extend.
    ///   - full: Whether to verify every published line too (as `verify --tiles`).
    ///   - rules: The signing rules for a full check.
    /// - Returns: The status; failures are reported in it, not thrown.
    public static func check(
        _ store: any TileStore, logKeys: [NoteVerifierKey], witnessKeys: [NoteVerifierKey], witness: Witness?, full: Bool,
        rules: (any SigningRules)? = nil
    ) -> PublishedLogStatus {
        var (checkpoint, modified, cosigners): (Checkpoint?, Date?, [Cosigner]) = (nil, nil, [])
        do {
            guard let resource = try store.read(TilePath.checkpoint) else {
                throw LedgerError.io(operation: "read", path: store.location + "/" + TilePath.checkpoint, reason: "nothing is published there")
            }
            let signed = try SignedCheckpoint(parsing: resource.bytes)
            (checkpoint, modified) = (signed.checkpoint, resource.lastModified)
            cosigners = witnessKeys.compactMap { key in
                (try? signed.note.verify(key)).flatMap { $0 }.map { Cosigner(name: key.name, time: Date(timeIntervalSince1970: TimeInterval($0))) }
            }
            let pinned = try witness?.pinned(signed.checkpoint.origin)
            let key = logKeys.first { $0.name == signed.checkpoint.origin } ?? pinned?.logKey
            try checkTree(signed, store: store, key: key, full: full, rules: rules)
            if let last = pinned?.last { try requireExtends(last, signed.checkpoint, store: store) }
            return PublishedLogStatus(location: store.location, checkpoint: checkpoint, lastModified: modified, cosigners: cosigners, problem: nil)
        } catch {
            return PublishedLogStatus(
                location: store.location, checkpoint: checkpoint, lastModified: modified, cosigners: cosigners, problem: ErrorSummary(error))
        }
    }

    /// Checks the signature and that the tiles give the checkpoint's root (or, with `full`, everything).
    private static func checkTree(_ signed: SignedCheckpoint, store: any TileStore, key: NoteVerifierKey?, full: Bool, rules: (any SigningRules)?) throws {
        if full {
            let outcome = try TileAudit.verify(store, key: key, rules: rules)
            if let failure = outcome.report.failure {
                throw LedgerError.damagedLog(failure)
            }
            if let problem = outcome.problem { throw problem }
            return
        }
        guard let key else {
            throw ProofError.badSignature("no verifier key for \(signed.checkpoint.origin): pass --log-key, or --witness with a witness that follows it")
        }
        try signed.verifyLogSignature(key)
        guard constantTimeEquals(try MerkleTree(TileTree(store, size: signed.checkpoint.size)).root(size: signed.checkpoint.size), signed.checkpoint.root)
        else { throw ProofError.tileMismatch("the published tiles do not give the checkpoint's root") }
    }

    /// Refuses a checkpoint that does not extend the one the board's witness cosigned last: a fork.
    private static func requireExtends(_ last: Checkpoint, _ checkpoint: Checkpoint, store: any TileStore) throws {
        guard checkpoint.size >= last.size else {
            throw ProofError.inconsistentLog("the log publishes \(checkpoint.size) events, fewer than the \(last.size) the witness cosigned: it was cut back")
        }
        let proof = try MerkleTree(TileTree(store, size: checkpoint.size)).consistencyProof(from: last.size, to: checkpoint.size)
        do {
            try MerkleProof.verifyConsistency(oldSize: last.size, newSize: checkpoint.size, proof: proof, oldRoot: last.root, newRoot: checkpoint.root)
        } catch {
            throw ProofError.inconsistentLog(
                "the checkpoint of size \(checkpoint.size) does not extend the one of size \(last.size) the witness cosigned: the history was rewritten (a fork)")
        }
    }
}
