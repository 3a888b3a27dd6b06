import Ledger
import Testing
@testable import Meldcode

/// Working days for terms such as "Veilig Thuis reports back within 5 working days" (002, line 249).
@Suite("Working days")
struct WorkingDaysTests {
    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(text)) }

    @Test("Days parse, print and know their weekday", arguments: [
        ("2026-11-23", 1), ("2026-11-27", 5), ("2026-11-29", 7), ("1970-01-01", 4), ("2024-02-29", 4), ("1969-12-31", 3),
    ])
    func parseAndWeekday(text: String, weekday: Int) throws {
        let day = try Self.day(text)
        #expect(day.description == text)
        #expect(day.isoWeekday == weekday)
    }

    @Test("Text that is no day is refused", arguments: ["2026-02-29", "2026-13-01", "2026-1-05", "26-11-23", "2026-11-23T10:00", "", "2026-११-23"])
    func notADay(text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test("A timestamp falls on its Dutch day: 22:59:59.999Z is still 23 November in winter, 23:00Z is the 24th")
    func timestampDay() throws {
        #expect(CalendarDay(try #require(Timestamp("2026-11-23T22:59:59.999Z"))) == (try Self.day("2026-11-23")))
        #expect(CalendarDay(try #require(Timestamp("2026-11-23T23:00:00.000Z"))) == (try Self.day("2026-11-24")))
    }

    @Test("Days before 1970 and in leap years round-trip through year, month and day", arguments: [
        "1583-01-01", "1899-12-31", "1900-02-28", "1900-03-01", "1969-12-31", "2000-02-29", "2024-12-31", "2100-03-01", "9999-12-31",
    ])
    func civilRoundTrip(text: String) throws {
        let day = try Self.day(text)
        let (year, month, date) = day.civil
        #expect(CalendarDay(year: year, month: month, day: date) == day)
        #expect(day.description == text)
        #expect(day.adding(days: 1).adding(days: -1) == day)
    }

    @Test("Five working days after a melding cross the weekend", arguments: [
        ("2026-11-23", "2026-11-30"),  // Monday -> next Monday
        ("2026-11-26", "2026-12-03"),  // Thursday -> next Thursday
        ("2026-11-27", "2026-12-04"),  // Friday -> next Friday
        ("2026-11-28", "2026-12-04"),  // Saturday -> Friday (Monday is the first working day after it)
        ("2026-11-29", "2026-12-04"),  // Sunday -> Friday
    ])
    func fiveWorkingDays(start: String, due: String) throws {
        #expect(WorkingDays().day(5, workingDaysAfter: try Self.day(start)) == (try Self.day(due)))
    }

    @Test("A closed day on a weekday moves the term by one working day; one that is also a public holiday counts once")
    func closedDay() throws {
        let days = WorkingDays(closedDays: [try Self.day("2026-11-25"), try Self.day("2026-12-25")])
        #expect(!days.isWorkingDay(try Self.day("2026-11-25")))
        #expect(days.day(5, workingDaysAfter: try Self.day("2026-11-23")) == (try Self.day("2026-12-01")))
        #expect(days.count(after: try Self.day("2026-11-23"), through: try Self.day("2026-11-27")) == 3)
        #expect(days.count(after: try Self.day("2026-12-24"), through: try Self.day("2026-12-28")) == 1)
    }

    @Test("Counting working days agrees with adding them, from every weekday over two weeks")
    func countInvertsAdding() throws {
        let days = WorkingDays()
        let monday = try Self.day("2026-11-23")
        for offset in 0..<14 {
            let start = monday.adding(days: offset)
            for term in 0...12 {
                let end = days.day(term, workingDaysAfter: start)
                #expect(days.count(after: start, through: end) == term, "\(start) + \(term)")
            }
        }
    }

    @Test("No working days lie between a Friday and the weekend after it, or before a start")
    func countEdges() throws {
        let days = WorkingDays()
        #expect(days.count(after: try Self.day("2026-11-27"), through: try Self.day("2026-11-29")) == 0)
        #expect(days.count(after: try Self.day("2026-11-27"), through: try Self.day("2026-11-30")) == 1)
        #expect(days.count(after: try Self.day("2026-11-30"), through: try Self.day("2026-11-23")) == 0)
        #expect(days.count(after: try Self.day("2026-11-02"), through: try Self.day("2026-11-30")) == 20)
    }
}
