/// Standard base64 with padding (RFC 4648 §4), as the log format writes signatures and keys.
///
/// Written out here rather than taken from Foundation because it sits on the hot path of sealing and
/// verifying every event, and because decoding must be strict: only the one canonical spelling of a
/// byte string is accepted (padding present, unused bits zero), so no two lines differ only in it.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let padding = UInt8(ascii: "=")
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    /// The base64 text of `bytes`.
    static func encode(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            appendGroup(UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]), symbols: 4, to: &text)
            index += 3
        }
        switch bytes.count - index {
        case 1: appendGroup(UInt32(bytes[index]) << 16, symbols: 2, to: &text)
        case 2: appendGroup(UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8, symbols: 3, to: &text)
        default: break
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the first `symbols` symbols of a 24-bit group, padded to four.
    private static func appendGroup(_ group: UInt32, symbols: Int, to text: inout [UInt8]) {
        for position in 0..<4 {
            text.append(position < symbols ? alphabet[Int(group >> UInt32(18 - 6 * position) & 0x3F)] : padding)
        }
    }

    /// The bytes of base64 text, or `nil` unless the text is the one canonical spelling of them.
    static func decode(_ text: String) -> [UInt8]? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count / 4 * 3)
        var bits: UInt32 = 0
        var symbols = 0
        var paddings = 0
        let table = values
        for symbol in text.utf8 {
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
