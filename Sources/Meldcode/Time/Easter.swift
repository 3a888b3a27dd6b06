/// Easter Sunday of the Gregorian calendar, by the anonymous algorithm of Meeus, Jones and Butcher
/// (J. Meeus, *Astronomical Algorithms*, ch. 8).
enum Easter {
    /// The day of Easter Sunday in a year.
    /// - Parameter year: A Gregorian year (from 1583).
    /// - Returns: Easter Sunday, between 22 March and 25 April.
    static func sunday(in year: Int) -> CalendarDay {
        let a = year % 19
        let (b, c) = (year / 100, year % 100)
        let (d, e) = (b / 4, b % 4)
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let (i, k) = (c / 4, c % 4)
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day) ?? CalendarDay(daysSinceEpoch: 0)
    }
}
