/// The order RFC 8785 sorts object members in: keys compared as arrays of UTF-16 code units.
///
/// Keys are compared through their UTF-8 bytes. UTF-8 byte order equals code point order, and
/// UTF-16 order differs from that only where a code point in U+E000…U+FFFF (lead byte 0xEE or
/// 0xEF) meets a supplementary one (lead byte 0xF0…0xF4), whose leading surrogate
/// (0xD800…0xDBFF) sorts below it. So one check at the first differing byte suffices, and ASCII
/// keys are compared byte by byte.
enum UTF16KeyOrder {
    /// How two keys compare.
    enum Ordering {
        /// The first key sorts before the second.
        case ascending
        /// The keys are the same sequence of code units.
        case equal
        /// The first key sorts after the second.
        case descending
    }

    /// Whether one key sorts before another in UTF-16 code unit order.
    /// - Parameters:
    ///   - lhs: A key.
    ///   - rhs: Another key.
    /// - Returns: `true` if `lhs` sorts strictly before `rhs`.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs.utf8, rhs.utf8) == .ascending
    }

    /// Compares two keys, given as well-formed UTF-8, in UTF-16 code unit order.
    /// - Parameters:
    ///   - lhs: The UTF-8 of a key.
    ///   - rhs: The UTF-8 of another key.
    /// - Returns: How `lhs` compares to `rhs`.
    static func compare<Left: Sequence<UInt8>, Right: Sequence<UInt8>>(_ lhs: Left, _ rhs: Right) -> Ordering {
        var left = lhs.makeIterator()
        var right = rhs.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return .equal
            case (nil, _): return .ascending
            case (_, nil): return .descending
            case let (leftByte?, rightByte?) where leftByte != rightByte:
                return compareDiffering(leftByte, rightByte)
            default: continue
            }
        }
    }

    /// Compares two keys given as ranges of well-formed UTF-8 in one buffer, in UTF-16 order.
    /// - Parameters:
    ///   - lhs: The indices of a key's UTF-8 in `bytes`.
    ///   - rhs: The indices of another key's UTF-8 in `bytes`.
    ///   - bytes: The buffer holding both keys.
    /// - Returns: How the key at `lhs` compares to the key at `rhs`.
    static func compare(_ lhs: Range<Int>, _ rhs: Range<Int>, in bytes: ArraySlice<UInt8>) -> Ordering {
        var left = lhs.lowerBound
        var right = rhs.lowerBound
        while left < lhs.upperBound && right < rhs.upperBound {
            if bytes[left] != bytes[right] { return compareDiffering(bytes[left], bytes[right]) }
            left += 1
            right += 1
        }
        if lhs.count == rhs.count { return .equal }
        return lhs.count < rhs.count ? .ascending : .descending
    }

    private static func compareDiffering(_ leftByte: UInt8, _ rightByte: UInt8) -> Ordering {
        let leftIsHighBMP = leftByte == 0xEE || leftByte == 0xEF
        let rightIsHighBMP = rightByte == 0xEE || rightByte == 0xEF
        if leftIsHighBMP && rightByte >= 0xF0 { return .descending }
        if rightIsHighBMP && leftByte >= 0xF0 { return .ascending }
        return leftByte < rightByte ? .ascending : .descending
    }
}
