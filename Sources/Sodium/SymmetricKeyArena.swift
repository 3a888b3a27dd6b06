import CSodium

/// Guarded memory for many symmetric keys: one `sodium_malloc` region (guard pages, canary, locked) per
/// ``keysPerRegion`` keys instead of one region, with its own guard pages and system calls, per key. For a command
/// that holds the keys of thousands of cases at once (a listing, which seals a read into each), which would
/// otherwise map, protect and lock memory thousands of times, and lock more than a process may.
///
/// A key made in the arena zeroes its slot when it is released; a region is wiped and freed with `sodium_free` once
/// the arena and every key in it are gone. Not for use from several threads at once.
public final class SymmetricKeyArena {
    /// How many keys one region holds (16 KiB of keys).
    public static let keysPerRegion = 512

    private var region: SecureBuffer?
    private var used = 0

    /// An empty arena; its first region is allocated with its first key.
    public init() {}

    /// The next free slot: a region and the offset of 32 bytes in it.
    func nextSlot() -> (region: SecureBuffer, offset: Int) {
        let current: SecureBuffer
        if let region, used < Self.keysPerRegion {
            current = region
        } else {
            current = SecureBuffer(count: Self.keysPerRegion * SymmetricKey.length)
            region = current
            used = 0
        }
        defer { used += 1 }
        return (current, used * SymmetricKey.length)
    }
}
