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
    /// Where the key starts in ``storage``: 0 for a key with a buffer of its own, its slot's offset in an arena's region.
    private let offset: Int
    /// Whether ``storage`` is an arena's region, shared with other keys (``SymmetricKeyArena``).
    private let inArena: Bool

    /// Takes ownership of a secure buffer that already holds the key.
    init(storage: SecureBuffer) {
        precondition(storage.count == SymmetricKey.length, "a symmetric key is 32 bytes")
        self.storage = storage
        offset = 0
        inArena = false
    }

    private init(region: SecureBuffer, offset: Int) {
        storage = region
        self.offset = offset
        inArena = true
    }

    /// Writes a key into the next slot of an arena.
    /// - Parameters:
    ///   - arena: The arena.
    ///   - write: Writes the 32 key bytes at the pointer, returning libsodium's status.
    /// - Throws: `SodiumError.authenticationFailed` for a status other than 0 (the slot is zeroed).
    static func make(in arena: SymmetricKeyArena, _ write: (UnsafeMutablePointer<UInt8>) -> Int32) throws -> SymmetricKey {
        let (region, offset) = arena.nextSlot()
        let key = SymmetricKey(region: region, offset: offset)
        guard region.withUnsafeMutablePointer({ write($0 + offset) }) == 0 else { throw SodiumError.authenticationFailed }
        return key
    }

    deinit {
        // A key in an arena's region wipes its slot now; a buffer of its own is wiped by `sodium_free`.
        if inArena { storage.withUnsafeMutablePointer { sodium_memzero($0 + offset, SymmetricKey.length) } }
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
        try storage.withUnsafePointer { try body($0 + offset) }
    }
}
