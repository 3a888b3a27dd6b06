/// Writes values as RFC 8785 canonical JSON: no whitespace, members sorted by UTF-16 keys.
enum CanonicalEncoder {
    /// Appends the canonical bytes of a value.
    /// - Parameters:
    ///   - value: The value; its integers must lie within ±(2^53 − 1).
    ///   - output: The buffer to append to.
    static func append(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .null:
            output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(true):
            output.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        case .bool(false):
            output.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        case .integer(let integer):
            appendInteger(integer, to: &output)
        case .string(let string):
            appendString(string, to: &output)
        case .array(let elements):
            appendArray(elements, to: &output)
        case .object(let members):
            appendObject(members, to: &output)
        }
    }

    /// Appends an integer in plain decimal, with `-` for negatives and no leading zeros.
    /// - Parameters:
    ///   - integer: The integer; a precondition requires it within ±(2^53 − 1).
    ///   - output: The buffer to append to.
    static func appendInteger(_ integer: Int64, to output: inout [UInt8]) {
        precondition(
            integer.magnitude <= CanonicalJSON.maximumMagnitude,
            "JSON integers must lie within ±(2^53 − 1) to be encoded canonically")
        if integer < 0 { output.append(0x2D) }
        var remaining = integer.magnitude
        var digits = 1
        var probe = remaining
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        // The digits are written in place from the last, so no slice of the output is copied or reversed.
        output.append(contentsOf: repeatElement(0x30, count: digits))
        var index = output.count - 1
        repeat {
            output[index] = 0x30 + UInt8(remaining % 10)
            remaining /= 10
            index -= 1
        } while remaining > 0
    }

    private static func appendArray(_ elements: [JSONValue], to output: inout [UInt8]) {
        output.append(0x5B)
        for (position, element) in elements.enumerated() {
            if position > 0 { output.append(0x2C) }
            append(element, to: &output)
        }
        output.append(0x5D)
    }

    private static func appendObject(_ members: [String: JSONValue], to output: inout [UInt8]) {
        output.append(0x7B)
        let sorted = members.sorted { UTF16KeyOrder.precedes($0.key, $1.key) }
        for (position, member) in sorted.enumerated() {
            if position > 0 { output.append(0x2C) }
            appendString(member.key, to: &output)
            output.append(0x3A)
            append(member.value, to: &output)
        }
        output.append(0x7D)
    }
}
