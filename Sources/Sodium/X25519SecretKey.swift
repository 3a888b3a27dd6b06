import CSodium

/// An X25519 key pair for sealed boxes (`crypto_box_*`): others seal symmetric keys to its public half,
/// and only its secret half opens them.
///
/// The 32-byte secret lives in `sodium_malloc` guarded memory, wiped and freed in `deinit`.
/// Not `Sendable`: it is owned and used on one thread.
public final class X25519SecretKey {
    /// The length of a secret key in bytes (`crypto_box_SECRETKEYBYTES`, 32).
    public static let length = Int(crypto_box_secretkeybytes())

    /// The public half of the key pair.
    public let publicKey: X25519PublicKey
    private let secret: SecureBuffer

    /// Takes ownership of a secure buffer holding a secret key and computes its public half
    /// (`crypto_scalarmult_base`, the X25519 function of RFC 7748 on the base point).
    init(secret: SecureBuffer) {
        precondition(secret.count == X25519SecretKey.length, "an X25519 secret key is 32 bytes")
        var publicBytes = [UInt8](repeating: 0, count: X25519PublicKey.length)
        let status = secret.withUnsafePointer { secretPointer in
            publicBytes.withNonNullMutableBytes { output, _ in crypto_scalarmult_base(output, secretPointer) }
        }
        precondition(status == 0, "crypto_scalarmult_base failed")
        self.secret = secret
        publicKey = X25519PublicKey(validatedBytes: publicBytes)
    }

    /// Creates a fresh random key pair (`crypto_box_keypair`).
    public convenience init() {
        SodiumLibrary.ensureInitialised()
        let secret = SecureBuffer(count: X25519SecretKey.length)
        var publicBytes = [UInt8](repeating: 0, count: X25519PublicKey.length)
        let status = secret.withUnsafeMutablePointer { secretPointer in
            publicBytes.withNonNullMutableBytes { output, _ in crypto_box_keypair(output, secretPointer) }
        }
        precondition(status == 0, "crypto_box_keypair failed")
        self.init(secret: secret)
    }

    /// Creates the key pair of known secret bytes, for tests and vectors.
    /// - Parameter bytes: The 32 secret bytes (an RFC 7748 scalar; clamped when used).
    /// - Throws: `SodiumError.invalidLength` if `bytes` is not 32 bytes long.
    convenience init(secretBytes bytes: [UInt8]) throws {
        try SodiumError.checkLength(of: bytes, named: "X25519 secret key", expected: X25519SecretKey.length)
        self.init(secret: SecureBuffer(copying: bytes))
    }

    /// Opens a sealed box made by ``X25519PublicKey/sealedBox(containing:)`` for this key's public half
    /// (`crypto_box_seal_open`); the symmetric key goes straight into secure memory: a buffer of its own, or a slot of
    /// an arena holding many keys.
    /// - Parameters:
    ///   - sealed: The 80-byte sealed box.
    ///   - arena: Where to keep the key, if in an arena (``SymmetricKeyArena``).
    /// - Returns: The symmetric key it holds.
    /// - Throws: `SodiumError.authenticationFailed` if the box was sealed to another key, was altered, or has
    ///   the wrong length.
    public func openSealedBox(_ sealed: [UInt8], in arena: SymmetricKeyArena? = nil) throws -> SymmetricKey {
        guard sealed.count == SymmetricKey.length + X25519PublicKey.sealedBoxOverhead else {
            throw SodiumError.authenticationFailed
        }
        let open = { (output: UnsafeMutablePointer<UInt8>) -> Int32 in
            self.secret.withUnsafePointer { secretPointer in
                self.publicKey.bytes.withNonNullBytes { publicPointer, _ in
                    sealed.withNonNullBytes { sealedPointer, sealedCount in
                        crypto_box_seal_open(output, sealedPointer, UInt64(sealedCount), publicPointer, secretPointer)
                    }
                }
            }
        }
        if let arena { return try SymmetricKey.make(in: arena, open) }
        let key = SecureBuffer(count: SymmetricKey.length)
        guard key.withUnsafeMutablePointer(open) == 0 else { throw SodiumError.authenticationFailed }
        return SymmetricKey(storage: key)
    }

    /// Takes the secret back from the one file that holds it in the clear, the organisation's recovery key
    /// (see ``exportedSecretBytes()``). Nothing else calls this.
    /// - Parameter bytes: The 32 secret bytes.
    /// - Throws: `SodiumError.invalidLength` if `bytes` is not 32 bytes long.
    public convenience init(importingSecret bytes: [UInt8]) throws {
        try self.init(secretBytes: bytes)
    }

    /// Copies the secret out of secure memory, for the one file that must hold it in the clear: the
    /// organisation's recovery key, written once and kept offline. Nothing else calls this.
    /// - Returns: The 32 secret bytes.
    public func exportedSecretBytes() -> [UInt8] {
        secret.withUnsafePointer { Array(UnsafeBufferPointer(start: $0, count: X25519SecretKey.length)) }
    }

    /// The secret key itself, for sealing it under a passphrase.
    var secretBuffer: SecureBuffer { secret }
}
