/// Finds where a non-canonical text first departs from its canonical encoding.
///
/// The strict parser stops at the first construct that cannot be canonical, which is not always
/// the first byte that differs (an unsorted key is found at the later key). This slow path,
/// taken only for refused input, parses leniently, re-encodes and compares.
enum CanonicalMismatch {
    /// The `not-canonical` error for a text, at the first byte that differs from its encoding.
    /// - Parameters:
    ///   - bytes: The refused text.
    ///   - fallback: The strict parser's error, returned if no difference is found.
    /// - Returns: A `not-canonical` error at the first differing byte.
    /// - Throws: ``JSONError`` if the text is not acceptable JSON at all.
    static func locate(in bytes: ArraySlice<UInt8>, fallback: JSONError) throws(JSONError) -> JSONError {
        var parser = JSONParser(bytes: bytes, requiresCanonical: false)
        let value = try parser.parseDocument()
        let canonical = CanonicalJSON.encode(value)
        guard let offset = firstDifference(canonical, bytes) else { return fallback }
        return JSONError(
            code: .notCanonical, offset: offset,
            reason: "\(fallback.message); the text first differs from its canonical encoding")
    }

    /// The offset of the first byte where two texts differ, counting from each one's start.
    /// - Parameters:
    ///   - canonical: The canonical encoding.
    ///   - bytes: The text as given.
    /// - Returns: The offset, or `nil` if the texts are equal.
    static func firstDifference(_ canonical: [UInt8], _ bytes: ArraySlice<UInt8>) -> Int? {
        var offset = 0
        for (expected, actual) in zip(canonical, bytes) {
            if expected != actual { return offset }
            offset += 1
        }
        return canonical.count == bytes.count ? nil : offset
    }
}
