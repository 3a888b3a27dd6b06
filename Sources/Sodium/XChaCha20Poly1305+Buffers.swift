import CSodium

/// The libsodium calls behind ``XChaCha20Poly1305``, on buffers so secrets can stay in secure memory.
extension XChaCha20Poly1305 {
    /// Seals the contents of a secure buffer without copying them into a Swift array.
    static func seal(
        _ plaintext: SecureBuffer, key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws -> [UInt8] {
        try plaintext.withUnsafePointer { input in
            try seal(UnsafeBufferPointer(start: input, count: plaintext.count), key: key, nonce: nonce, additionalData: additionalData)
        }
    }

    /// Opens a sealed message straight into a secure buffer of exactly the plaintext's length.
    static func open(
        _ sealed: [UInt8], key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8], into plaintext: SecureBuffer
    ) throws {
        try checkNonce(nonce)
        guard sealed.count == plaintext.count + tagLength else {
            throw SodiumError.authenticationFailed
        }
        try plaintext.withUnsafeMutableBufferPointer { output in
            try open(sealed, key: key, nonce: nonce, additionalData: additionalData, into: output)
        }
    }

    /// Encrypts `plaintext` into a new array of ciphertext ‖ tag.
    static func seal(
        _ plaintext: UnsafeBufferPointer<UInt8>, key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8]
    ) throws -> [UInt8] {
        try checkNonce(nonce)
        var sealed = [UInt8](repeating: 0, count: plaintext.count + tagLength)
        var sealedCount: UInt64 = 0
        let status = key.withUnsafeKeyPointer { keyPointer in
            nonce.withNonNullBytes { noncePointer, _ in
                additionalData.withNonNullBytes { adPointer, adCount in
                    sealed.withNonNullMutableBytes { output, _ in
                        crypto_aead_xchacha20poly1305_ietf_encrypt(
                            output, &sealedCount, plaintext.baseAddress, UInt64(plaintext.count),
                            adPointer, UInt64(adCount), nil, noncePointer, keyPointer
                        )
                    }
                }
            }
        }
        precondition(status == 0 && sealedCount == UInt64(sealed.count), "crypto_aead_xchacha20poly1305_ietf_encrypt failed")
        return sealed
    }

    /// Checks and decrypts `sealed` into `plaintext`, which must be exactly `sealed.count - tagLength` bytes.
    static func open(
        _ sealed: [UInt8], key: SymmetricKey, nonce: [UInt8], additionalData: [UInt8],
        into plaintext: UnsafeMutableBufferPointer<UInt8>
    ) throws {
        precondition(plaintext.count + tagLength == sealed.count, "plaintext buffer has the wrong size")
        precondition(nonce.count == nonceLength, "nonce length is checked by the caller")
        var plaintextCount: UInt64 = 0
        let status = key.withUnsafeKeyPointer { keyPointer in
            nonce.withNonNullBytes { noncePointer, _ in
                additionalData.withNonNullBytes { adPointer, adCount in
                    sealed.withNonNullBytes { sealedPointer, _ in
                        crypto_aead_xchacha20poly1305_ietf_decrypt(
                            plaintext.baseAddress, &plaintextCount, nil, sealedPointer, UInt64(sealed.count),
                            adPointer, UInt64(adCount), noncePointer, keyPointer
                        )
                    }
                }
            }
        }
        guard status == 0 else {
            throw SodiumError.authenticationFailed
        }
        precondition(plaintextCount == UInt64(plaintext.count), "decrypted length disagrees with the buffer")
    }
}
