/// Working days, Monday to Friday, for terms such as "Veilig Thuis reports back within 5 working days".
///
/// Public holidays are not built in: which days count (Koningsdag, the Easter and Whitsun Mondays,
/// Christmas, a lustrum's 5 May) is a choice of the caller, who passes them as ``holidays``. Without them a
/// term that spans a holiday ends one working day early, which errs on the side of reminding too soon.
public struct WorkingDays: Sendable, Equatable {
    /// Weekdays that are not working days.
    public let holidays: Set<CalendarDay>

    /// Working days Monday to Friday, less `holidays`.
    /// - Parameter holidays: Days that are not working days although they fall on a weekday.
    public init(holidays: Set<CalendarDay> = []) {
        self.holidays = holidays
    }

    /// Whether `day` is a working day: Monday to Friday and not a holiday.
    /// - Parameter day: The day.
    /// - Returns: `true` for a working day.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        day.isoWeekday <= 5 && !holidays.contains(day)
    }

    /// The day on which a term of `count` working days after `start` ends: the `count`-th working day after
    /// `start` (a melding on Friday with 5 working days: the next Friday).
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
        var count = fullWeeks * 5
        var day = start.adding(days: fullWeeks * 7)
        while day < end {
            day = day.adding(days: 1)
            if day.isoWeekday <= 5 { count += 1 }
        }
        return count - holidays.filter { $0 > start && $0 <= end && $0.isoWeekday <= 5 }.count
    }
}
