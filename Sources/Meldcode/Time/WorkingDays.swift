/// Working days, for terms such as "Veilig Thuis reports back within 5 working days" (002, line 249):
/// Monday to Friday, less the Dutch public holidays of the Algemene termijnenwet
/// (``PublicHoliday/netherlands(in:)``) and the closed days a profile adds.
public struct WorkingDays: Sendable, Equatable {
    /// Days besides the public holidays on which no term runs (royal-decree days, the school's own).
    public let closedDays: Set<CalendarDay>

    /// Working days Monday to Friday, less the Dutch public holidays and `closedDays`.
    /// - Parameter closedDays: More days that are not working days although they fall on a weekday.
    public init(closedDays: Set<CalendarDay> = []) {
        self.closedDays = closedDays
    }

    /// Whether `day` is a working day: Monday to Friday, not a public holiday, not a closed day.
    /// - Parameter day: The day.
    /// - Returns: `true` for a working day.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        day.isoWeekday <= 5 && !closedDays.contains(day) && !PublicHoliday.netherlands(in: day.year).contains { $0.day == day }
    }

    /// The day on which a term of `count` working days after `start` ends: the `count`-th working day after
    /// `start` (a melding on Friday with 5 working days: the next Friday, later when a holiday falls between).
    /// - Parameters:
    ///   - count: The term in working days (0 gives `start` itself).
    ///   - start: The day the term runs from (it does not count itself).
    /// - Returns: The last day of the term.
    public func day(_ count: Int, workingDaysAfter start: CalendarDay) -> CalendarDay {
        var day = start
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The number of working days after `start` up to and including `end` (0 if `end` is not after `start`).
    /// - Parameters:
    ///   - start: The earlier day (e.g. of an observation), not counted.
    ///   - end: The later day (e.g. of its record), counted.
    /// - Returns: The working days between them.
    public func count(after start: CalendarDay, through end: CalendarDay) -> Int {
        guard end > start else { return 0 }
        let days = Int(end.daysSinceEpoch - start.daysSinceEpoch)
        let fullWeeks = days / 7
        var weekdays = fullWeeks * 5
        var day = start.adding(days: fullWeeks * 7)
        while day < end {
            day = day.adding(days: 1)
            if day.isoWeekday <= 5 { weekdays += 1 }
        }
        return weekdays - offDays(after: start, through: end).count
    }

    /// The weekdays after `start` through `end` that are public holidays or closed days.
    private func offDays(after start: CalendarDay, through end: CalendarDay) -> Set<CalendarDay> {
        let holidays = (start.year...end.year).flatMap { PublicHoliday.netherlands(in: $0).map(\.day) }
        return Set(holidays + closedDays).filter { $0 > start && $0 <= end && $0.isoWeekday <= 5 }
    }
}
