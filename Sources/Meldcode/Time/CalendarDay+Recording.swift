import Ledger

extension CalendarDay {
    /// Whether the day had not yet begun in the Netherlands at a moment: a date of observation after the
    /// moment of recording.
    /// - Parameter moment: The moment of recording.
    /// - Returns: `true` for a day after the Dutch day of the moment.
    func isAfter(_ moment: Timestamp) -> Bool {
        self > CalendarDay(moment)
    }
}
