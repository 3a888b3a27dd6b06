/// The fields of an `application/x-www-form-urlencoded` body or a query, in order: `+` is a space, `%XX` a byte,
/// and the bytes must be UTF-8.
public struct FormData: Sendable, Equatable {
    /// The fields, in order (a name may come more than once).
    public private(set) var fields: [(name: String, value: String)]

    /// No fields.
    public init() { fields = [] }

    /// Fields given as pairs.
    /// - Parameter fields: The fields, in order.
    public init(_ fields: [(String, String)]) { self.fields = fields.map { (name: $0.0, value: $0.1) } }

    /// Decodes a body or a query, or returns `nil` for a bad escape or bytes that are not UTF-8.
    /// - Parameter bytes: The encoded bytes.
    public init?(urlEncoded bytes: some Collection<UInt8>) {
        var fields = [(name: String, value: String)]()
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let pair = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(Array(pair[0])), let value = Self.decode(pair.count > 1 ? Array(pair[1]) : []) else { return nil }
            fields.append((name, value))
        }
        self.fields = fields
    }

    /// The first value of a field, or `nil`.
    /// - Parameter name: The field's name.
    public subscript(_ name: String) -> String? {
        fields.first { $0.name.utf8.elementsEqual(name.utf8) }?.value
    }

    /// Every value of a field, in order.
    /// - Parameter name: The field's name.
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name.utf8.elementsEqual(name.utf8) }.map(\.value)
    }

    /// Adds a field.
    /// - Parameters:
    ///   - name: Its name.
    ///   - value: Its value.
    public mutating func append(_ name: String, _ value: String) { fields.append((name, value)) }

    /// Two forms are equal when they hold the same fields in the same order, compared by their bytes.
    public static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.count == rhs.fields.count && zip(lhs.fields, rhs.fields).allSatisfy {
            $0.name.utf8.elementsEqual($1.name.utf8) && $0.value.utf8.elementsEqual($1.value.utf8)
        }
    }

    /// The fields encoded (for a query or a redirect).
    public var encoded: String {
        fields.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    /// A text percent-encoded for a URL: only letters, digits and `-._~` stay as they are.
    /// - Parameter text: Any text.
    public static func encode(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "-._~".utf8.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return output
    }

    /// Decodes one name or value (or a path, with `plusIsSpace` false): `+` to a space, `%XX` to its byte; `nil` for a bad escape or bytes that are not UTF-8.
    static func decode(_ bytes: some Collection<UInt8>, plusIsSpace: Bool = true) -> String? {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte == UInt8(ascii: "+"), plusIsSpace {
                output.append(0x20)
            } else if byte == UInt8(ascii: "%") {
                guard index != bytes.endIndex, let high = hex(bytes[index]) else { return nil }
                index = bytes.index(after: index)
                guard index != bytes.endIndex, let low = hex(bytes[index]) else { return nil }
                index = bytes.index(after: index)
                output.append(high << 4 | low)
            } else {
                output.append(byte)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
