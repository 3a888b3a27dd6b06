/// The first thing an evidence bundle fails on, with a stable code both verifiers share
/// (`logboek bundle verify` and `tools/verify.py --bundle`).
public struct BundleFailure: Error, Sendable, Equatable {
    /// The stable codes.
    public enum Code: String, Sendable, Equatable {
        /// Not a bundle of this format (not JSON, members missing or of the wrong type).
        case bundleMalformed = "bundle-malformed"
        /// The checkpoint is not a signed checkpoint note.
        case checkpointMalformed = "checkpoint-malformed"
        /// The checkpoint is not signed by the verifier key (the bundle's, or the one given).
        case checkpointBadSignature = "checkpoint-bad-signature"
        /// A line is not a canonical event line.
        case lineMalformed = "line-malformed"
        /// A line's hash is not the hash of its header.
        case hashMismatch = "hash-mismatch"
        /// A line's payload is not the one its header commits to.
        case payloadDigestMismatch = "payload-digest-mismatch"
        /// A line's signature does not verify under the author key the bundle gives.
        case badSignature = "bad-signature"
        /// The disclosed payload is not the one the line commits to.
        case payloadMismatch = "payload-mismatch"
        /// The inclusion proof does not lead from the line's hash to the checkpoint's root.
        case proofInvalid = "proof-invalid"
        /// The report block's signature does not verify under the signer key it names.
        case reportBadSignature = "report-bad-signature"
        /// The report block does not match the bundle: another checkpoint, or an event of another case or beyond its last seq.
        case reportMismatch = "report-mismatch"
        /// The document given is not the one the report block names (its SHA-256 differs).
        case documentMismatch = "document-mismatch"
    }

    /// What failed.
    public let code: Code
    /// The position (from 0) of the event in the bundle, if the failure is an event's.
    public let index: Int?
    /// A sentence for people.
    public let message: String

    /// Creates a failure.
    /// - Parameters:
    ///   - code: What failed.
    ///   - index: The event's position in the bundle.
    ///   - message: A sentence for people.
    public init(_ code: Code, index: Int? = nil, _ message: String) {
        self.code = code
        self.index = index
        self.message = message
    }

    /// Compares codes and positions only, as tests do.
    public static func == (lhs: BundleFailure, rhs: BundleFailure) -> Bool { lhs.code == rhs.code && lhs.index == rhs.index }
}
