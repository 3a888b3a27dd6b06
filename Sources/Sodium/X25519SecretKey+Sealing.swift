extension X25519SecretKey {
    /// Encrypts the 32-byte secret with XChaCha20-Poly1305-IETF so the key can be stored.
    ///
    /// The secret goes from secure memory straight into the cipher; it never becomes a Swift array.
    /// - Parameters:
    ///   - key: The key that encrypts the secret.
    ///   - nonce: A 24-byte nonce, never reused with the same `key`.
    ///   - additionalData: Data authenticated with, but not stored in, the sealed secret.
    /// - Returns: The 48-byte sealed secret (ciphertext ‖ tag).
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long.
    public func sealedSecret(with key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]) throws -> [UInt8] {
        try XChaCha20Poly1305.seal(secretBuffer, key: key, nonce: nonce, additionalData: additionalData)
    }

    /// Recreates a key pair from a secret sealed by ``sealedSecret(with:nonce:additionalData:)``.
    /// - Parameters:
    ///   - sealed: The sealed secret (ciphertext ‖ tag).
    ///   - key: The key the secret was sealed with.
    ///   - nonce: The 24-byte nonce it was sealed with.
    ///   - additionalData: The additional data it was sealed with.
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long;
    ///   `SodiumError.authenticationFailed` if the key, nonce or additional data is wrong,
    ///   or `sealed` was altered or has the wrong length.
    public convenience init(
        unsealing sealed: [UInt8], with key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws {
        let secret = SecureBuffer(count: X25519SecretKey.length)
        try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: additionalData, into: secret)
        self.init(secret: secret)
    }
}
