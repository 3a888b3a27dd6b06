/// What a string that passed the checks holds, as far as comparing keys is concerned.
enum StringForm {
    /// Only printable ASCII, no escapes: its bytes are its UTF-8.
    case plainASCII
    /// No escapes, but non-ASCII characters: its bytes are its UTF-8.
    case unescaped
    /// Escapes: its bytes must be decoded to get its UTF-8.
    case escaped
}

/// An object key as the validator found it.
struct ValidatedKey {
    /// The index of the key's opening quote.
    let start: Int
    /// The indices of the key's bytes between its quotes, as written.
    let content: Range<Int>
    /// What the key holds.
    let form: StringForm
}

extension CanonicalValidator {
    /// Checks a string without decoding it; the byte at `index` is its opening `"`.
    ///
    /// Printable ASCII is skipped inline, mostly eight bytes at a time; from the first other byte (an
    /// escape, non-ASCII, a control character or the end of the text) the parser checks the rest.
    /// - Parameter index: Moved past the closing quote.
    /// - Returns: What the string holds.
    /// - Throws: ``JSONError`` for the first problem found.
    func skipString(at index: inout Int) throws(JSONError) -> StringForm {
        let openingQuote = index
        var position = PlainBytes.firstNonPlain(in: bytes, from: index + 1)
        if position < bytes.endIndex && bytes[position] == UInt8(ascii: "\"") {
            index = position + 1
            return .plainASCII
        }
        let hasEscapes = try handOver(at: &position) { (parser) throws(JSONError) in
            try parser.skipRestOfString(openedAt: openingQuote)
        }
        index = position
        return hasEscapes ? .escaped : .unescaped
    }
}
