import CSodium

/// An Ed25519 signing key.
///
/// The 64-byte libsodium secret key (seed ‖ public key) lives in `sodium_malloc` guarded memory,
/// wiped and freed in `deinit`. `Sendable`: nothing changes its bytes after it is made, and libsodium only
/// reads them, so a writer may sign a batch on several cores at once.
public final class Ed25519SigningKey: @unchecked Sendable {
    /// The length of a seed in bytes (`crypto_sign_SEEDBYTES`, 32).
    public static let seedLength = Int(crypto_sign_seedbytes())
    /// The length of a detached signature in bytes (`crypto_sign_BYTES`, 64).
    public static let signatureLength = Int(crypto_sign_bytes())
    private static let secretKeyLength = Int(crypto_sign_secretkeybytes())

    /// The public half of the key pair.
    public let publicKey: Ed25519PublicKey
    private let secretKey: SecureBuffer

    private init(secretKey: SecureBuffer, publicKey: Ed25519PublicKey) {
        precondition(secretKey.count == Ed25519SigningKey.secretKeyLength, "an Ed25519 secret key is 64 bytes")
        self.secretKey = secretKey
        self.publicKey = publicKey
    }

    /// Creates a fresh random key pair (`crypto_sign_keypair`).
    public convenience init() {
        let pair = Ed25519SigningKey.makeKeyPair { publicKey, secretKey in
            crypto_sign_keypair(publicKey, secretKey)
        }
        self.init(secretKey: pair.secretKey, publicKey: pair.publicKey)
    }

    /// Creates the key pair determined by a 32-byte seed (`crypto_sign_seed_keypair`), for tests and test
    /// vectors only: a seed in a Swift array cannot be wiped, so it is not public.
    /// - Parameter seed: The 32-byte seed, as in RFC 8032's "secret key".
    /// - Throws: `SodiumError.invalidLength` if `seed` is not 32 bytes long.
    convenience init(seed: [UInt8]) throws {
        try SodiumError.checkLength(of: seed, named: "Ed25519 seed", expected: Ed25519SigningKey.seedLength)
        self.init(seedBuffer: SecureBuffer(copying: seed))
    }

    /// Creates the key pair determined by a seed held in secure memory.
    convenience init(seedBuffer seed: SecureBuffer) {
        precondition(seed.count == Ed25519SigningKey.seedLength, "an Ed25519 seed is 32 bytes")
        let pair = seed.withUnsafePointer { seedPointer in
            Ed25519SigningKey.makeKeyPair { publicKey, secretKey in
                crypto_sign_seed_keypair(publicKey, secretKey, seedPointer)
            }
        }
        self.init(secretKey: pair.secretKey, publicKey: pair.publicKey)
    }

    /// Signs `message` (`crypto_sign_detached`).
    /// - Parameter message: The bytes to sign.
    /// - Returns: The 64-byte detached signature.
    public func signature(for message: [UInt8]) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: Ed25519SigningKey.signatureLength)
        let status = secretKey.withUnsafePointer { secret in
            message.withNonNullBytes { messagePointer, messageCount in
                signature.withNonNullMutableBytes { output, _ in
                    crypto_sign_detached(output, nil, messagePointer, UInt64(messageCount), secret)
                }
            }
        }
        precondition(status == 0, "crypto_sign_detached failed")
        return signature
    }

    /// Copies the 32-byte seed out of the secret key into a new secure buffer (`crypto_sign_ed25519_sk_to_seed`).
    func seedBuffer() -> SecureBuffer {
        let seed = SecureBuffer(count: Ed25519SigningKey.seedLength)
        let status = seed.withUnsafeMutablePointer { output in
            secretKey.withUnsafePointer { secret in
                crypto_sign_ed25519_sk_to_seed(output, secret)
            }
        }
        precondition(status == 0, "crypto_sign_ed25519_sk_to_seed failed")
        return seed
    }

    private typealias KeyPairGenerator = (
        _ publicKey: UnsafeMutablePointer<UInt8>, _ secretKey: UnsafeMutablePointer<UInt8>
    ) -> Int32

    /// Runs a libsodium key-pair generator into a fresh secure buffer and public-key array.
    private static func makeKeyPair(
        using generate: KeyPairGenerator
    ) -> (secretKey: SecureBuffer, publicKey: Ed25519PublicKey) {
        let secretKey = SecureBuffer(count: secretKeyLength)
        var publicKeyBytes = [UInt8](repeating: 0, count: Ed25519PublicKey.length)
        let status = secretKey.withUnsafeMutablePointer { secret in
            publicKeyBytes.withNonNullMutableBytes { publicKey, _ in
                generate(publicKey, secret)
            }
        }
        precondition(status == 0, "Ed25519 key-pair generation failed")
        return (secretKey, Ed25519PublicKey(validatedBytes: publicKeyBytes))
    }
}
