import Foundation
import Ledger

/// Time in the Netherlands (Europe/Amsterdam): the day a moment falls on and the time people read. The
/// offset comes from the system's time zone database (Debian's `tzdata`); without one, from the EU
/// summer-time rule (``EUSummerTime``), which Europe/Amsterdam has followed since 1996.
public enum DutchTime {
    /// Europe/Amsterdam from the system's time zone database, or `nil` when the database is missing.
    static let zone: TimeZone? = TimeZone(identifier: "Europe/Amsterdam")

    /// The offset of Dutch time from UTC at a moment, in seconds: 3600 in winter (CET), 7200 in summer (CEST).
    /// - Parameter moment: The moment.
    /// - Returns: The offset in seconds.
    public static func offsetSeconds(at moment: Timestamp) -> Int {
        let seconds = floorDivide(moment.millisecondsSinceEpoch, by: 1000)
        guard let zone else { return EUSummerTime.offsetSeconds(atSecondsSinceEpoch: seconds) }
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
    }

    /// The Dutch day on which a moment falls.
    /// - Parameter moment: The moment.
    /// - Returns: The day in Europe/Amsterdam.
    public static func day(of moment: Timestamp) -> CalendarDay {
        let local = moment.millisecondsSinceEpoch + Int64(offsetSeconds(at: moment)) * 1000
        return CalendarDay(daysSinceEpoch: floorDivide(local, by: 86_400_000))
    }

    /// A moment as people in the Netherlands read it: `2026-03-29 01:30:00 CET` (`CEST` in summer).
    /// - Parameter moment: The moment.
    /// - Returns: The Dutch date, time and zone.
    public static func text(of moment: Timestamp) -> String {
        let offset = offsetSeconds(at: moment)
        let local = floorDivide(moment.millisecondsSinceEpoch, by: 1000) + Int64(offset)
        let day = CalendarDay(daysSinceEpoch: floorDivide(local, by: 86_400))
        let second = Int(local - day.daysSinceEpoch * 86_400)
        let clock = [second / 3600, second / 60 % 60, second % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
        return "\(day) \(clock) \(zoneName(offset))"
    }

    private static func zoneName(_ offset: Int) -> String {
        switch offset {
        case 3600: "CET"
        case 7200: "CEST"
        default: "UTC\(offset < 0 ? "-" : "+")\(abs(offset) / 3600):\(String(format: "%02d", abs(offset) / 60 % 60))"
        }
    }

    /// Division rounding towards minus infinity, so moments before 1970 fall on the right day.
    static func floorDivide(_ value: Int64, by divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
