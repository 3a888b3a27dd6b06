import Sodium

/// One epoch of a sealed stream's key: 32 random bytes in secure memory that seal the payloads of the
/// stream's events from the moment the epoch starts. A stream gets its first key when it is opened and a new
/// epoch when someone's access is withdrawn, so later events are sealed with a key the withdrawn never held.
public final class StreamKey: Sendable {
    /// The epoch, counted from 0.
    public let epoch: Int
    let key: SymmetricKey

    /// Makes a fresh random key for an epoch.
    /// - Parameter epoch: The epoch it starts.
    public init(epoch: Int) {
        self.epoch = epoch
        key = SymmetricKey()
    }

    /// Wraps a key opened from a copy.
    init(epoch: Int, key: SymmetricKey) {
        self.epoch = epoch
        self.key = key
    }
}
