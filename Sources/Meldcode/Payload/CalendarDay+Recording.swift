import Ledger

extension CalendarDay {
    /// The slack that lets a day count as begun in the Netherlands (UTC+2 in summer) before it has in UTC.
    private static let aheadOfUTC: Int64 = 2 * 3_600_000

    /// Whether the day had not yet begun (in Dutch time) at `moment`: a date of observation after the
    /// moment of recording.
    /// - Parameter moment: The moment of recording.
    /// - Returns: `true` for a day after the moment.
    func isAfter(_ moment: Timestamp) -> Bool {
        daysSinceEpoch * 86_400_000 - Self.aheadOfUTC > moment.millisecondsSinceEpoch
    }
}
