import Sodium

/// Where the ledger draws random bytes (payload salts) from. Passed in, so tests can be seeded.
public protocol RandomSource {
    /// Returns `count` random bytes.
    /// - Parameter count: How many bytes.
    /// - Returns: The bytes.
    mutating func bytes(count: Int) -> [UInt8]
}
