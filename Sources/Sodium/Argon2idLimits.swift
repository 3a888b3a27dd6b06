import CSodium

/// Argon2id cost parameters, stored beside what they protect so a key can always be derived again.
public struct Argon2idLimits: Sendable, Equatable, Codable {
    /// The number of passes over memory (`opslimit`); at least `crypto_pwhash_OPSLIMIT_MIN` (1).
    public let opsLimit: UInt64
    /// The memory used, in bytes (`memlimit`); at least `crypto_pwhash_MEMLIMIT_MIN` (8192).
    public let memLimit: UInt64

    /// Creates cost parameters; `crypto_pwhash` rejects values outside its bounds when a key is derived.
    /// - Parameters:
    ///   - opsLimit: The number of passes over memory.
    ///   - memLimit: The memory to use, in bytes.
    public init(opsLimit: UInt64, memLimit: UInt64) {
        self.opsLimit = opsLimit
        self.memLimit = memLimit
    }

    /// Costs for interactive use: `crypto_pwhash_OPSLIMIT_INTERACTIVE` and `crypto_pwhash_MEMLIMIT_INTERACTIVE`
    /// (the Argon2id values: 2 passes, 64 MiB).
    public static let interactive = Argon2idLimits(
        opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_interactive()),
        memLimit: UInt64(crypto_pwhash_argon2id_memlimit_interactive())
    )

    /// Costs for more sensitive keys: `crypto_pwhash_OPSLIMIT_MODERATE` and `crypto_pwhash_MEMLIMIT_MODERATE`
    /// (the Argon2id values: 3 passes, 256 MiB).
    public static let moderate = Argon2idLimits(
        opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_moderate()),
        memLimit: UInt64(crypto_pwhash_argon2id_memlimit_moderate())
    )

    /// The bounds a stored cost must lie within before a key is derived with it, so a hostile key file
    /// cannot make opening it run for hours or exhaust memory: 1 to 16 passes
    /// (`crypto_pwhash_OPSLIMIT_MIN` to four times `crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE`), and 8 KiB
    /// (`crypto_pwhash_argon2id_MEMLIMIT_MIN`) to 1 GiB (`crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE`).
    public static let acceptedOps: ClosedRange<UInt64> = 1...(4 * UInt64(crypto_pwhash_argon2id_opslimit_sensitive()))
    /// The accepted memory cost, in bytes (see ``acceptedOps``).
    public static let acceptedMemory: ClosedRange<UInt64> =
        UInt64(crypto_pwhash_argon2id_memlimit_min())...UInt64(crypto_pwhash_argon2id_memlimit_sensitive())

    /// The length of an Argon2id salt in bytes (`crypto_pwhash_SALTBYTES`, 16).
    public static let saltLength = Int(crypto_pwhash_saltbytes())
}
