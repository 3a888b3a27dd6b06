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

    /// Checks the rest of a string as ``parseString()`` does, without decoding it: from the current
    /// byte, inside the string, to just past its closing quote.
    /// - Parameter openingQuote: The index of the string's opening quote, for messages.
    /// - Returns: Whether the rest of the string holds escapes.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func skipRestOfString(openedAt openingQuote: Int) throws(JSONError) -> Bool {
        try scanLiteralRun(openedAt: openingQuote)
        var hasEscapes = false
        while bytes[index] == UInt8(ascii: "\\") {
            hasEscapes = true
            _ = try readEscape(openedAt: openingQuote)
            try scanLiteralRun(openedAt: openingQuote)
        }
        index += 1
        return hasEscapes
    }

    /// Advances over bytes that stand for themselves, stopping at the next `"` or `\`.
    /// - Parameter openingQuote: The index of the string's opening quote, for messages.
    /// - Throws: ``JSONError`` for a raw control character, invalid UTF-8 or a missing end quote.
    mutating func scanLiteralRun(openedAt openingQuote: Int) throws(JSONError) {
        let end = bytes.endIndex
        var position = PlainBytes.firstNonPlain(in: bytes, from: index)
        while position < end {
            index = position
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return }
            position = PlainBytes.firstNonPlain(in: bytes, from: position + (try lengthOfNonASCII(byte)))
        }
        index = end
        let opened = openingQuote - bytes.startIndex
        throw failure(.invalidSyntax, "the string opened at byte offset \(opened) is not terminated")
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
