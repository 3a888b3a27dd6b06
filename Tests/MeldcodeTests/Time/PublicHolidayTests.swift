import Ledger
import Testing
@testable import Meldcode

/// The Dutch public holidays of the Algemene termijnenwet (art. 3) and the terms that run around them.
@Suite("Dutch public holidays")
struct PublicHolidayTests {
    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(text)) }

    /// Easter Sunday as published (Western churches), 2000–2040; written out, not computed.
    static let publishedEaster = [
        "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27", "2006-04-16", "2007-04-08",
        "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05",
        "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09",
        "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13",
        "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25", "2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10",
        "2040-04-01",
    ]

    @Test("Easter Sunday is the published date in every year from 2000 to 2040")
    func easter() throws {
        for (offset, published) in Self.publishedEaster.enumerated() {
            #expect(Easter.sunday(in: 2000 + offset) == (try Self.day(published)), "\(2000 + offset)")
        }
    }

    @Test("Each holiday of art. 3 in 2026 is a day off, and a term over it ends a working day later", arguments: [
        ("2026-01-01", "Nieuwjaarsdag"), ("2026-04-03", "Goede Vrijdag"), ("2026-04-06", "Tweede Paasdag"), ("2026-04-27", "Koningsdag"),
        ("2026-05-05", "Bevrijdingsdag (5 mei)"), ("2026-05-14", "Hemelvaartsdag"), ("2026-05-25", "Tweede Pinksterdag"),
        ("2026-12-25", "Eerste Kerstdag"), ("2026-12-26", "Tweede Kerstdag"),
    ])
    func holiday(text: String, name: String) throws {
        let day = try Self.day(text)
        #expect(PublicHoliday.netherlands(in: 2026).contains(PublicHoliday(day: day, name: name)))
        #expect(!WorkingDays().isWorkingDay(day))
        guard day.isoWeekday <= 5 else { return }
        let before = day.adding(days: -1)
        #expect(WorkingDays().day(1, workingDaysAfter: before) > day)
        #expect(WorkingDays().count(after: before, through: day) == 0)
    }

    @Test("2026 has exactly these nine holidays, and no other day of the year is one")
    func onlyThese() {
        #expect(PublicHoliday.netherlands(in: 2026).count == 9)
        #expect(Set(PublicHoliday.netherlands(in: 2026).map(\.day.year)) == [2026])
    }

    @Test("Koningsdag is 26 April when 27 April is a Sunday (2025), and 27 April otherwise")
    func koningsdagOnSunday() throws {
        let days2025 = PublicHoliday.netherlands(in: 2025).map(\.day)
        #expect(days2025.contains(try Self.day("2025-04-26")))
        #expect(!days2025.contains(try Self.day("2025-04-27")))
        #expect(PublicHoliday.netherlands(in: 2026).map(\.day).contains(try Self.day("2026-04-27")))
    }

    @Test("A melding on Friday 24 April 2026: Veilig Thuis's 5 working days skip Koningsdag and end on Monday 4 May")
    func koningsdagTerm() throws {
        #expect(WorkingDays().day(5, workingDaysAfter: try Self.day("2026-04-24")) == (try Self.day("2026-05-04")))
        #expect(WorkingDays().count(after: try Self.day("2026-04-24"), through: try Self.day("2026-05-04")) == 5)
    }

    @Test("Counting and adding agree across every holiday of 2025 to 2027, from every day")
    func countInvertsAdding() throws {
        let days = WorkingDays()
        let start = try Self.day("2024-12-20")
        for offset in stride(from: 0, to: 3 * 366, by: 1) {
            let from = start.adding(days: offset)
            let end = days.day(5, workingDaysAfter: from)
            #expect(days.count(after: from, through: end) == 5, "\(from)")
            #expect(days.isWorkingDay(end))
        }
    }

    @Test("A profile's closed days are days off too, and move the terms it judges")
    func profileClosedDays() throws {
        let friday = try Self.day("2026-05-15")
        let closed = try Self.klimtoren(closedDays: .array([PublicHoliday(day: friday, name: "Vrijdag na Hemelvaartsdag").json]))
        #expect(!closed.workingDays.isWorkingDay(friday) && ProtocolProfile.klimtoren.workingDays.isWorkingDay(friday))
        #expect(closed.workingDays.day(1, workingDaysAfter: try Self.day("2026-05-13")) == (try Self.day("2026-05-18")))
        let reread = try ProtocolProfile(json: closed.json)
        #expect(reread == closed)
    }

    @Test("A profile's closed days are refused when a day is not real, listed twice, or a member is unknown or missing", arguments: [
        (JSONValue.array([.object(["day": .string("2026-02-30"), "name": .string("x")])]), "profile-invalid-value"),
        (JSONValue.array([.object(["day": .string("2026-05-15"), "name": .string("x")]), .object(["day": .string("2026-05-15"), "name": .string("y")])]),
         "profile-invalid-value"),
        (JSONValue.array([.object(["day": .string("2026-05-15"), "name": .string("x"), "extra": .string("1")])]), "profile-unknown-member"),
        (JSONValue.array([.object(["day": .string("2026-05-15")])]), "profile-missing-member"),
        (JSONValue.string("2026-05-15"), "profile-wrong-type"),
    ])
    func closedDaysRefused(value: JSONValue, code: String) throws {
        let error = try #require(throws: ProfileError.self) { try Self.klimtoren(closedDays: value) }
        #expect(error.code == code, "\(error.message)")
    }

    /// The Klimtoren profile with `closedDays` set to a JSON value.
    static func klimtoren(closedDays: JSONValue) throws -> ProtocolProfile {
        try ProtocolProfile(json: try ProfileParsingTests.changing(ProtocolProfile.klimtoren.json, at: ["closedDays"], to: closedDays))
    }
}
