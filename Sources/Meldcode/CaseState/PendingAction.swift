import Ledger

/// Something a case waits for, with the day it is due.
public struct PendingAction: Sendable, Equatable {
    /// What is awaited.
    public let kind: PendingActionKind
    /// The seq of the event that started the wait (the melding, the help, the evaluation).
    public let seq: Int
    /// The last day on which it is on time.
    public let due: CalendarDay

    /// Whether the action is overdue on a day: the day lies after ``due``.
    /// - Parameter day: The day to judge on (passed in; the fold never reads a clock).
    /// - Returns: `true` if it is overdue.
    public func isOverdue(on day: CalendarDay) -> Bool { day > due }

    /// What is awaited, in English with the Dutch terms.
    public var text: String {
        switch kind {
        case .veiligThuisFeedback: "feedback from Veilig Thuis on the melding at seq \(seq), due \(due)"
        case .helpTerm: "the term of the help at seq \(seq) ends \(due): evaluate the result (afweging 5)"
        case .monitoring: "follow up the monitoring agreed after the help evaluated at seq \(seq), due \(due)"
        }
    }

    /// The action as JSON on a day: `{"kind", "seq", "due", "overdue", "text"}`.
    /// - Parameter day: The day against which `overdue` is judged.
    /// - Returns: The JSON object.
    public func json(on day: CalendarDay) -> JSONValue {
        .object([
            "kind": .string(kind.rawValue), "seq": .integer(Int64(seq)), "due": .string(due.description),
            "overdue": .bool(isOverdue(on: day)), "text": .string(text),
        ])
    }
}
