import CSodium

/// An Ed25519 public key (32 bytes).
public struct Ed25519PublicKey: Sendable, Hashable {
    /// The length of a public key in bytes (`crypto_sign_PUBLICKEYBYTES`, 32).
    public static let length = Int(crypto_sign_publickeybytes())

    /// The 32 bytes of the key.
    public let bytes: [UInt8]

    /// Creates a public key from its 32 bytes, refusing weak keys: a non-canonical encoding, a point not on
    /// the curve, a point of small order (such as the identity, under which other verifiers accept forged
    /// signatures) or one outside the main subgroup (`crypto_core_ed25519_is_valid_point`).
    /// - Parameter bytes: The encoded key.
    /// - Throws: `SodiumError.invalidLength` if `bytes` is not 32 bytes long, `SodiumError.weakPublicKey` if
    ///   it is not a valid point of the main subgroup.
    public init(bytes: [UInt8]) throws {
        try SodiumError.checkLength(of: bytes, named: "Ed25519 public key", expected: Self.length)
        SodiumLibrary.ensureInitialised()
        let valid = bytes.withNonNullBytes { pointer, _ in crypto_core_ed25519_is_valid_point(pointer) }
        guard valid == 1 else { throw SodiumError.weakPublicKey }
        self.bytes = bytes
    }

    /// Wraps bytes that libsodium has just produced; a wrong length is a bug here.
    init(validatedBytes bytes: [UInt8]) {
        precondition(bytes.count == Self.length, "an Ed25519 public key is 32 bytes")
        self.bytes = bytes
    }

    /// Checks a detached signature over `message` (`crypto_sign_verify_detached`).
    /// - Parameters:
    ///   - signature: The 64-byte signature; any other length is simply invalid.
    ///   - message: The signed message.
    /// - Returns: `true` if the signature is valid for `message` under this key.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        SodiumLibrary.ensureInitialised()
        guard signature.count == Ed25519SigningKey.signatureLength else {
            return false
        }
        let status = signature.withNonNullBytes { signaturePointer, _ in
            message.withNonNullBytes { messagePointer, messageCount in
                bytes.withNonNullBytes { keyPointer, _ in
                    crypto_sign_verify_detached(signaturePointer, messagePointer, UInt64(messageCount), keyPointer)
                }
            }
        }
        return status == 0
    }
}
