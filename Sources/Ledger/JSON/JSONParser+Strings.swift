/// A string as parsed: its value and, if it had no escapes, where its UTF-8 lies in the input
/// (so object keys can be ordered by comparing input bytes).
struct ParsedString {
    /// The decoded string.
    let value: String
    /// The indices of the string's UTF-8 in the input, or `nil` if the string had escapes.
    let unescapedRange: Range<Int>?
}

extension JSONParser {
    /// Parses a string; the current byte is its opening `"`.
    ///
    /// Runs of bytes between escapes are validated as UTF-8 while they are scanned and decoded a
    /// whole run at a time, so a string without escapes is decoded straight from the input.
    /// - Returns: The string and its UTF-8.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseString() throws(JSONError) -> ParsedString {
        let openingQuote = index
        index += 1
        let start = index
        try scanLiteralRun(openedAt: openingQuote)
        guard bytes[index] == UInt8(ascii: "\"") else {
            return try parseEscapedString(from: start, openedAt: openingQuote)
        }
        let run = start..<index
        index += 1
        return ParsedString(value: String(decoding: bytes[run], as: UTF8.self), unescapedRange: run)
    }

    /// Advances over bytes that stand for themselves, stopping at the next `"` or `\`.
    /// - Parameter openingQuote: The index of the string's opening quote, for messages.
    /// - Throws: ``JSONError`` for a raw control character, invalid UTF-8 or a missing end quote.
    mutating func scanLiteralRun(openedAt openingQuote: Int) throws(JSONError) {
        let end = bytes.endIndex
        var position = skipPlainQuads(from: index)
        while position < end {
            let byte = bytes[position]
            if Self.isPlain(byte) {
                position += 1
                continue
            }
            index = position
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return }
            position = skipPlainQuads(from: position + (try lengthOfNonASCII(byte)))
        }
        index = end
        let opened = openingQuote - bytes.startIndex
        throw failure(.invalidSyntax, "the string opened at byte offset \(opened) is not terminated")
    }

    /// Skips four bytes at a time while all four are printable ASCII other than `"` and `\`.
    /// - Parameter start: Where to start.
    /// - Returns: The index of the first group of four that holds another byte, or of the last
    ///   few bytes of the text.
    private func skipPlainQuads(from start: Int) -> Int {
        var position = start
        let end = bytes.endIndex
        while end - position >= 4 {
            let plain = Self.isPlain(bytes[position]) && Self.isPlain(bytes[position + 1])
                && Self.isPlain(bytes[position + 2]) && Self.isPlain(bytes[position + 3])
            guard plain else { break }
            position += 4
        }
        return position
    }

    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        (byte &- 0x20 < 0x60) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    /// The length of the well-formed UTF-8 sequence at the current index, which is not ASCII.
    private func lengthOfNonASCII(_ byte: UInt8) throws(JSONError) -> Int {
        guard byte >= 0x80 else {
            throw failure(.invalidSyntax, "a string holds a raw control character (\(describeByte()))")
        }
        guard let length = UTF8Validation.sequenceLength(in: bytes, at: index) else {
            throw failure(.invalidUTF8, "a string holds ill-formed UTF-8 (\(describeByte()))")
        }
        return length
    }

    private mutating func parseEscapedString(
        from start: Int, openedAt openingQuote: Int
    ) throws(JSONError) -> ParsedString {
        var buffer = Array(bytes[start..<index])
        while bytes[index] == UInt8(ascii: "\\") {
            try appendEscape(to: &buffer, openedAt: openingQuote)
            let runStart = index
            try scanLiteralRun(openedAt: openingQuote)
            buffer.append(contentsOf: bytes[runStart..<index])
        }
        index += 1
        return ParsedString(value: String(decoding: buffer, as: UTF8.self), unescapedRange: nil)
    }
}
