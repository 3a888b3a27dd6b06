extension JSONParser {
    /// How many members an object's dictionary has room for before it must grow.
    static let expectedMemberCount = 12

    /// Parses an array; the current byte is its `[`.
    /// - Parameter depth: The array's own depth (1 at top level).
    /// - Returns: The elements.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseArray(depth: Int) throws(JSONError) -> [JSONValue] {
        try checkDepth(depth)
        index += 1
        var elements: [JSONValue] = []
        try skipWhitespace()
        if try consumeEmptyClose(UInt8(ascii: "]")) { return elements }
        repeat {
            elements.append(try parseValue(depth: depth))
        } while try consumeSeparator(closing: UInt8(ascii: "]"))
        return elements
    }

    /// Parses an object; the current byte is its `{`.
    /// - Parameter depth: The object's own depth (1 at top level).
    /// - Returns: The members by key.
    /// - Throws: ``JSONError`` for the first problem found.
    mutating func parseObject(depth: Int) throws(JSONError) -> [String: JSONValue] {
        try checkDepth(depth)
        index += 1
        try skipWhitespace()
        if try consumeEmptyClose(UInt8(ascii: "}")) { return [:] }
        // Room for a dozen members up front: growing a dictionary rehashes every key, and the
        // objects of a log line rarely have more.
        var members = [String: JSONValue](minimumCapacity: Self.expectedMemberCount)
        var previousKey: ParsedString? = nil
        repeat {
            previousKey = try parseMember(into: &members, after: previousKey, depth: depth)
        } while try consumeSeparator(closing: UInt8(ascii: "}"))
        return members
    }

    /// Parses one `"key": value` member into an object's dictionary, refusing a duplicate key.
    /// - Returns: The key, to check the order of the next key against.
    private mutating func parseMember(
        into members: inout [String: JSONValue], after previousKey: ParsedString?, depth: Int
    ) throws(JSONError) -> ParsedString {
        let keyStart = index
        try requireKeyQuote()
        let key = try parseString()
        if requiresCanonical, let previousKey { try checkOrder(of: key, after: previousKey, at: keyStart) }
        try consumeNameSeparator()
        let value = try parseValue(depth: depth)
        guard members.updateValue(value, forKey: key.value) == nil else { throw duplicateKey(at: keyStart) }
        return key
    }

    /// Requires the current byte to be the opening quote of an object key.
    /// - Throws: ``JSONError`` `invalid-syntax` for any other byte or the end of the input.
    func requireKeyQuote() throws(JSONError) {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where an object key was expected")
        }
    }

    /// Consumes the `:` between a member's key and its value, with any whitespace around it.
    /// - Throws: ``JSONError`` if there is no `:` (or, when canonical form is required, whitespace).
    mutating func consumeNameSeparator() throws(JSONError) {
        try skipWhitespace()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where ':' was expected")
        }
        index += 1
        try skipWhitespace()
    }

    private func checkOrder(
        of key: ParsedString, after previousKey: ParsedString, at keyStart: Int
    ) throws(JSONError) {
        let ordering: UTF16KeyOrder.Ordering
        if let previousRange = previousKey.unescapedRange, let range = key.unescapedRange {
            ordering = UTF16KeyOrder.compare(previousRange, range, in: bytes)
        } else {
            ordering = UTF16KeyOrder.compare(previousKey.value.utf8, key.value.utf8)
        }
        try requireAscending(ordering, keyAt: keyStart)
    }

    /// Refuses a key that does not sort strictly after the key before it.
    /// - Parameters:
    ///   - ordering: How the key before compares to this key.
    ///   - keyStart: The index of this key's opening quote.
    /// - Throws: ``JSONError`` `duplicate-key` for an equal key, `not-canonical` for one out of order.
    func requireAscending(_ ordering: UTF16KeyOrder.Ordering, keyAt keyStart: Int) throws(JSONError) {
        switch ordering {
        case .ascending: return
        case .equal: throw duplicateKey(at: keyStart)
        case .descending: throw failure(.notCanonical, "an object key is out of UTF-16 order", at: keyStart)
        }
    }

    /// The error for a key that an earlier member of the same object already has.
    /// - Parameter keyStart: The index of the later key's opening quote.
    /// - Returns: A `duplicate-key` error at that key.
    func duplicateKey(at keyStart: Int) -> JSONError {
        failure(.duplicateKey, "the object already has a member with this key", at: keyStart)
    }

    /// Refuses a container nested deeper than ``CanonicalJSON/maximumDepth``.
    /// - Parameter depth: The container's own depth (1 at top level).
    /// - Throws: ``JSONError`` `too-deep`.
    func checkDepth(_ depth: Int) throws(JSONError) {
        guard depth <= CanonicalJSON.maximumDepth else {
            throw failure(.tooDeep, "arrays and objects nest deeper than \(CanonicalJSON.maximumDepth)")
        }
    }

    /// Consumes the closing bracket of an empty container, if it is the current byte.
    /// - Parameter closing: The container's closing bracket.
    /// - Returns: `true` if the container was empty and is now closed.
    /// - Throws: ``JSONError`` `invalid-syntax` at the end of the input.
    mutating func consumeEmptyClose(_ closing: UInt8) throws(JSONError) -> Bool {
        guard index < bytes.endIndex else {
            throw failure(.invalidSyntax, "the input ends inside an unterminated container")
        }
        guard bytes[index] == closing else { return false }
        index += 1
        return true
    }

    /// Consumes a `,` (returning `true`, another item follows) or the closing bracket (`false`).
    /// - Parameter closing: The container's closing bracket.
    /// - Returns: Whether another item follows.
    /// - Throws: ``JSONError`` for anything else (or, when canonical form is required, whitespace).
    mutating func consumeSeparator(closing: UInt8) throws(JSONError) -> Bool {
        try skipWhitespace()
        guard index < bytes.endIndex else {
            throw failure(.invalidSyntax, "the input ends inside an unterminated container")
        }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            try skipWhitespace()
            return true
        case closing:
            index += 1
            return false
        default:
            throw failure(
                .invalidSyntax, "unexpected \(describeByte()) where ',' or the container's end was expected")
        }
    }
}
