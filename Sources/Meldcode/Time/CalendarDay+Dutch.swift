extension CalendarDay {
    private static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// The day as Dutch readers write it, e.g. `12 oktober 2026`.
    public var dutchText: String {
        let (year, month, day) = civil
        return "\(day) \(Self.dutchMonths[month - 1]) \(year)"
    }
}
