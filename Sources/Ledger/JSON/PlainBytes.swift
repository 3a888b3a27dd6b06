/// Finds runs of "plain" string bytes, those that stand for themselves in a JSON string: printable
/// ASCII (0x20…0x7F) other than `"` and `\`.
///
/// Most of a log line is such bytes (hex digests, base64, text), so they are tested eight at a time
/// as one little-endian 64-bit word, with the bit tricks of "Bit Twiddling Hacks" (haszero, hasless).
/// Their borrows only run towards higher bytes, so the lowest flagged byte of a word is exactly its
/// first byte that is not plain.
enum PlainBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte stands for itself in a JSON string.
    /// - Parameter byte: A byte.
    /// - Returns: `true` for 0x20…0x7F other than `"` and `\`.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        (byte &- 0x20 < 0x60) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    /// The first byte at or after an index that is not plain.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - start: Where to start, at or after `bytes.startIndex`.
    /// - Returns: The index of the first byte that is not plain, or `max(start, bytes.endIndex)` if
    ///   there is none.
    @inline(__always)
    static func firstNonPlain(in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var position = skipWords(in: bytes, from: start)
        while position < bytes.endIndex && isPlain(bytes[position]) {
            position += 1
        }
        return position
    }

    #if compiler(>=6.2)
    /// Skips whole words of plain bytes, and stops at the first byte that is not plain.
    ///
    /// It reads through a `Span`, whose one bounds check per load lets the compiler merge the eight
    /// byte loads of a word into one (it cannot through the slice's two-sided checks).
    /// - Parameters:
    ///   - bytes: The text.
    ///   - start: Where to start.
    /// - Returns: The index of the first byte that is not plain, or of the last few (fewer than
    ///   eight) bytes of the text.
    @inline(__always)
    private static func skipWords(in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        let span = bytes.span
        var offset = start - bytes.startIndex
        while offset >= 0 && span.count - offset >= 8 {
            let word = UInt64(span[offset]) | UInt64(span[offset + 1]) << 8 | UInt64(span[offset + 2]) << 16
                | UInt64(span[offset + 3]) << 24 | UInt64(span[offset + 4]) << 32 | UInt64(span[offset + 5]) << 40
                | UInt64(span[offset + 6]) << 48 | UInt64(span[offset + 7]) << 56
            let flags = notPlainFlags(of: word)
            if flags != 0 { return bytes.startIndex + offset + flags.trailingZeroBitCount / 8 }
            offset += 8
        }
        return bytes.startIndex + offset
    }
    #else
    /// Skips whole words of plain bytes, and stops at the first byte that is not plain (without
    /// `Span`, on compilers before Swift 6.2).
    /// - Parameters:
    ///   - bytes: The text.
    ///   - start: Where to start.
    /// - Returns: The index of the first byte that is not plain, or of the last few (fewer than
    ///   eight) bytes of the text.
    @inline(__always)
    private static func skipWords(in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var position = start
        while position >= bytes.startIndex && bytes.endIndex - position >= 8 {
            let word = bytes[position..<(position + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let flags = notPlainFlags(of: word)
            if flags != 0 { return position + flags.trailingZeroBitCount / 8 }
            position += 8
        }
        return position
    }
    #endif

    /// Flags the bytes of a word that are not plain.
    /// - Parameter word: Eight bytes, the first in the lowest bits.
    /// - Returns: 0 if all eight are plain; otherwise the lowest set bit is the high bit of the first
    ///   byte that is not plain (bits above it mean nothing).
    @inline(__always)
    private static func notPlainFlags(of word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let control = (word &- ones &* 0x20) & ~word
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        return (word | control | hasQuote | hasBackslash) & highBits
    }
}
