extension JSONParser {
    /// Decodes the escape at the current `\` and appends its UTF-8.
    ///
    /// When canonical form is required, only the escapes `JSON.stringify` writes are accepted:
    /// `\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r`, and `\u00xx` in lowercase hex for the other
    /// code points below U+0020.
    /// - Parameters:
    ///   - buffer: The string's UTF-8 so far.
    ///   - openingQuote: The index of the string's opening quote, for messages.
    /// - Throws: ``JSONError`` for an invalid, lone-surrogate or (if required) non-canonical escape.
    mutating func appendEscape(to buffer: inout [UInt8], openedAt openingQuote: Int) throws(JSONError) {
        Self.appendUTF8(try readEscape(openedAt: openingQuote), to: &buffer)
    }

    /// Reads the escape at the current `\` (a surrogate pair counts as one) and moves past it,
    /// with the same checks as ``appendEscape(to:openedAt:)``, but without storing anything.
    /// - Parameter openingQuote: The index of the string's opening quote, for messages.
    /// - Returns: The Unicode scalar value the escape stands for (never a surrogate).
    /// - Throws: ``JSONError`` for an invalid, lone-surrogate or (if required) non-canonical escape.
    mutating func readEscape(openedAt openingQuote: Int) throws(JSONError) -> UInt32 {
        let escapeStart = index
        index += 1
        guard index < bytes.endIndex else {
            let opened = openingQuote - bytes.startIndex
            throw failure(.invalidSyntax, "the string opened at byte offset \(opened) is not terminated")
        }
        let letter = bytes[index]
        index += 1
        if letter == UInt8(ascii: "u") {
            return try readUnicodeEscape(escapeStart: escapeStart)
        }
        guard let decoded = Self.shortEscape(letter) else {
            throw failure(.invalidSyntax, "a string has an invalid escape", at: escapeStart)
        }
        if requiresCanonical && letter == UInt8(ascii: "/") {
            throw failure(.notCanonical, "'/' must be written without an escape", at: escapeStart)
        }
        return UInt32(decoded)
    }

    private static func shortEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        default: nil
        }
    }

    private mutating func readUnicodeEscape(escapeStart: Int) throws(JSONError) -> UInt32 {
        let (unit, hasUppercase) = try readHexQuad()
        if requiresCanonical && !Self.isCanonicalUnicodeEscape(unit, hasUppercase: hasUppercase) {
            let reason = "a \\u escape where canonical form has a shorter escape or the literal character"
            throw failure(.notCanonical, reason, at: escapeStart)
        }
        switch unit {
        case 0xD800...0xDBFF:
            let low = try readLowSurrogate(afterHighAt: escapeStart)
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw failure(
                .loneSurrogate, "a \\u escape is a trailing surrogate without a leading one", at: escapeStart)
        default:
            return unit
        }
    }

    /// Whether `JSON.stringify` would write this code unit as this `\u` escape.
    private static func isCanonicalUnicodeEscape(_ unit: UInt32, hasUppercase: Bool) -> Bool {
        switch unit {
        case 0x08, 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00..<0x20: !hasUppercase
        default: false
        }
    }

    private mutating func readLowSurrogate(afterHighAt escapeStart: Int) throws(JSONError) -> UInt32 {
        let followedByEscape = bytes.endIndex - index >= 2
            && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
        if followedByEscape {
            index += 2
            let (unit, _) = try readHexQuad()
            if (0xDC00...0xDFFF).contains(unit) { return unit }
        }
        throw failure(
            .loneSurrogate, "a \\u escape is a leading surrogate without a trailing one", at: escapeStart)
    }

    private mutating func readHexQuad() throws(JSONError) -> (unit: UInt32, hasUppercase: Bool) {
        var unit: UInt32 = 0
        var hasUppercase = false
        for _ in 0..<4 {
            guard index < bytes.endIndex, let digit = Self.hexValue(bytes[index]) else {
                throw failure(.invalidSyntax, "a \\u escape needs four hex digits")
            }
            hasUppercase = hasUppercase || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(bytes[index])
            unit = unit << 4 | digit
            index += 1
        }
        return (unit, hasUppercase)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Appends the UTF-8 of a Unicode scalar value (never a surrogate).
    private static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            buffer.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            buffer.append(0xC0 | UInt8(truncatingIfNeeded: scalar >> 6))
            buffer.append(continuation(scalar))
        case 0x800..<0x10000:
            buffer.append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
            buffer.append(continuation(scalar >> 6))
            buffer.append(continuation(scalar))
        default:
            buffer.append(0xF0 | UInt8(truncatingIfNeeded: scalar >> 18))
            buffer.append(continuation(scalar >> 12))
            buffer.append(continuation(scalar >> 6))
            buffer.append(continuation(scalar))
        }
    }

    private static func continuation(_ bits: UInt32) -> UInt8 {
        0x80 | UInt8(truncatingIfNeeded: bits & 0x3F)
    }
}
