extension CanonicalValidator {
    /// Refuses a key that does not sort strictly after the key before it, in UTF-16 order.
    ///
    /// Keys without escapes are compared where they stand; a key with escapes (rare: only control
    /// characters, `"` and `\` are escaped) is decoded first, as escaped bytes do not sort like the
    /// characters they stand for. This is the parser's rule, with its errors.
    /// - Parameters:
    ///   - previousKey: The key before.
    ///   - key: The key just checked.
    /// - Throws: ``JSONError`` `duplicate-key` or `not-canonical` at `key`.
    @inline(__always)
    func requireAscending(_ previousKey: ValidatedKey, _ key: ValidatedKey) throws(JSONError) {
        let ordering: UTF16KeyOrder.Ordering
        if previousKey.form != .escaped && key.form != .escaped {
            ordering = UTF16KeyOrder.compare(previousKey.content, key.content, in: bytes)
        } else {
            let previous = try decodedKey(at: previousKey.start)
            ordering = UTF16KeyOrder.compare(previous.utf8, try decodedKey(at: key.start).utf8)
        }
        guard ordering != .ascending else { return }
        var position = key.start
        try handOver(at: &position) { (parser) throws(JSONError) in
            try parser.requireAscending(ordering, keyAt: key.start)
        }
    }

    /// Refuses a key that Swift strings consider equal to an earlier key of the same object,
    /// although their code units differ (`é` and `e` + U+0301, `K` and U+212A KELVIN SIGN).
    ///
    /// The parser refuses such a key as a duplicate when it stores it in its dictionary, after the
    /// member's value, so this is called at that point too. Two keys of printable ASCII are equal
    /// only if identical, which the order check already refused, so the keys are decoded only once
    /// an object has another kind of key; the common all-ASCII object allocates nothing.
    /// - Parameters:
    ///   - key: The key of the member just checked, value included.
    ///   - openingBrace: The index of the object's `{`.
    ///   - decodedKeys: The object's keys so far as strings, or `nil` while they are plain ASCII.
    /// - Throws: ``JSONError`` `duplicate-key` at `key`.
    @inline(__always)
    func checkEquivalence(
        of key: ValidatedKey, objectAt openingBrace: Int, decodedKeys: inout Set<String>?
    ) throws(JSONError) {
        if decodedKeys == nil {
            guard key.form != .plainASCII else { return }
            decodedKeys = try keys(before: key, inObjectAt: openingBrace)
        }
        if decodedKeys?.insert(try decodedKey(at: key.start)).inserted == false {
            throw JSONParser(bytes: bytes, requiresCanonical: true).duplicateKey(at: key.start)
        }
    }

    /// The decoded keys of the members before a key, in an object checked up to that key.
    /// - Parameters:
    ///   - key: The key; the members before it were checked, so they can be walked quickly.
    ///   - openingBrace: The index of the object's `{`.
    /// - Returns: The keys, decoded.
    /// - Throws: Nothing in practice, as the keys were checked; ``JSONError`` as the parser would.
    private func keys(before key: ValidatedKey, inObjectAt openingBrace: Int) throws(JSONError) -> Set<String> {
        var keys = Set<String>()
        var members = CanonicalMemberScanner(bytes: bytes, objectAt: openingBrace)
        while let member = members.next(), member.key.lowerBound < key.content.lowerBound {
            keys.insert(try decodedKey(at: member.key.lowerBound - 1))
        }
        return keys
    }

    /// The string that starts at an index, decoded by the parser.
    /// - Parameter openingQuote: The index of the string's opening quote.
    /// - Returns: The string.
    /// - Throws: Nothing in practice, as the string was checked; ``JSONError`` as the parser would.
    private func decodedKey(at openingQuote: Int) throws(JSONError) -> String {
        var position = openingQuote
        return try handOver(at: &position) { (parser) throws(JSONError) in try parser.parseString().value }
    }
}
