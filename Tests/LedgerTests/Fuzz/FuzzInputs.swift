/// Pieces a seeded mutation loop splices into inputs: the characters, escapes, numbers and byte sequences
/// where JSON readers, Unicode handling and canonical forms tend to disagree.
enum FuzzInputs {
    /// Strings (as JSON string content, escapes included) that differ by normalisation, escaping or encoding.
    static let strings: [String] = [
        "é", "e\u{301}", "\u{212A}", "K", "\u{212B}", "\u{C5}", "A\u{30A}", "\u{2028}", "\u{2029}", "\u{FEFF}", "😀", "\u{10FFFF}",
        "\u{7F}", "\u{80}", "\u{9B}", "\u{202E}", "\\u0000", "\\u001f", "\\u001F", "\\u0041", "\\/", "\\ud800", "\\udc00",
        "\\ud83d\\ude00", "\\u00e9", "\\b", "\\f", "\\t", "\\\\", "\\\"", "\\x41", "\\", "\"", "salt", "", "a b", "中",
        "\u{FB33}", "\u{1E9B}\u{323}", "\u{0958}", "\u{2126}", "\u{3A9}",
    ]

    /// Byte sequences that are not valid UTF-8 or not valid JSON text.
    static let rawBytes: [[UInt8]] = [
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0x00], [0x09], [0x0D],
        [0x0A], [0x20], [0x7F], [0xEF, 0xBB, 0xBF],
    ]

    /// Numbers in forms the format refuses or that sit at its limits.
    static let numbers: [String] = [
        "0", "-0", "01", "1.0", "1e3", "1E3", "-1", "9007199254740991", "9007199254740992", "-9007199254740991",
        "-9007199254740992", "18446744073709551616", "1.5", "0x10", "+1", "NaN", "Infinity", "true", "null", "\"1\"", "[]", "{}",
    ]

    /// Whole JSON values to put where another value stood.
    static let values: [String] = numbers + [
        "\"\"", "\"a\"", "[1,2]", "{\"a\":1}", "{\"salt\":\"ab\"}", "[[[[[[[[[[]]]]]]]]]]", "\"\\u0000\"", "\"\(String(repeating: "a", count: 65))\"",
    ]
}
