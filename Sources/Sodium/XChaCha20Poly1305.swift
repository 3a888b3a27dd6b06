import CSodium

/// XChaCha20-Poly1305-IETF authenticated encryption (`crypto_aead_xchacha20poly1305_ietf_*`).
public enum XChaCha20Poly1305 {
    /// The length of a nonce in bytes (`crypto_aead_xchacha20poly1305_ietf_NPUBBYTES`, 24).
    public static let nonceLength = Int(crypto_aead_xchacha20poly1305_ietf_npubbytes())
    /// The length of the authentication tag in bytes (`crypto_aead_xchacha20poly1305_ietf_ABYTES`, 16).
    public static let tagLength = Int(crypto_aead_xchacha20poly1305_ietf_abytes())

    /// Encrypts and authenticates `plaintext` (`crypto_aead_xchacha20poly1305_ietf_encrypt`).
    /// - Parameters:
    ///   - plaintext: The bytes to encrypt.
    ///   - key: The encryption key.
    ///   - nonce: A 24-byte nonce, never reused with the same `key`.
    ///   - additionalData: Data authenticated with, but not stored in, the result.
    /// - Returns: The ciphertext followed by the 16-byte tag.
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long.
    public static func seal(
        _ plaintext: [UInt8], key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws -> [UInt8] {
        try plaintext.withNonNullBytes { plaintextPointer, plaintextCount in
            try seal(
                UnsafeBufferPointer(start: plaintextPointer, count: plaintextCount),
                key: key, nonce: nonce, additionalData: additionalData
            )
        }
    }

    /// Checks and decrypts a message made by ``seal(_:key:nonce:additionalData:)``
    /// (`crypto_aead_xchacha20poly1305_ietf_decrypt`).
    /// - Parameters:
    ///   - sealed: The ciphertext followed by the 16-byte tag.
    ///   - key: The key it was sealed with.
    ///   - nonce: The 24-byte nonce it was sealed with.
    ///   - additionalData: The additional data it was sealed with.
    /// - Returns: The plaintext.
    /// - Throws: `SodiumError.invalidLength` if `nonce` is not 24 bytes long;
    ///   `SodiumError.authenticationFailed` if the key, nonce or additional data is wrong,
    ///   or `sealed` was altered or is shorter than a tag.
    public static func open(
        _ sealed: [UInt8], key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws -> [UInt8] {
        try checkNonce(nonce)
        guard sealed.count >= tagLength else {
            throw SodiumError.authenticationFailed
        }
        var plaintext = [UInt8](repeating: 0, count: sealed.count - tagLength)
        try plaintext.withUnsafeMutableBufferPointer { output in
            try open(sealed, key: key, nonce: nonce, additionalData: additionalData, into: output)
        }
        return plaintext
    }

    /// Throws ``SodiumError/invalidLength(what:expected:actual:)`` unless `nonce` is 24 bytes long.
    static func checkNonce(_ nonce: [UInt8]) throws {
        try SodiumError.checkLength(of: nonce, named: "XChaCha20-Poly1305 nonce", expected: nonceLength)
    }
}
