import Sodium

/// The fingerprint people compare out of band to recognise a key, e.g. the trust anchor at an inspection.
public enum Fingerprint {
    /// `SHA256:` followed by the hex SHA-256 of the public key's 32 bytes.
    /// - Parameter key: The public key.
    /// - Returns: The fingerprint text.
    public static func of(_ key: Ed25519PublicKey) -> String {
        "SHA256:" + Hex.encode(SHA256.hash(key.bytes))
    }
}
