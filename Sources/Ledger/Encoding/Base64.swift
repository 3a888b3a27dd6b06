import Sodium

/// Standard base64 with padding (RFC 4648 §4), as the log format writes signatures and keys.
///
/// Encoding is libsodium's (``Base64Text``); decoding is written out here rather than taken from Foundation because it
/// sits on the hot path of verifying every event, and because it must be strict: only the one canonical spelling of a
/// byte string is accepted (padding present, unused bits zero), so no two lines differ only in it.
public enum Base64 {
    private static let padding = UInt8(ascii: "=")

    /// The base64 text of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        append(bytes, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the base64 text of `bytes` to `output` (libsodium's encoder: see ``Base64Text``).
    static func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        output.append(contentsOf: Base64Text.encode(bytes))
    }

    /// The value of each byte as a base64 symbol, 0xFF where it is none.
    private static let values: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) - 0x41
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt8(byte) - 0x61 + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - 0x30 + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: 0xFF
        }
    }

    /// The bytes of base64 text, or `nil` unless the text is the one canonical spelling of them.
    public static func decode(_ text: String) -> [UInt8]? {
        decode(Array(text.utf8)[...])
    }

    /// The bytes of base64 text given as its UTF-8 bytes, or `nil` unless it is the one canonical spelling of them.
    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.count / 4 * 3)
        var bits: UInt32 = 0
        var symbols = 0
        var paddings = 0
        let table = values
        for symbol in text {
            if symbol == padding {
                paddings += 1
                continue
            }
            let value = table[Int(symbol)]
            guard value != 0xFF, paddings == 0 else { return nil }
            bits = bits << 6 | UInt32(value)
            symbols += 1
            if symbols % 4 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: bits >> 16))
                bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
                bytes.append(UInt8(truncatingIfNeeded: bits))
            }
        }
        return finish(bytes, bits: bits, symbols: symbols, paddings: paddings)
    }

    /// Adds the bytes of a final, padded group; refuses wrong padding and nonzero unused bits.
    private static func finish(_ bytes: [UInt8], bits: UInt32, symbols: Int, paddings: Int) -> [UInt8]? {
        let tail = symbols % 4
        guard (symbols + paddings) % 4 == 0, paddings == (tail == 0 ? 0 : 4 - tail), tail != 1 else { return nil }
        switch tail {
        case 2:
            guard bits & 0x0F == 0 else { return nil }
            return bytes + [UInt8(truncatingIfNeeded: bits >> 4)]
        case 3:
            guard bits & 0x03 == 0 else { return nil }
            return bytes + [UInt8(truncatingIfNeeded: bits >> 10), UInt8(truncatingIfNeeded: bits >> 2)]
        default:
            return bytes
        }
    }
}
