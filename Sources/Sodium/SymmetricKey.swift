import CSodium

/// A 32-byte symmetric key for XChaCha20-Poly1305.
///
/// The key lives in `sodium_malloc` guarded memory, wiped and freed in `deinit`; its bytes are never public.
/// `Sendable`: nothing changes its bytes after it is made, and libsodium only reads them, so a writer may seal
/// with it on several cores at once.
public final class SymmetricKey: @unchecked Sendable {
    /// The length of a key in bytes (`crypto_aead_xchacha20poly1305_ietf_KEYBYTES`, 32).
    public static let length = Int(crypto_aead_xchacha20poly1305_ietf_keybytes())

    private let storage: SecureBuffer

    /// Takes ownership of a secure buffer that already holds the key.
    init(storage: SecureBuffer) {
        precondition(storage.count == SymmetricKey.length, "a symmetric key is 32 bytes")
        self.storage = storage
    }

    /// Creates a random key (`crypto_aead_xchacha20poly1305_ietf_keygen`).
    public convenience init() {
        let storage = SecureBuffer(count: SymmetricKey.length)
        storage.withUnsafeMutablePointer { key in
            crypto_aead_xchacha20poly1305_ietf_keygen(key)
        }
        self.init(storage: storage)
    }

    /// Creates a key from known bytes, for tests and test vectors only (not public: bytes in a Swift array
    /// cannot be wiped).
    /// - Parameter bytes: The 32 key bytes.
    /// - Throws: `SodiumError.invalidLength` if `bytes` is not 32 bytes long.
    convenience init(bytes: [UInt8]) throws {
        try SodiumError.checkLength(of: bytes, named: "symmetric key", expected: SymmetricKey.length)
        self.init(storage: SecureBuffer(copying: bytes))
    }

    /// Calls `body` with read access to the 32 key bytes; the pointer is valid only inside `body`.
    func withUnsafeKeyPointer<Result>(_ body: (UnsafePointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafePointer(body)
    }
}
