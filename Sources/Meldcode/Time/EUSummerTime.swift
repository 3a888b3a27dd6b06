/// Dutch time by the EU rule (Directive 2000/84/EC; in the Netherlands since 1996): UTC+1, and UTC+2 from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. Used only when the
/// system has no time zone database; the tests hold it to that database.
enum EUSummerTime {
    /// The offset of Dutch time from UTC at a moment, in seconds.
    /// - Parameter seconds: Seconds since 1970-01-01T00:00:00Z.
    /// - Returns: 7200 in summer time, else 3600.
    static func offsetSeconds(atSecondsSinceEpoch seconds: Int64) -> Int {
        let year = CalendarDay(daysSinceEpoch: DutchTime.floorDivide(seconds, by: 86_400)).year
        let (start, end) = (changeover(lastSundayOf: 3, in: year), changeover(lastSundayOf: 10, in: year))
        return seconds >= start && seconds < end ? 7200 : 3600
    }

    /// The moment (seconds since the epoch) of 01:00 UTC on the last Sunday of a month.
    private static func changeover(lastSundayOf month: Int, in year: Int) -> Int64 {
        let last = CalendarDay(year: year, month: month, day: 31) ?? CalendarDay(daysSinceEpoch: 0)
        let sunday = last.adding(days: -(last.isoWeekday % 7))
        return sunday.daysSinceEpoch * 86_400 + 3600
    }
}
