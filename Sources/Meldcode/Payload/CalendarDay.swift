import Ledger

/// A civil date `YYYY-MM-DD`, as the payloads write dates.
struct CalendarDay: Sendable, Equatable {
    /// Midnight UTC at the start of the day, in milliseconds since the epoch.
    let start: Int64

    /// The slack that lets a day count as begun in the Netherlands (UTC+2 in summer) before it has in UTC.
    private static let aheadOfUTC: Int64 = 2 * 3_600_000

    /// Parses `YYYY-MM-DD`.
    /// - Parameter text: The candidate date.
    /// - Returns: The day, or `nil` if the text is not exactly that form or names no real day (from 1970).
    init?(_ text: String) {
        guard text.utf8.count == 10, let midnight = Timestamp(text + "T00:00:00.000Z") else { return nil }
        start = midnight.millisecondsSinceEpoch
    }

    /// Whether the day had not yet begun (in Dutch time) at `moment`.
    /// - Parameter moment: The moment of recording.
    /// - Returns: `true` for a day after the moment.
    func isAfter(_ moment: Timestamp) -> Bool {
        start - Self.aheadOfUTC > moment.millisecondsSinceEpoch
    }
}
