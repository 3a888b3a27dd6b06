extension CanonicalValidator {
    /// Checks an array; the byte at `index` is its `[`.
    /// - Parameters:
    ///   - index: Moved past the array.
    ///   - depth: The array's own depth (1 at top level).
    /// - Throws: ``JSONError`` for the first problem found.
    func validateArray(at index: inout Int, depth: Int) throws(JSONError) {
        try checkDepth(depth, at: index)
        index += 1
        if try consumeEmptyClose(at: &index, closing: UInt8(ascii: "]")) { return }
        repeat {
            try validateValue(at: &index, depth: depth)
        } while try consumeSeparator(at: &index, closing: UInt8(ascii: "]"))
    }

    /// Checks an object; the byte at `index` is its `{`.
    /// - Parameters:
    ///   - index: Moved past the object.
    ///   - depth: The object's own depth (1 at top level).
    /// - Throws: ``JSONError`` for the first problem found.
    func validateObject(at index: inout Int, depth: Int) throws(JSONError) {
        try checkDepth(depth, at: index)
        let openingBrace = index
        index += 1
        if try consumeEmptyClose(at: &index, closing: UInt8(ascii: "}")) { return }
        var previousKey: ValidatedKey? = nil
        var decodedKeys: Set<String>? = nil
        repeat {
            let key = try validateMember(at: &index, after: previousKey, depth: depth)
            try checkEquivalence(of: key, objectAt: openingBrace, decodedKeys: &decodedKeys)
            previousKey = key
        } while try consumeSeparator(at: &index, closing: UInt8(ascii: "}"))
    }

    /// Checks one `"key":value` member, and that its key sorts after the key before it.
    /// - Parameters:
    ///   - index: The key's opening quote; moved past the member's value.
    ///   - previousKey: The key of the member before, if any.
    ///   - depth: The depth of the object the member belongs to.
    /// - Returns: The member's key.
    /// - Throws: ``JSONError`` for the first problem found.
    @inline(__always)
    private func validateMember(
        at index: inout Int, after previousKey: ValidatedKey?, depth: Int
    ) throws(JSONError) -> ValidatedKey {
        if index >= bytes.endIndex || bytes[index] != UInt8(ascii: "\"") {
            try handOver(at: &index) { (parser) throws(JSONError) in try parser.requireKeyQuote() }
        }
        let start = index
        let form = try skipString(at: &index)
        let key = ValidatedKey(start: start, content: (start + 1)..<(index - 1), form: form)
        if let previousKey { try requireAscending(previousKey, key) }
        if index < bytes.endIndex && bytes[index] == UInt8(ascii: ":") {
            index += 1
            try requireNoWhitespace(at: index)
        } else {
            try handOver(at: &index) { (parser) throws(JSONError) in try parser.consumeNameSeparator() }
        }
        try validateValue(at: &index, depth: depth)
        return key
    }

    /// Refuses a container nested too deep, as the parser does.
    /// - Parameters:
    ///   - depth: The container's own depth (1 at top level).
    ///   - index: The index of the container's opening bracket.
    /// - Throws: ``JSONError`` `too-deep`.
    @inline(__always)
    private func checkDepth(_ depth: Int, at index: Int) throws(JSONError) {
        guard depth > CanonicalJSON.maximumDepth else { return }
        var position = index
        try handOver(at: &position) { (parser) throws(JSONError) in try parser.checkDepth(depth) }
    }

    /// Consumes the closing bracket of an empty container, as the parser's whitespace skip and
    /// `consumeEmptyClose` do.
    /// - Parameters:
    ///   - index: Just after the opening bracket; moved past the closing one if the container is empty.
    ///   - closing: The container's closing bracket.
    /// - Returns: Whether the container was empty and is now closed.
    /// - Throws: ``JSONError`` at whitespace or the end of the input.
    @inline(__always)
    private func consumeEmptyClose(at index: inout Int, closing: UInt8) throws(JSONError) -> Bool {
        if index < bytes.endIndex {
            if bytes[index] == closing {
                index += 1
                return true
            }
            if bytes[index] > 0x20 { return false }
        }
        return try handOver(at: &index) { (parser) throws(JSONError) in
            try parser.skipWhitespace()
            return try parser.consumeEmptyClose(closing)
        }
    }

    /// Consumes a `,` (returning `true`, another item follows) or the closing bracket (`false`).
    /// - Parameters:
    ///   - index: Just after an item; moved past the `,` or the closing bracket.
    ///   - closing: The container's closing bracket.
    /// - Returns: Whether another item follows.
    /// - Throws: ``JSONError`` for anything else, as the parser's `consumeSeparator` does.
    @inline(__always)
    private func consumeSeparator(at index: inout Int, closing: UInt8) throws(JSONError) -> Bool {
        if index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                try requireNoWhitespace(at: index)
                return true
            }
            if bytes[index] == closing {
                index += 1
                return false
            }
        }
        return try handOver(at: &index) { (parser) throws(JSONError) in
            try parser.consumeSeparator(closing: closing)
        }
    }
}
