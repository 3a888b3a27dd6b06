import Ledger

/// One mark on a case's time line: the first event of a kind, its day, and the days since the first signal.
public struct TimelineMark: Sendable, Equatable {
    /// What it marks, in Dutch (`eerste signaal`, `melding`, …).
    public let label: String
    /// The event's seq.
    public let seq: Int
    /// The day in the world.
    public let day: CalendarDay
    /// Days since the first signal's day (`nil` without a signal).
    public let daysFromFirstSignal: Int?

    /// As JSON: `{"label", "seq", "day", "daysFromFirstSignal"?}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["label": .string(label), "seq": .integer(Int64(seq)), "day": .string(day.description)]
        if let daysFromFirstSignal { members["daysFromFirstSignal"] = .integer(Int64(daysFromFirstSignal)) }
        return .object(members)
    }

    /// The marks of the time line, in the order of the stappenplan: the first of each kind.
    static let kinds: [(label: String, types: [EventType])] = [
        ("eerste signaal", [.signalRecorded]), ("eerste consultatie", [.consultationHeld]),
        ("gesprek (of overgeslagen)", [.conversationHeld, .conversationSkipped]), ("eerste weging", [.weighingRecorded]),
        ("eerste besluit", [.decisionRecorded]), ("melding", [.meldingMade]), ("terugkoppeling Veilig Thuis", [.veiligthuisFeedback]),
    ]
}
