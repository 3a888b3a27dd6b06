import Sodium

/// SHA-256 and constant-time comparison of digests, as the layers above the ledger need them for documents
/// and evidence bundles, so that they name them without reaching past the ledger.
public enum Digest {
    /// The SHA-256 of `bytes` (libsodium `crypto_hash_sha256`).
    /// - Parameter bytes: The bytes to hash.
    /// - Returns: The 32-byte digest.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] { SHA256.hash(bytes) }

    /// Whether two digests are equal, compared in constant time (libsodium `sodium_memcmp`).
    /// - Parameters:
    ///   - lhs: A digest.
    ///   - rhs: Another digest.
    /// - Returns: `true` if they have the same length and bytes.
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool { constantTimeEquals(lhs, rhs) }
}
