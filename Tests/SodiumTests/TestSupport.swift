/// Helpers shared by the Sodium tests.
struct MalformedHex: Error {}

/// Decodes a hex string such as `"0a1b"` into bytes.
func bytes(hex: String) throws -> [UInt8] {
    let digits = Array(hex.utf8)
    guard digits.count.isMultiple(of: 2) else { throw MalformedHex() }
    return try stride(from: 0, to: digits.count, by: 2).map { index in
        guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
            throw MalformedHex()
        }
        return byte
    }
}

/// Returns `bytes` with one bit flipped.
func flippingBit(_ bit: Int, ofByteAt index: Int, in bytes: [UInt8]) -> [UInt8] {
    var flipped = bytes
    flipped[index] ^= UInt8(1) << UInt8(bit)
    return flipped
}

/// A small seeded generator (SplitMix64) so "random" tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
