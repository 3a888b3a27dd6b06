/// A moment in UTC with millisecond precision, written as `2026-11-23T10:15:02.123Z`.
///
/// The log uses exactly this one spelling, so timestamps compare correctly both as values and as
/// text, and a reader refuses any other spelling.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00.000Z.
    public let millisecondsSinceEpoch: Int64

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`: a separator byte where one is required, `nil` where a digit is.
    private static let pattern: [UInt8?] = "0000-00-00T00:00:00.000Z".utf8.map { $0 == 0x30 ? nil : $0 }

    /// Creates a timestamp from milliseconds since the Unix epoch.
    /// - Parameter millisecondsSinceEpoch: Milliseconds since 1970-01-01T00:00:00.000Z.
    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// Parses the log's one spelling of a timestamp.
    /// - Parameter text: Text such as `2026-11-23T10:15:02.123Z`.
    /// - Returns: The timestamp, or `nil` if the text is not exactly that form or names no real moment
    ///   (month 13, 30 February, year before 1970).
    public init?(_ text: String) {
        self.init(bytes: Array(text.utf8)[...])
    }

    /// Parses the log's spelling of a timestamp from its UTF-8 bytes (the verifier's path, without a `String`).
    init?(bytes: ArraySlice<UInt8>) {
        guard bytes.count == Self.pattern.count else { return nil }
        for (byte, expected) in zip(bytes, Self.pattern) {
            guard let separator = expected else {
                guard (0x30...0x39).contains(byte) else { return nil }
                continue
            }
            guard byte == separator else { return nil }
        }
        func number(_ range: Range<Int>) -> Int64 {
            range.reduce(0) { $0 * 10 + Int64(bytes[bytes.startIndex + $1] - 0x30) }
        }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        let (hour, minute, second, milli) = (number(11..<13), number(14..<16), number(17..<19), number(20..<23))
        guard year >= 1970, (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        millisecondsSinceEpoch = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
    }

    /// The log's spelling of this moment, e.g. `2026-11-23T10:15:02.123Z`.
    public var description: String {
        var text = [UInt8]()
        append(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the log's spelling of this moment to `output` (the hot path of sealing an event).
    func append(to output: inout [UInt8]) {
        let milliOfDay = ((millisecondsSinceEpoch % 86_400_000) + 86_400_000) % 86_400_000
        let (year, month, day) = CivilDate.fromDaysSinceEpoch((millisecondsSinceEpoch - milliOfDay) / 86_400_000)
        func digits(_ value: Int64, _ width: Int, then separator: UInt8?) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                output.append(0x30 + UInt8(truncatingIfNeeded: value / divisor % 10))
                divisor /= 10
            }
            if let separator { output.append(separator) }
        }
        digits(year, 4, then: 0x2D)
        digits(month, 2, then: 0x2D)
        digits(day, 2, then: 0x54)
        digits(milliOfDay / 3_600_000, 2, then: 0x3A)
        digits(milliOfDay / 60_000 % 60, 2, then: 0x3A)
        digits(milliOfDay / 1000 % 60, 2, then: 0x2E)
        digits(milliOfDay % 1000, 3, then: 0x5A)
    }

    /// Orders timestamps by the moment they name.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }
}
