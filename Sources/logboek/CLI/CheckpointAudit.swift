import Foundation
import Ledger

/// `verify --checkpoint`: whether the log extends each checkpoint given, with the roots computed while
/// the log streams past (the hash index is not used: verification trusts nothing derived).
struct CheckpointAudit {
    /// One checkpoint's outcome.
    struct Verdict {
        let file: String
        let checkpoint: Checkpoint
        let problem: ProofError?
    }

    let files: [(path: String, signed: SignedCheckpoint)]
    private var accumulator = TreeHashAccumulator()
    private var roots: [Int: [UInt8]] = [:]
    private let sizes: Set<Int>

    /// Reads the checkpoint files.
    init(paths: [String]) throws {
        files = try paths.map { ($0, try CheckpointInput.checkpoint($0)) }
        sizes = Set(files.map(\.signed.checkpoint.size))
    }

    /// Whether no checkpoint was given (then the log's hashes need not be followed).
    var isEmpty: Bool { files.isEmpty }

    /// Takes the next event's hash.
    mutating func add(_ hash: [UInt8]) {
        accumulator.append(hash)
        if sizes.contains(accumulator.leafCount) { roots[accumulator.leafCount] = accumulator.root }
    }

    /// The verdict for every checkpoint, smallest first, once the whole log was read.
    /// - Parameters:
    ///   - state: What the log establishes (for the origin and the administrators' keys).
    ///   - key: The verifier key given with `--key`, if any.
    ///   - witnesses: The witnesses' cosignature keys given with `--witness-key`: each must have cosigned.
    func verdicts(state: ChainState?, genesis: [UInt8]?, key: NoteVerifierKey?, witnesses: [NoteVerifierKey]) -> [Verdict] {
        let origin = genesis.map { LogOrigin.of(genesisHash: $0) }
        return files.map { file in
            let checkpoint = file.signed.checkpoint
            return Verdict(file: file.path, checkpoint: checkpoint, problem: problem(file.signed, origin: origin, state: state, key: key, witnesses: witnesses))
        }.sorted { $0.checkpoint.size < $1.checkpoint.size }
    }

    private func problem(
        _ signed: SignedCheckpoint, origin: String?, state: ChainState?, key: NoteVerifierKey?, witnesses: [NoteVerifierKey]
    ) -> ProofError? {
        let checkpoint = signed.checkpoint
        guard checkpoint.origin == origin else {
            return .inconsistentLog("the checkpoint of size \(checkpoint.size) is of another log (\(checkpoint.origin))")
        }
        if let key {
            do { try signed.verifyLogSignature(key) } catch { return error }
        } else {
            guard AdministratorKey.verifying(signed, registry: state?.registry) != nil else {
                return .badSignature("the checkpoint of size \(checkpoint.size) is not signed by an administrator of this log")
            }
        }
        for witness in witnesses {
            do { try signed.note.verify(witness) } catch {
                return .badSignature("the checkpoint of size \(checkpoint.size) has no valid cosignature by the witness '\(witness.name)'")
            }
        }
        guard let root = roots[checkpoint.size] else {
            return .inconsistentLog("the log holds \(accumulator.leafCount) events, fewer than the checkpoint's \(checkpoint.size)")
        }
        guard root == checkpoint.root else {
            return .inconsistentLog("the log does not match the checkpoint of size \(checkpoint.size): the history before seq \(checkpoint.size) was rewritten")
        }
        return nil
    }
}
