import Sodium

/// A seeded, repeatable generator (SplitMix64). For tests and reproducible examples only: never for salts
/// that must stay unguessable.
public struct SeededRandom: RandomSource, RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator that always yields the same bytes for the same seed.
    /// - Parameter seed: The seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 bits of the sequence.
    /// - Returns: The bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Returns the next `count` bytes of the sequence.
    public mutating func bytes(count: Int) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(count)
        while output.count < count {
            let word = next()
            for shift in stride(from: 0, to: 64, by: 8) where output.count < count {
                output.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return output
    }
}
