/// Lowercase hexadecimal text for bytes, as the log format writes hashes and digests.
public enum Hex {
    /// The lowercase hex text of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        append(bytes, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the lowercase hex digits of `bytes` to `output`.
    static func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        output.reserveCapacity(output.count + 2 * bytes.count)
        for byte in bytes {
            output.append(digit(byte >> 4))
            output.append(digit(byte & 0x0F))
        }
    }

    /// The lowercase hex digit of a value below 16.
    private static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }

    /// The bytes of lowercase hex text, or `nil` if it is not exactly that (uppercase is refused,
    /// so that every value has one spelling).
    public static func decode(_ text: String) -> [UInt8]? {
        decode(Array(text.utf8)[...])
    }

    /// The bytes of lowercase hex digits, or `nil` if they are not exactly that.
    static func decode(_ digits: ArraySlice<UInt8>) -> [UInt8]? {
        guard digits.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        let table = values
        var index = digits.startIndex
        while index < digits.endIndex {
            let high = table[Int(digits[index])], low = table[Int(digits[index + 1])]
            guard high | low < 0x10 else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// The value of each byte as a lowercase hex digit, 0xFF where it is none.
    private static let values: [UInt8] = (0...255).map { value(of: UInt8($0)) ?? 0xFF }

    /// The value of one lowercase hex digit, or `nil`.
    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
