import CSodium

/// One-shot SHA-256 (`crypto_hash_sha256`).
public enum SHA256 {
    /// The length of a SHA-256 digest in bytes (`crypto_hash_sha256_BYTES`, 32).
    public static let digestLength = Int(crypto_hash_sha256_bytes())

    /// Computes the SHA-256 digest of `bytes` (`crypto_hash_sha256`).
    /// - Parameter bytes: The message to hash.
    /// - Returns: The 32-byte digest.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        hash(bytes[...])
    }

    /// Computes the SHA-256 digest of part of a buffer, without copying it (`crypto_hash_sha256`).
    /// - Parameter bytes: The message to hash.
    /// - Returns: The 32-byte digest.
    public static func hash(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        SodiumLibrary.ensureInitialised()
        var digest = [UInt8](repeating: 0, count: digestLength)
        let status = bytes.withNonNullBytes { input, inputCount in
            digest.withNonNullMutableBytes { output, _ in
                crypto_hash_sha256(output, input, UInt64(inputCount))
            }
        }
        precondition(status == 0, "crypto_hash_sha256 failed")
        return digest
    }

    /// Computes the SHA-256 digest of one prefix byte followed by `bytes`, without concatenating them.
    ///
    /// Used for RFC 6962 leaf (`0x00`) and node (`0x01`) hashing.
    /// - Parameters:
    ///   - prefix: The byte hashed first.
    ///   - bytes: The bytes hashed after `prefix`.
    /// - Returns: The 32-byte digest of `prefix ‖ bytes`.
    public static func hash(prefix: UInt8, _ bytes: [UInt8]) -> [UInt8] {
        hash(prefix: prefix, bytes[...])
    }

    /// Computes the SHA-256 digest of one prefix byte followed by part of a buffer, without copying.
    /// - Parameters:
    ///   - prefix: The byte hashed first.
    ///   - bytes: The bytes hashed after `prefix`.
    /// - Returns: The 32-byte digest of `prefix ‖ bytes`.
    public static func hash(prefix: UInt8, _ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(prefix)
        hasher.update(bytes)
        return hasher.finalize()
    }
}
