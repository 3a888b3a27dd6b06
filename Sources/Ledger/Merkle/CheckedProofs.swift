import Foundation
import Sodium

/// Inclusion and consistency proofs from the logbook's hash index, each checked by the RFC 9162
/// algorithms against roots computed from the event hashes alone before it is handed out.
///
/// The index's cached subtrees are derived data: a damaged one would give a proof that fails (or a false
/// `log-inconsistent`). When a proof does not check, the index is rebuilt from the log and the proof made
/// again; a proof that still does not check is an error, never printed.
public enum CheckedProofs {
    /// An inclusion proof with the root it leads to.
    public struct Inclusion: Sendable, Equatable {
        /// The proof.
        public let file: ProofFile
        /// The root of the tree of ``ProofFile/size`` events.
        public let root: [UInt8]
    }

    /// A consistency proof with the roots it joins.
    public struct Consistency: Sendable, Equatable {
        /// The proof.
        public let file: ProofFile
        /// The root of the smaller tree.
        public let fromRoot: [UInt8]
        /// The root of the larger tree.
        public let toRoot: [UInt8]
    }

    /// The proof that event `seq` is in the tree of `size` events (default: the whole log).
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - seq: The event.
    ///   - size: The tree size, or `nil` for the log's current size.
    /// - Returns: The checked proof.
    /// - Throws: ``ProofError`` for a seq or size outside the log, ``LedgerError`` for I/O or a damaged log.
    public static func inclusion(in layout: LogbookLayout, seq: Int, size: Int?) throws -> Inclusion {
        try withRebuildOnMismatch(layout) { index in
            let size = size ?? index.leafCount
            let proof = try MerkleTree(index).inclusionProof(index: seq, size: size)
            let leaf = try index.subtree(level: 0, index: seq)
            let root = try index.leafRoots(sizes: [size])[size] ?? []
            try MerkleProof.verifyInclusion(leafHash: leaf, index: seq, size: size, proof: proof, root: root)
            return Inclusion(file: ProofFile(kind: .inclusion(seq: seq, leafHash: leaf), size: size, hashes: proof), root: root)
        }
    }

    /// The proof that the log (or the checkpoint `to`) extends the checkpoint `from`.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - from: The earlier checkpoint.
    ///   - to: The later checkpoint, or `nil` for the log as it is.
    /// - Returns: The checked proof.
    /// - Throws: ``ProofError/inconsistentLog(_:)`` when the log does not match a checkpoint, ``LedgerError`` for I/O.
    public static func consistency(in layout: LogbookLayout, from: Checkpoint, to: Checkpoint?) throws -> Consistency {
        try withRebuildOnMismatch(layout) { index in
            let size = to?.size ?? index.leafCount
            let checkpoints = [from] + (to.map { [$0] } ?? [])
            let roots = try index.leafRoots(sizes: Set((checkpoints.map(\.size) + [size]).filter { $0 <= index.leafCount }))
            for checkpoint in checkpoints {
                guard checkpoint.size > 0, let root = roots[checkpoint.size], constantTimeEquals(root, checkpoint.root) else {
                    throw ProofError.inconsistentLog(
                        "the log does not match the checkpoint of size \(checkpoint.size): the history before seq \(checkpoint.size) was rewritten or cut")
                }
            }
            let proof = try MerkleTree(index).consistencyProof(from: from.size, to: size)
            let (fromRoot, toRoot) = (roots[from.size] ?? [], roots[size] ?? [])
            try MerkleProof.verifyConsistency(oldSize: from.size, newSize: size, proof: proof, oldRoot: fromRoot, newRoot: toRoot)
            return Consistency(file: ProofFile(kind: .consistency(from: from.size), size: size, hashes: proof), fromRoot: fromRoot, toRoot: toRoot)
        }
    }

    /// Runs `body` on the index; if the proof it made does not check, rebuilds the index from the log and runs it once more.
    private static func withRebuildOnMismatch<Result>(_ layout: LogbookLayout, _ body: (HashIndex) throws -> Result) throws -> Result {
        do {
            return try body(try HashIndex.open(layout))
        } catch ProofError.mismatch {
            do {
                return try body(try HashIndex.open(layout, rebuilding: true))
            } catch ProofError.mismatch(let reason) {
                throw LedgerError.io(
                    operation: "make a proof from", path: layout.index.path,
                    reason: "the rebuilt hash index still gives a proof that does not check (\(reason)); remove the index folder and retry")
            }
        }
    }
}
