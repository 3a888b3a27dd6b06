import Foundation
import Sodium

/// `verify --tiles`: checks a published log without the logbook. Every line of the tree of the published
/// checkpoint is verified as `verify` does (canonical, chain, hashes, authority, signatures), each line's
/// hash is compared with its level-0 tile and its entry, every higher tile with the tile below it, the root
/// with the checkpoint's, and the checkpoint's signature with the key given or an administrator's.
public enum TileAudit {
    /// What the check found.
    public struct Outcome: Sendable {
        /// The published checkpoint.
        public let checkpoint: SignedCheckpoint
        /// The verification of the published lines.
        public let report: VerifyReport
        /// Why the tiles or the checkpoint do not hold, or `nil`.
        public let problem: ProofError?
        /// The bytes read from the published log.
        public let bytesRead: Int

        /// Whether the lines verified and the tiles and checkpoint hold.
        public var holds: Bool { report.isValid && problem == nil }
    }

    /// Checks the log published at `store`.
    /// - Parameters:
    ///   - store: The published log.
    ///   - key: The log's verifier key, or `nil` for a key an administrator held at the checkpoint's size.
    ///   - witnesses: Witnesses whose cosignature the checkpoint must carry.
    ///   - rules: The signing rules beyond the registry's.
    ///   - progress: Called with the number of events verified so far.
    /// - Returns: The outcome.
    /// - Throws: ``LedgerError`` when a resource cannot be read, ``ProofError/malformed(_:)`` for a checkpoint that is not one.
    public static func verify(
        _ store: any TileStore, key: NoteVerifierKey?, witnesses: [NoteVerifierKey] = [], rules: (any SigningRules)? = nil,
        progress: ((Int) -> Void)? = nil
    ) throws -> Outcome {
        let signed = try SignedCheckpoint(parsing: try store.require(TilePath.checkpoint, for: "the checkpoint"))
        let size = signed.checkpoint.size
        let tree = TileTree(store, size: size)
        let leaves = LeafCheck(tree)
        let feed = BundleFeed(store, size: size)
        var reader = LineReader { _ in try feed.nextBlock() }
        let report = try Verifier(rules: rules).verify(reading: &reader, from: ChainState(rules: rules), progress: progress, onHash: leaves.add)
        var problem = leaves.problem
        if problem == nil, report.isValid {
            problem = treeProblem(signed, tree: tree, leaves: leaves)
                ?? signed.signatureProblem(origin: leaves.genesis.map(LogOrigin.of), registry: report.state?.registry, key: key, witnesses: witnesses)
        }
        return Outcome(checkpoint: signed, report: report, problem: problem, bytesRead: store.bytesRead)
    }

    /// The first disagreement between the lines' tree, the tiles and the checkpoint.
    private static func treeProblem(_ signed: SignedCheckpoint, tree: TileTree, leaves: LeafCheck) -> ProofError? {
        let size = signed.checkpoint.size
        guard leaves.count == size else {
            return .tileMismatch("the line bundles hold \(leaves.count) lines, not the checkpoint's \(size)")
        }
        guard constantTimeEquals(leaves.root, signed.checkpoint.root) else {
            return .inconsistentLog("the published lines do not have the checkpoint's root")
        }
        do {
            for level in 1..<TilePath.levels(size: size) { try checkTiles(level: level, tree: tree) }
            guard constantTimeEquals(try MerkleTree(tree).root(size: size), signed.checkpoint.root) else {
                return .tileMismatch("the partial tiles do not give the checkpoint's root")
            }
        } catch let error as ProofError {
            return error
        } catch {
            return .tileMismatch("\(error)")
        }
        return nil
    }

    /// Checks each hash of one tile level against the full tile below it that it stands for.
    private static func checkTiles(level: Int, tree: TileTree) throws {
        let count = TilePath.hashCount(level: level, size: tree.leafCount)
        for tile in 0...(count / TilePath.width) where tile * TilePath.width < count {
            let hashes = try tree.tile(level: level, index: tile)
            for position in 0..<(hashes.count / TreeHash.length) {
                let below = try tree.tile(level: level - 1, index: tile * TilePath.width + position)
                let leaves = stride(from: 0, to: below.count, by: TreeHash.length).map { Array(below[$0..<($0 + TreeHash.length)]) }
                let root = try MerkleTree(try MemoryTree(leaves: leaves)).root(size: leaves.count)
                guard constantTimeEquals(root, Array(hashes[(position * TreeHash.length)..<((position + 1) * TreeHash.length)])) else {
                    throw ProofError.tileMismatch("hash \(position) of tile \(TilePath.tile(level: level, index: tile, width: hashes.count / TreeHash.length)) is not the root of the tile below it")
                }
            }
        }
    }
}
