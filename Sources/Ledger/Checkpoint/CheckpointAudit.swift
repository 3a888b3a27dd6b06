import Foundation
import Sodium

/// `verify --checkpoint`: verifies a log and whether it extends each checkpoint given, with the roots
/// computed while the log streams past (the hash index is not used: verification trusts nothing derived).
///
/// A checkpoint must carry the signature of the `--key` given, else of a key an administrator of this log
/// held when the log had the checkpoint's size (so a checkpoint signed before a rotation still holds, and
/// one signed with the key of an administrator revoked by then does not).
public struct CheckpointAudit {
    /// One checkpoint's outcome.
    public struct Verdict: Sendable {
        /// The file the checkpoint came from.
        public let file: String
        /// The checkpoint.
        public let checkpoint: Checkpoint
        /// Why it does not hold, or `nil` if the log extends it.
        public let problem: ProofError?
    }

    /// What a verification with checkpoints found.
    public struct Outcome: Sendable {
        /// The log's own verification.
        public let report: VerifyReport
        /// Every checkpoint's verdict, smallest first.
        public let verdicts: [Verdict]

        /// Whether the log verified and extends every checkpoint.
        public var holds: Bool { report.isValid && verdicts.allSatisfy { $0.problem == nil } }

        /// The seqs among which history changed, when the log agrees with one checkpoint and not with a
        /// larger one: from the largest size that agrees to just before the smallest larger one that does not.
        public var rewritten: (fromSeq: Int, toSeq: Int)? {
            guard let bad = verdicts.first(where: { $0.problem?.code == "log-inconsistent" })?.checkpoint.size,
                  let agreed = verdicts.filter({ $0.problem == nil && $0.checkpoint.size < bad }).map(\.checkpoint.size).max()
            else { return nil }
            return (agreed, bad - 1)
        }
    }

    private let files: [(path: String, signed: SignedCheckpoint)]
    private var accumulator = TreeHashAccumulator()
    private var roots: [Int: [UInt8]] = [:]
    private var genesis: [UInt8]?
    private let sizes: Set<Int>

    private init(files: [(path: String, signed: SignedCheckpoint)]) {
        self.files = files
        sizes = Set(files.map(\.signed.checkpoint.size))
    }

    /// Verifies the log and, if checkpoints are given, whether it extends each.
    /// - Parameters:
    ///   - log: The log file.
    ///   - checkpoints: The checkpoints, each with the file it came from.
    ///   - key: The verifier key each checkpoint must be signed with, or `nil` for the log's administrators' keys.
    ///   - witnesses: Cosignature keys: each checkpoint must carry a valid cosignature by every one.
    ///   - progress: Called with the number of events verified so far.
    /// - Returns: The log's report and a verdict per checkpoint.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public static func verify(
        logAt log: URL, checkpoints: [(path: String, signed: SignedCheckpoint)], key: NoteVerifierKey?,
        witnesses: [NoteVerifierKey], rules: (any SigningRules)? = nil, progress: ((Int) -> Void)? = nil
    ) throws -> Outcome {
        var audit = CheckpointAudit(files: checkpoints)
        let report = try Verifier(rules: rules).verify(logAt: log, progress: progress, onHash: checkpoints.isEmpty ? nil : { audit.add($0) })
        return Outcome(report: report, verdicts: audit.verdicts(state: report.state, key: key, witnesses: witnesses))
    }

    private mutating func add(_ hash: [UInt8]) {
        if genesis == nil { genesis = hash }
        accumulator.append(hash)
        if sizes.contains(accumulator.leafCount) { roots[accumulator.leafCount] = accumulator.root }
    }

    private func verdicts(state: ChainState?, key: NoteVerifierKey?, witnesses: [NoteVerifierKey]) -> [Verdict] {
        let origin = genesis.map { LogOrigin.of(genesisHash: $0) }
        return files.map { file in
            let problem = problem(file.signed, origin: origin, registry: state?.registry, key: key, witnesses: witnesses)
            return Verdict(file: file.path, checkpoint: file.signed.checkpoint, problem: problem)
        }.sorted { $0.checkpoint.size < $1.checkpoint.size }
    }

    private func problem(
        _ signed: SignedCheckpoint, origin: String?, registry: ActorRegistry?, key: NoteVerifierKey?, witnesses: [NoteVerifierKey]
    ) -> ProofError? {
        let checkpoint = signed.checkpoint
        if let problem = signed.signatureProblem(origin: origin, registry: registry, key: key, witnesses: witnesses) { return problem }
        guard let root = roots[checkpoint.size] else {
            return .inconsistentLog("the log holds \(accumulator.leafCount) events, fewer than the checkpoint's \(checkpoint.size)")
        }
        guard constantTimeEquals(root, checkpoint.root) else {
            return .inconsistentLog("the log does not match the checkpoint of size \(checkpoint.size): the history before seq \(checkpoint.size) was rewritten")
        }
        return nil
    }
}
