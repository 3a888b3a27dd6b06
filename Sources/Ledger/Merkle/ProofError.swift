/// Why a Merkle proof, a checkpoint or a cosignature was refused.
///
/// Each case has a stable ``code`` for machines and tests, and a ``message`` for people.
public enum ProofError: Error, Equatable, Sendable {
    /// A hash is not 32 bytes long.
    case badHashLength(String)
    /// The tree sizes or the leaf index do not make sense together (index beyond the size, size 0, ...).
    case badRange(String)
    /// The proof has more or fewer hashes than the sizes call for.
    case badProofLength(String)
    /// The proof does not lead to the expected root: the leaf is not in the tree, or the trees are not consistent.
    case mismatch(String)
    /// A checkpoint, note, key or proof file is not in its format.
    case malformed(String)
    /// No signature on the note verifies under the given key.
    case badSignature(String)
    /// The log does not contain (or extend) a checkpoint: history that was checkpointed has changed.
    case inconsistentLog(String)
    /// A witness refuses to cosign (smaller, older or inconsistent checkpoint, unknown log key).
    case witnessRefused(String)
    /// A published tile, entry bundle or line bundle disagrees with the lines or the checkpoint.
    case tileMismatch(String)

    /// A stable, machine-readable identifier of the kind of error.
    public var code: String {
        switch self {
        case .badHashLength: "bad-hash-length"
        case .badRange: "bad-tree-range"
        case .badProofLength: "bad-proof-length"
        case .mismatch: "proof-mismatch"
        case .malformed: "malformed"
        case .badSignature: "bad-checkpoint-signature"
        case .inconsistentLog: "log-inconsistent"
        case .witnessRefused: "witness-refused"
        case .tileMismatch: "tile-mismatch"
        }
    }

    /// Errors are equal when they have the same code; the wording may change.
    public static func == (lhs: ProofError, rhs: ProofError) -> Bool {
        lhs.code == rhs.code
    }

    /// A sentence for people: what went wrong.
    public var message: String {
        switch self {
        case .badHashLength(let text), .badRange(let text), .badProofLength(let text), .mismatch(let text),
             .malformed(let text), .badSignature(let text), .inconsistentLog(let text), .witnessRefused(let text), .tileMismatch(let text):
            text
        }
    }
}
