import Ledger

/// Days and moments written the Dutch way: "3 oktober 2026", "16 november 2026, 9.55 uur".
public enum DutchDate {
    private static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// A day, e.g. "3 oktober 2026".
    /// - Parameter day: The day.
    /// - Returns: The Dutch text.
    public static func text(_ day: CalendarDay) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return day.description }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// A moment of recording in Dutch time, e.g. "16 november 2026, 9.55 uur".
    /// - Parameter moment: The moment.
    /// - Returns: The Dutch text.
    public static func text(_ moment: Timestamp) -> String {
        let local = Timestamp(millisecondsSinceEpoch: moment.millisecondsSinceEpoch + Int64(DutchTime.offsetSeconds(at: moment)) * 1000)
        let clock = local.description.dropFirst(11).prefix(5)
        let hour = Int(clock.prefix(2)) ?? 0
        return "\(text(DutchTime.day(of: moment))), \(hour).\(clock.suffix(2)) uur"
    }
}
