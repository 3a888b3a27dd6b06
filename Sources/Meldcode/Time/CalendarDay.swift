import Ledger

/// A day of the Gregorian calendar, without a time or a time zone, written `2026-11-23`.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int64

    /// The day that lies a number of days after 1970-01-01.
    /// - Parameter daysSinceEpoch: Days since 1970-01-01.
    public init(daysSinceEpoch: Int64) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Parses a day written `YYYY-MM-DD`.
    /// - Parameter text: The day, e.g. `2026-11-23`.
    /// - Returns: The day, or `nil` if the text is not exactly that form or names no real day (30 February).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day (in the Netherlands, Europe/Amsterdam) on which a moment falls: 2026-03-28T23:30Z is 29 March.
    /// - Parameter timestamp: The moment.
    public init(_ timestamp: Timestamp) {
        self = DutchTime.day(of: timestamp)
    }

    /// The day `count` days later (earlier for a negative count).
    /// - Parameter count: Days to add.
    /// - Returns: The day.
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + Int64(count))
    }

    /// The day of the week, 1 for Monday to 7 for Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        Int(((daysSinceEpoch + 3) % 7 + 7) % 7) + 1
    }

    /// The day written `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = civil
        return (year < 0 ? "-" : "") + Self.padded(abs(year), 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// Orders days by date.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
