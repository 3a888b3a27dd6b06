/// Reads and writes the RFC 8785 (JCS) canonical JSON of Logboek's integer-only subset.
///
/// Parsing is strict: only `null`, `true`, `false`, integers within ±(2^53 − 1), strings of
/// well-formed UTF-8 and arrays and objects with distinct keys, nested at most
/// ``maximumDepth`` deep. Encoding writes no whitespace, sorts object members by their keys as
/// UTF-16 code units and escapes strings exactly as ECMAScript's `JSON.stringify`.
public enum CanonicalJSON {
    /// How deep arrays and objects may nest; deeper input is refused with `too-deep`, so hostile
    /// input cannot exhaust the stack. A top-level array or object has depth 1.
    public static let maximumDepth: Int = 64

    /// The largest magnitude an integer may have: 2^53 − 1, the largest an IEEE double holds exactly.
    static let maximumMagnitude: UInt64 = (1 << 53) - 1

    /// Encodes a value as RFC 8785 canonical JSON.
    ///
    /// Precondition: every integer in `value` lies within ±(2^53 − 1); a larger one is a
    /// programming error and stops the program, as JCS could not write it exactly. Every value
    /// that `parse` returns satisfies it.
    /// - Parameter value: The value to encode.
    /// - Returns: The canonical UTF-8 bytes, without a trailing newline.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        CanonicalEncoder.append(value, to: &output)
        return output
    }

    /// Appends the RFC 8785 canonical JSON of a value to a buffer.
    ///
    /// Precondition: every integer in `value` lies within ±(2^53 − 1), as for ``encode(_:)``.
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - output: The buffer the canonical bytes are appended to.
    public static func encode(_ value: JSONValue, into output: inout [UInt8]) {
        CanonicalEncoder.append(value, to: &output)
    }

    /// Parses one JSON text strictly; whitespace between tokens is allowed.
    /// - Parameter bytes: The UTF-8 text, holding exactly one value.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` with the code of the first problem found.
    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        try parse(bytes[...])
    }

    /// Parses one JSON text strictly from a slice, such as a line cut out of a larger buffer,
    /// without copying it. Error offsets count from the slice's start.
    /// - Parameter bytes: The UTF-8 text, holding exactly one value.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` with the code of the first problem found.
    public static func parse(_ bytes: ArraySlice<UInt8>) throws(JSONError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, requiresCanonical: false)
        return try parser.parseDocument()
    }

    /// Parses one JSON text and requires it to be exactly the canonical encoding of its value.
    /// - Parameter bytes: The UTF-8 text.
    /// - Returns: The value.
    /// - Throws: ``JSONError``: `not-canonical`, with the offset of the first byte that differs
    ///   from the canonical encoding, if the text is valid but not canonical; any other code if
    ///   the text is not acceptable at all (that problem wins over non-canonical form).
    public static func parseCanonical(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        try parseCanonical(bytes[...])
    }

    /// Parses one JSON text from a slice, without copying it, and requires it to be exactly the
    /// canonical encoding of its value. Error offsets count from the slice's start.
    /// - Parameter bytes: The UTF-8 text.
    /// - Returns: The value.
    /// - Throws: ``JSONError`` as for the `[UInt8]` overload.
    public static func parseCanonical(_ bytes: ArraySlice<UInt8>) throws(JSONError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, requiresCanonical: true)
        do {
            return try parser.parseDocument()
        } catch where error.code == .notCanonical {
            throw try CanonicalMismatch.locate(in: bytes, fallback: error)
        }
    }
}
