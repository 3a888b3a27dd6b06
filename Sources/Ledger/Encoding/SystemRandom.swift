import Sodium

/// Random bytes from libsodium's cryptographically secure generator.
public struct SystemRandom: RandomSource {
    /// Creates the system's secure random source.
    public init() {}

    /// Returns `count` bytes from `randombytes_buf`.
    public mutating func bytes(count: Int) -> [UInt8] {
        SecureRandom.bytes(count: count)
    }
}
