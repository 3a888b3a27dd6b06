extension CanonicalEncoder {
    /// Appends a quoted string escaped exactly as ECMAScript's `JSON.stringify` does.
    ///
    /// `"` and `\` get a backslash; U+0008, U+0009, U+000A, U+000C and U+000D get their short
    /// escapes; other code points below U+0020 become `\u00xx` in lowercase hex; everything else,
    /// including `/`, U+007F, U+2028 and all non-ASCII, is written literally as UTF-8.
    /// - Parameters:
    ///   - string: The string.
    ///   - output: The buffer to append to.
    static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        let start = output.count
        output.append(contentsOf: string.utf8)
        if let firstEscape = firstIndexNeedingEscape(in: output, from: start) {
            let rest = Array(output[firstEscape...])
            output.removeLast(rest.count)
            for byte in rest { appendEscaped(byte, to: &output) }
        }
        output.append(0x22)
    }

    /// The index of the first byte from `start` on that must be escaped.
    /// - Parameters:
    ///   - output: A buffer ending with a string's raw UTF-8.
    ///   - start: Where the string's UTF-8 begins.
    /// - Returns: The index, or `nil` if the string needs no escapes (the common case, checked
    ///   on the copied bytes by index, which is faster than walking the string).
    private static func firstIndexNeedingEscape(in output: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < output.count {
            if needsEscape(output[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a UTF-8 byte must be escaped in canonical JSON.
    /// - Parameter byte: A byte of a string's UTF-8.
    /// - Returns: `true` for `"`, `\` and bytes below 0x20.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case 0x22, 0x5C: output.append(contentsOf: [0x5C, byte])
        case 0x08: output.append(contentsOf: [0x5C, 0x62])
        case 0x09: output.append(contentsOf: [0x5C, 0x74])
        case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
        case 0x0C: output.append(contentsOf: [0x5C, 0x66])
        case 0x0D: output.append(contentsOf: [0x5C, 0x72])
        case 0x00..<0x20:
            output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
        default: output.append(byte)
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
