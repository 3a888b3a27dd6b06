import Sodium

extension EnvelopeReader {
    /// Reads and consumes a member holding the base64 of a 32-byte X25519 public key.
    mutating func encryptionKey(_ key: String) throws(EventProblem) -> X25519PublicKey {
        let bytes = try base64(key, length: X25519PublicKey.length)
        guard let publicKey = try? X25519PublicKey(bytes: bytes) else {
            throw EventProblem(code: .malformedEvent, message: "'\(key)' is not a 32-byte X25519 public key")
        }
        return publicKey
    }
}

extension EnvelopeReader {
    /// Reads and consumes a member holding an X25519 public key, if the object has it.
    mutating func optionalEncryptionKey(_ key: String) throws(EventProblem) -> X25519PublicKey? {
        has(key) ? try encryptionKey(key) : nil
    }
}
