import CSodium

/// Incremental SHA-256 over `crypto_hash_sha256_state`.
///
/// Feed bytes with `update(_:)`, then call ``finalize()``.
/// Copying a hasher copies its state, so a copy can be finalized without disturbing the original.
public struct SHA256Hasher: Sendable {
    private var state = crypto_hash_sha256_state()

    /// Creates a hasher for an empty message (`crypto_hash_sha256_init`).
    public init() {
        SodiumLibrary.ensureInitialised()
        reset()
    }

    /// Appends `bytes` to the message (`crypto_hash_sha256_update`).
    /// - Parameter bytes: The bytes to append.
    public mutating func update(_ bytes: [UInt8]) {
        update(bytes[...])
    }

    /// Appends part of a buffer to the message without copying it (`crypto_hash_sha256_update`).
    /// - Parameter bytes: The bytes to append.
    public mutating func update(_ bytes: ArraySlice<UInt8>) {
        let status = bytes.withNonNullBytes { input, inputCount in
            withUnsafeMutablePointer(to: &state) { statePointer in
                crypto_hash_sha256_update(statePointer, input, UInt64(inputCount))
            }
        }
        precondition(status == 0, "crypto_hash_sha256_update failed")
    }

    /// Appends one byte to the message (`crypto_hash_sha256_update`).
    /// - Parameter byte: The byte to append.
    public mutating func update(_ byte: UInt8) {
        let status = withUnsafePointer(to: byte) { input in
            withUnsafeMutablePointer(to: &state) { statePointer in
                crypto_hash_sha256_update(statePointer, input, 1)
            }
        }
        precondition(status == 0, "crypto_hash_sha256_update failed")
    }

    /// Returns the digest of everything appended so far (`crypto_hash_sha256_final`),
    /// then resets the hasher to the empty message so it can be reused.
    /// - Returns: The 32-byte digest.
    public mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: SHA256.digestLength)
        let status = digest.withNonNullMutableBytes { output, _ in
            withUnsafeMutablePointer(to: &state) { statePointer in
                crypto_hash_sha256_final(statePointer, output)
            }
        }
        precondition(status == 0, "crypto_hash_sha256_final failed")
        reset()
        return digest
    }

    private mutating func reset() {
        let status = withUnsafeMutablePointer(to: &state) { statePointer in
            crypto_hash_sha256_init(statePointer)
        }
        precondition(status == 0, "crypto_hash_sha256_init failed")
    }
}
