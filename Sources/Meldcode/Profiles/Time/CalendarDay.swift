import Foundation
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
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: Self.calendar), let date = Self.calendar.date(from: components) else { return nil }
        self.init(daysSinceEpoch: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The day (in UTC) on which a moment falls.
    /// - Parameter timestamp: The moment.
    public init(_ timestamp: Timestamp) {
        let milliseconds = timestamp.millisecondsSinceEpoch
        let floored = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
        self.init(daysSinceEpoch: floored)
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
        let date = Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Orders days by date.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// The proleptic Gregorian calendar in UTC, so that no local time zone shifts a day.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
