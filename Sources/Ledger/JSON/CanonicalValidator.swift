/// Checks that a text is canonical JSON without building its value: the engine of
/// ``CanonicalJSON/validateCanonical(_:)``.
///
/// It walks the text in the strict parser's order, making the parser's checks, so it refuses
/// exactly what `parseCanonical` refuses. Canonical bytes, the common case, are checked inline; at
/// any other byte the validator hands that one step to a ``JSONParser`` placed at the same byte,
/// which either throws its own error there or does the step. So the rules for numbers, literals,
/// escapes, whitespace and every refusal live in the parser alone. The position is passed `inout`
/// rather than stored, so it can stay in a register.
struct CanonicalValidator {
    /// The text being checked; offsets in errors count from its start index.
    let bytes: ArraySlice<UInt8>

    /// Checks the whole text as one canonical value, with nothing before or after it.
    /// - Throws: ``JSONError`` for the first problem found, as ``JSONParser/parseDocument()`` would.
    func validateDocument() throws(JSONError) {
        var index = bytes.startIndex
        try requireNoWhitespace(at: index)
        try validateValue(at: &index, depth: 0)
        if index != bytes.endIndex {
            try handOver(at: &index) { (parser) throws(JSONError) in try parser.requireEndOfInput() }
        }
    }

    /// Checks the value that starts at an index.
    /// - Parameters:
    ///   - index: The value's first byte; moved past the value.
    ///   - depth: How many arrays and objects enclose the value.
    /// - Throws: ``JSONError`` for the first problem found.
    func validateValue(at index: inout Int, depth: Int) throws(JSONError) {
        switch index < bytes.endIndex ? bytes[index] : nil {
        case UInt8(ascii: "{"): try validateObject(at: &index, depth: depth + 1)
        case UInt8(ascii: "["): try validateArray(at: &index, depth: depth + 1)
        case UInt8(ascii: "\""): _ = try skipString(at: &index)
        default:
            // Numbers, literals and every refusal: the parser builds nothing on the heap for these.
            _ = try handOver(at: &index) { (parser) throws(JSONError) in try parser.parseValue(depth: depth) }
        }
    }

    /// Refuses whitespace at an index, as the parser's `skipWhitespace` does in canonical mode.
    /// - Parameter index: Where the parser would skip whitespace.
    /// - Throws: ``JSONError`` `not-canonical` if there is whitespace.
    @inline(__always)
    func requireNoWhitespace(at index: Int) throws(JSONError) {
        guard index < bytes.endIndex, bytes[index] <= 0x20 else { return }
        var position = index
        try handOver(at: &position) { (parser) throws(JSONError) in try parser.skipWhitespace() }
    }

    /// Lets the parser do one step from an index, for bytes the inline checks do not cover.
    /// - Parameters:
    ///   - index: Where the step starts; moved to where the parser stopped.
    ///   - step: The step, on a canonical-mode parser placed at `index`.
    /// - Returns: What the step returns.
    /// - Throws: ``JSONError`` from the step.
    func handOver<Result>(
        at index: inout Int, _ step: (inout JSONParser) throws(JSONError) -> Result
    ) throws(JSONError) -> Result {
        var parser = JSONParser(bytes: bytes, requiresCanonical: true)
        parser.index = index
        let result = try step(&parser)
        index = parser.index
        return result
    }
}
