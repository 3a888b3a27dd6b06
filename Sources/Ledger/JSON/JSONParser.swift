/// A strict recursive-descent parser over UTF-8 bytes, optionally refusing every construct that
/// differs from the RFC 8785 canonical form.
///
/// It reads the bytes by index and never copies the input; strings are decoded a whole run
/// between escapes at a time. Recursion depth is bounded by ``CanonicalJSON/maximumDepth``.
struct JSONParser {
    /// The text being parsed; offsets in errors count from its start index.
    let bytes: ArraySlice<UInt8>
    /// Whether anything other than the canonical form is refused with `not-canonical`.
    let requiresCanonical: Bool
    /// The index of the next byte to read.
    var index: Int

    /// Creates a parser positioned at the start of a text.
    /// - Parameters:
    ///   - bytes: The UTF-8 text.
    ///   - requiresCanonical: Whether to refuse non-canonical form.
    init(bytes: ArraySlice<UInt8>, requiresCanonical: Bool) {
        self.bytes = bytes
        self.requiresCanonical = requiresCanonical
        self.index = bytes.startIndex
    }

    /// Parses the whole text as one value, with nothing but whitespace around it.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseDocument() throws(JSONError) -> JSONValue {
        try skipWhitespace()
        let value = try parseValue(depth: 0)
        try requireEndOfInput()
        return value
    }

    /// Requires nothing but whitespace (or, when canonical form is required, nothing) after the value.
    /// - Throws: ``JSONError`` `invalid-syntax` for trailing data; `not-canonical` for whitespace when
    ///   canonical form is required.
    mutating func requireEndOfInput() throws(JSONError) {
        try skipWhitespace()
        guard index == bytes.endIndex else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) after the JSON value")
        }
    }

    /// Parses the value starting at the current byte.
    /// - Parameter depth: How many arrays and objects enclose the value.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseValue(depth: Int) throws(JSONError) -> JSONValue {
        guard index < bytes.endIndex else {
            throw failure(.invalidSyntax, "the input ends where a value was expected")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try parseString().value)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try parseInteger())
        case UInt8(ascii: "t"):
            try expectLiteral([0x74, 0x72, 0x75, 0x65])
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral([0x66, 0x61, 0x6C, 0x73, 0x65])
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral([0x6E, 0x75, 0x6C, 0x6C])
            return .null
        default:
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where a value was expected")
        }
    }

    /// Skips insignificant whitespace, or refuses it when canonical form is required.
    /// - Throws: ``JSONError`` `not-canonical` at whitespace when canonical form is required.
    @inline(__always)
    mutating func skipWhitespace() throws(JSONError) {
        guard index < bytes.endIndex, bytes[index] <= 0x20 else { return }
        try skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() throws(JSONError) {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D:
                if requiresCanonical { throw failure(.notCanonical, "insignificant whitespace") }
                index += 1
            default:
                return
            }
        }
    }

    /// An error at the current byte, or at another index.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - reason: What is wrong.
    ///   - position: The index of the offending byte; the current index if `nil`.
    /// - Returns: The error, with its offset counted from the start of the text.
    func failure(_ code: JSONError.Code, _ reason: String, at position: Int? = nil) -> JSONError {
        JSONError(code: code, offset: (position ?? index) - bytes.startIndex, reason: reason)
    }

    /// A description of the current byte for messages, e.g. `byte 0x7a` or `end of input`.
    /// - Returns: The description.
    func describeByte() -> String {
        guard index < bytes.endIndex else { return "end of input" }
        return "byte 0x\(String(bytes[index], radix: 16))"
    }

    private mutating func expectLiteral(_ literal: [UInt8]) throws(JSONError) {
        for expected in literal {
            guard index < bytes.endIndex, bytes[index] == expected else {
                throw failure(.invalidSyntax, "unexpected \(describeByte()) in a literal (true, false or null)")
            }
            index += 1
        }
    }
}
