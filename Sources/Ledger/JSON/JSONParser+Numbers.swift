extension JSONParser {
    /// Parses an integer; the current byte is its `-` or first digit.
    ///
    /// Refuses leading zeros (`invalid-syntax`), fractions, exponents and `-0`
    /// (`float-not-allowed`) and magnitudes above 2^53 − 1 (`integer-out-of-range`).
    /// - Returns: The integer.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseInteger() throws(JSONError) -> Int64 {
        let start = index
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        let magnitude = try parseMagnitude()
        if index < bytes.endIndex, Self.startsFractionOrExponent(bytes[index]) {
            throw failure(.floatNotAllowed, "a number has a fraction or an exponent", at: start)
        }
        guard magnitude <= CanonicalJSON.maximumMagnitude else {
            throw failure(.integerOutOfRange, "an integer lies outside ±(2^53 − 1)", at: start)
        }
        guard !(isNegative && magnitude == 0) else {
            throw failure(.floatNotAllowed, "-0 is a floating-point value", at: start)
        }
        let value = Int64(magnitude)
        return isNegative ? -value : value
    }

    /// Reads the digits of a number. Past 2^53 − 1 it stops accumulating, so the result stays
    /// above the limit without overflowing.
    private mutating func parseMagnitude() throws(JSONError) -> UInt64 {
        guard index < bytes.endIndex, let first = Self.digitValue(bytes[index]) else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where a digit was expected")
        }
        index += 1
        if first == 0 {
            if index < bytes.endIndex, Self.digitValue(bytes[index]) != nil {
                throw failure(.invalidSyntax, "a number has a leading zero")
            }
            return 0
        }
        var magnitude = first
        while index < bytes.endIndex, let digit = Self.digitValue(bytes[index]) {
            if magnitude <= CanonicalJSON.maximumMagnitude { magnitude = magnitude * 10 + digit }
            index += 1
        }
        return magnitude
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        byte >= 0x30 && byte <= 0x39 ? UInt64(byte - 0x30) : nil
    }

    private static func startsFractionOrExponent(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
