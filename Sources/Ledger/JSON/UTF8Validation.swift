/// Checks multi-byte UTF-8 sequences against the well-formed forms of Unicode Table 3-7, which
/// exclude overlong forms, surrogate code points (0xED 0xA0…) and values above U+10FFFF.
enum UTF8Validation {
    /// The length of the well-formed multi-byte sequence starting at an index.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - index: The index of a byte at or above 0x80.
    /// - Returns: 2, 3 or 4, or `nil` if no well-formed sequence starts there.
    static func sequenceLength(in bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        guard let (length, second) = form(of: bytes[index]) else { return nil }
        guard bytes.endIndex - index >= length, second.contains(bytes[index + 1]) else { return nil }
        for position in (index + 2)..<(index + length) where !isContinuation(bytes[position]) {
            return nil
        }
        return length
    }

    /// The sequence length a lead byte announces and the range its second byte must lie in.
    private static func form(of lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
