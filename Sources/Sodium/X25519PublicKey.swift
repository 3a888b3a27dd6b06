import CSodium

/// An X25519 public key (32 bytes): what others seal to (`crypto_box_seal`).
public struct X25519PublicKey: Sendable, Hashable {
    /// The length of a public key in bytes (`crypto_box_PUBLICKEYBYTES`, 32).
    public static let length = Int(crypto_box_publickeybytes())
    /// The bytes a sealed box adds to what it holds: an ephemeral public key and a tag (`crypto_box_SEALBYTES`, 48).
    public static let sealedBoxOverhead = Int(crypto_box_sealbytes())

    /// The 32 bytes of the key.
    public let bytes: [UInt8]

    /// Creates a public key from its 32 bytes.
    /// - Parameter bytes: The encoded key.
    /// - Throws: `SodiumError.invalidLength` if `bytes` is not 32 bytes long.
    public init(bytes: [UInt8]) throws {
        try SodiumError.checkLength(of: bytes, named: "X25519 public key", expected: Self.length)
        self.bytes = bytes
    }

    /// Wraps bytes that libsodium has just produced; a wrong length is a bug here.
    init(validatedBytes bytes: [UInt8]) {
        precondition(bytes.count == Self.length, "an X25519 public key is 32 bytes")
        self.bytes = bytes
    }

    /// Seals a symmetric key so that only the holder of this key's secret half can open it
    /// (`crypto_box_seal`: an ephemeral key pair, X25519 and XSalsa20-Poly1305). The key goes from secure
    /// memory straight into the box.
    /// - Parameter key: The symmetric key to seal.
    /// - Returns: The sealed box, 80 bytes (ephemeral public key ‖ ciphertext ‖ tag).
    /// - Throws: `SodiumError.weakPublicKey` if this key is a point of small order (the shared secret would be zero).
    public func sealedBox(containing key: SymmetricKey) throws -> [UInt8] {
        SodiumLibrary.ensureInitialised()
        var sealed = [UInt8](repeating: 0, count: SymmetricKey.length + Self.sealedBoxOverhead)
        let status = key.withUnsafeKeyPointer { keyPointer in
            bytes.withNonNullBytes { recipient, _ in
                sealed.withNonNullMutableBytes { output, _ in
                    crypto_box_seal(output, keyPointer, UInt64(SymmetricKey.length), recipient)
                }
            }
        }
        guard status == 0 else { throw SodiumError.weakPublicKey }
        return sealed
    }
}
