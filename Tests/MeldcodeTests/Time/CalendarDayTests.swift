import Foundation
import Testing
@testable import Meldcode

/// Calendar days computed without Foundation's calendar agree with it, and refuse what is no day.
@Suite("Calendar days")
struct CalendarDayTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    @Test("Every day from 1900 to 2100 writes and reads as Foundation's Gregorian calendar in UTC does")
    func agreesWithFoundation() throws {
        for offset in stride(from: -25_567, through: 47_482, by: 1) {
            let day = CalendarDay(daysSinceEpoch: Int64(offset))
            let parts = Self.utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(offset) * 86_400))
            let expected = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            guard day.description == expected, CalendarDay(expected) == day else {
                Issue.record("day \(offset): \(day.description) ≠ \(expected)")
                return
            }
        }
    }

    @Test("Texts that are no day are refused", arguments: ["2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "2026-04-1", "20260401", "2026-04-01 ", "２０２６-04-01", "2026/04/01"])
    func refused(text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test("Leap days and the Dutch text")
    func leapDaysAndDutch() {
        #expect(CalendarDay("2024-02-29") != nil && CalendarDay("2000-02-29") != nil)
        #expect(CalendarDay("2026-10-12")?.dutchText == "12 oktober 2026")
        #expect(CalendarDay("2026-01-01")?.dutchText == "1 januari 2026")
    }
}
