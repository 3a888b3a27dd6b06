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
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where an object key was expected")
        }
        let key = try parseString()
        if requiresCanonical, let previousKey { try checkOrder(of: key, after: previousKey, at: keyStart) }
        try skipWhitespace()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else {
            throw failure(.invalidSyntax, "unexpected \(describeByte()) where ':' was expected")
        }
        index += 1
        try skipWhitespace()
        let value = try parseValue(depth: depth)
        guard members.updateValue(value, forKey: key.value) == nil else {
            throw failure(.duplicateKey, "the object already has a member with this key", at: keyStart)
        }
        return key
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
        switch ordering {
        case .ascending: return
        case .equal: throw failure(.duplicateKey, "the object already has a member with this key", at: keyStart)
        case .descending: throw failure(.notCanonical, "an object key is out of UTF-16 order", at: keyStart)
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONError) {
        guard depth <= CanonicalJSON.maximumDepth else {
            throw failure(.tooDeep, "arrays and objects nest deeper than \(CanonicalJSON.maximumDepth)")
        }
    }

    /// Consumes the closing bracket of an empty container, if it is the current byte.
    private mutating func consumeEmptyClose(_ closing: UInt8) throws(JSONError) -> Bool {
        guard index < bytes.endIndex else {
            throw failure(.invalidSyntax, "the input ends inside an unterminated container")
        }
        guard bytes[index] == closing else { return false }
        index += 1
        return true
    }

    /// Consumes a `,` (returning `true`, another item follows) or the closing bracket (`false`).
    private mutating func consumeSeparator(closing: UInt8) throws(JSONError) -> Bool {
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
