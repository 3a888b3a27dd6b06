extension PublicHoliday {
    /// The "algemeen erkende feestdagen" of the Algemene termijnenwet that fall in a year, in order: art. 3
    /// lid 1 (Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, beide Kerstdagen, the
    /// King's birthday and 5 mei) and lid 2 (Goede Vrijdag). Sundays, which the law also names, are never
    /// working days anyway; days assimilated by royal decree (lid 3) are a profile's ``ClosedDays``.
    /// - Parameter year: The year (Easter and the King's birthday are computed for it).
    /// - Returns: The holidays, by day.
    public static func netherlands(in year: Int) -> [PublicHoliday] {
        let easter = Easter.sunday(in: year)
        let fixed: [(Int, Int, String)] = [(1, 1, "Nieuwjaarsdag"), (5, 5, "Bevrijdingsdag (5 mei)"), (12, 25, "Eerste Kerstdag"), (12, 26, "Tweede Kerstdag")]
        let moving = [
            PublicHoliday(day: easter.adding(days: -2), name: "Goede Vrijdag"),
            PublicHoliday(day: easter.adding(days: 1), name: "Tweede Paasdag"),
            PublicHoliday(day: easter.adding(days: 39), name: "Hemelvaartsdag"),
            PublicHoliday(day: easter.adding(days: 50), name: "Tweede Pinksterdag"),
            kingsBirthday(in: year),
        ]
        let dated = fixed.compactMap { month, day, name in CalendarDay(year: year, month: month, day: day).map { PublicHoliday(day: $0, name: name) } }
        return (dated + moving).sorted { $0.day < $1.day }
    }

    /// Koningsdag on 27 April, or 26 April when the 27th is a Sunday (Wet op de Koningsdag, since 2014);
    /// before 2014 Koninginnedag on 30 April, or 29 April when the 30th is a Sunday.
    private static func kingsBirthday(in year: Int) -> PublicHoliday {
        let (date, name) = year >= 2014 ? (27, "Koningsdag") : (30, "Koninginnedag")
        let day = CalendarDay(year: year, month: 4, day: date) ?? CalendarDay(daysSinceEpoch: 0)
        return PublicHoliday(day: day.isoWeekday == 7 ? day.adding(days: -1) : day, name: name)
    }
}
