import CSodium

extension SymmetricKey {
    /// Derives a key from a passphrase with Argon2id (`crypto_pwhash`, `crypto_pwhash_ALG_ARGON2ID13`).
    /// - Parameters:
    ///   - passphrase: The passphrase, in secure memory.
    ///   - salt: A random 16-byte salt (`crypto_pwhash_SALTBYTES`), stored beside what the key protects.
    ///   - limits: The cost parameters, also stored so the key can be derived again.
    /// - Throws: `SodiumError.invalidLength` if `salt` is not 16 bytes long;
    ///   `SodiumError.keyDerivationFailed` if `crypto_pwhash` fails (out of memory, or limits out of range).
    public convenience init(derivingFrom passphrase: SecretBytes, salt: [UInt8], limits: Argon2idLimits) throws {
        try SodiumError.checkLength(of: salt, named: "Argon2id salt", expected: Argon2idLimits.saltLength)
        guard let memLimit = Int(exactly: limits.memLimit) else {
            throw SodiumError.keyDerivationFailed
        }
        let storage = SecureBuffer(count: SymmetricKey.length)
        let status = storage.withUnsafeMutablePointer { key in
            passphrase.withUnsafeBytes { passphrasePointer, passphraseCount in
                salt.withNonNullBytes { saltPointer, _ in
                    UnsafeRawPointer(passphrasePointer).withMemoryRebound(to: CChar.self, capacity: passphraseCount) {
                        crypto_pwhash(
                            key, UInt64(SymmetricKey.length), $0, UInt64(passphraseCount), saltPointer,
                            limits.opsLimit, memLimit, crypto_pwhash_alg_argon2id13()
                        )
                    }
                }
            }
        }
        guard status == 0 else {
            throw SodiumError.keyDerivationFailed
        }
        self.init(storage: storage)
    }
}
