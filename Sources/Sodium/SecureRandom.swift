import CSodium

/// Cryptographically secure random bytes (`randombytes_buf`).
public enum SecureRandom {
    /// Returns `count` random bytes (`randombytes_buf`).
    /// - Parameter count: The number of bytes; must not be negative.
    /// - Returns: An array of `count` random bytes.
    public static func bytes(count: Int) -> [UInt8] {
        precondition(count >= 0, "cannot draw a negative number of random bytes")
        SodiumLibrary.ensureInitialised()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withNonNullMutableBytes { output, outputCount in
            randombytes_buf(output, outputCount)
        }
        return bytes
    }
}
