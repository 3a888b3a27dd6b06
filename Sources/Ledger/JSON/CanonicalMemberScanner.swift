/// Walks the members of one object in bytes already known to be canonical JSON, without decoding
/// anything or allocating.
///
/// It only skips strings (stepping over each escape) and counts brackets, so it trusts the bytes to
/// be well-formed. On bytes that are not, it never traps: it stops early, or reports ranges that
/// mean nothing.
struct CanonicalMemberScanner: IteratorProtocol {
    /// Where one member's key and value lie.
    struct Member {
        /// The indices of the key's bytes between its quotes, as written (escapes not decoded).
        let key: Range<Int>
        /// The indices of the value's bytes.
        let value: Range<Int>
    }

    /// The text holding the object.
    let bytes: ArraySlice<UInt8>
    /// The index of the next member's opening quote; past the object once every member was read.
    private var index: Int

    /// Creates a scanner over the members of the object that opens at an index.
    /// - Parameters:
    ///   - bytes: Canonical JSON text.
    ///   - openingBrace: The index of the object's `{`; if it is not a `{`, there are no members.
    init(bytes: ArraySlice<UInt8>, objectAt openingBrace: Int) {
        self.bytes = bytes
        let opensObject = bytes.indices.contains(openingBrace) && bytes[openingBrace] == UInt8(ascii: "{")
        self.index = opensObject ? openingBrace + 1 : bytes.endIndex
    }

    /// The next member of the object.
    /// - Returns: The member's key and value ranges, or `nil` after the last member.
    mutating func next() -> Member? {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let closingQuote = Self.closingQuote(ofStringAt: index, in: bytes)
        let valueStart = closingQuote + 2
        guard valueStart < bytes.endIndex, bytes[closingQuote + 1] == UInt8(ascii: ":") else { return nil }
        let valueEnd = Self.endOfValue(from: valueStart, in: bytes)
        guard valueEnd < bytes.endIndex, valueEnd > valueStart else { return nil }
        let key = (index + 1)..<closingQuote
        index = bytes[valueEnd] == UInt8(ascii: ",") ? valueEnd + 1 : bytes.endIndex
        return Member(key: key, value: valueStart..<valueEnd)
    }

    /// The index of the quote that closes a string.
    /// - Parameters:
    ///   - openingQuote: The index of the string's opening quote.
    ///   - bytes: The text.
    /// - Returns: The index of the closing quote, or the end index if there is none.
    @inline(__always)
    static func closingQuote(ofStringAt openingQuote: Int, in bytes: ArraySlice<UInt8>) -> Int {
        var position = PlainBytes.firstNonPlain(in: bytes, from: openingQuote + 1)
        while position < bytes.endIndex {
            switch bytes[position] {
            case UInt8(ascii: "\""): return position
            case UInt8(ascii: "\\"): position = PlainBytes.firstNonPlain(in: bytes, from: position + 2)
            default: position = PlainBytes.firstNonPlain(in: bytes, from: position + 1)
            }
        }
        return bytes.endIndex
    }

    /// The end of the value that starts at an index: the `,` or closing bracket after it.
    /// - Parameters:
    ///   - start: The index of the value's first byte.
    ///   - bytes: The text.
    /// - Returns: The index of the `,`, `}` or `]` at the value's own level that follows it, or the
    ///   end index if there is none.
    static func endOfValue(from start: Int, in bytes: ArraySlice<UInt8>) -> Int {
        var depth = 0
        var position = start
        while position < bytes.endIndex {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position = closingQuote(ofStringAt: position, in: bytes)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return position }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 { return position }
            default:
                break
            }
            position += 1
        }
        return bytes.endIndex
    }
}
