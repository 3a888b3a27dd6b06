/// A day on which no term of the meldcode runs: a Dutch public holiday, or a day a profile closes.
public struct PublicHoliday: Sendable, Equatable, Hashable {
    /// The day.
    public let day: CalendarDay
    /// Its Dutch name, e.g. `Koningsdag`.
    public let name: String

    /// A named day.
    /// - Parameters:
    ///   - day: The day.
    ///   - name: Its Dutch name.
    public init(day: CalendarDay, name: String) {
        self.day = day
        self.name = name
    }
}
