extension CalendarDay {
    private static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// The day as Dutch readers write it, e.g. `12 oktober 2026`.
    public var dutchText: String {
        let parts = description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return description }
        return "\(parts[2]) \(Self.dutchMonths[parts[1] - 1]) \(parts[0])"
    }
}
