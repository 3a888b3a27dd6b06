extension Ed25519SigningKey {
    /// Encrypts the 32-byte seed with XChaCha20-Poly1305-IETF so the key can be stored.
    ///
    /// The seed goes from secure memory straight into the cipher; it never becomes a Swift array.
    /// - Parameters:
    ///   - key: The key that encrypts the seed.
    ///   - nonce: A 24-byte nonce, never reused with the same `key`.
    ///   - additionalData: Data authenticated with, but not stored in, the sealed seed.
    /// - Returns: The 48-byte sealed seed (ciphertext ‖ tag).
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long.
    public func sealedSeed(with key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]) throws -> [UInt8] {
        try XChaCha20Poly1305.seal(seedBuffer(), key: key, nonce: nonce, additionalData: additionalData)
    }

    /// Recreates a signing key from a seed sealed by ``sealedSeed(with:nonce:additionalData:)``.
    /// - Parameters:
    ///   - sealed: The sealed seed (ciphertext ‖ tag).
    ///   - key: The key the seed was sealed with.
    ///   - nonce: The 24-byte nonce it was sealed with.
    ///   - additionalData: The additional data it was sealed with.
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long;
    ///   `SodiumError.authenticationFailed` if the key, nonce or additional data is wrong,
    ///   or `sealed` was altered or has the wrong length.
    public convenience init(
        unsealing sealed: [UInt8], with key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws {
        let seed = SecureBuffer(count: Ed25519SigningKey.seedLength)
        try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: additionalData, into: seed)
        self.init(seedBuffer: seed)
    }
}
