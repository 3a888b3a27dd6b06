extension CanonicalJSON {
    /// Finds the value of a top-level member in bytes that are already known to be canonical JSON,
    /// without parsing them.
    ///
    /// One scan over the members of the top-level object, skipping strings and tracking depth, so the
    /// same key nested deeper or written inside a string value is never mistaken for the member. It
    /// allocates nothing, unless `key` itself holds characters canonical JSON escapes. The key must
    /// match the member's key exactly, code unit for code unit (`é` does not match `e` + U+0301).
    ///
    /// The bytes are trusted to be canonical (check them first with ``validateCanonical(_:)``); on
    /// other bytes it never traps, but its answer means nothing.
    /// - Parameters:
    ///   - key: The member's key.
    ///   - bytes: Canonical JSON text whose top level is an object.
    /// - Returns: The indices into `bytes` of the member's value, or `nil` if the top level is not an
    ///   object or has no member with that key.
    public static func rangeOfTopLevelMember(_ key: String, in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        let written = key.utf8.contains(where: CanonicalEncoder.needsEscape) ? Self.escapedKey(key) : nil
        var members = CanonicalMemberScanner(bytes: bytes, objectAt: bytes.startIndex)
        while let member = members.next() {
            let matches = written.map { bytes[member.key].elementsEqual($0) }
                ?? bytes[member.key].elementsEqual(key.utf8)
            if matches { return member.value }
        }
        return nil
    }

    /// How a key that needs escapes is written between its quotes in canonical JSON.
    /// - Parameter key: The key.
    /// - Returns: The escaped UTF-8, without the quotes.
    private static func escapedKey(_ key: String) -> ArraySlice<UInt8> {
        var quoted: [UInt8] = []
        CanonicalEncoder.appendString(key, to: &quoted)
        return quoted.dropFirst().dropLast()
    }
}
