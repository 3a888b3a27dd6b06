import Ledger

/// Whether one step of the meldcode was taken in a case, and by which events.
public struct StepProgress: Sendable, Equatable {
    /// The step.
    public let step: MeldcodeStep
    /// The seqs of the case's events of this step, in log order.
    public internal(set) var events: [Int] = []

    /// Whether any event of the step was recorded.
    public var isTaken: Bool { !events.isEmpty }

    /// The step as JSON: `{"step": 1, "name": "Signalen in kaart brengen", "taken": true, "events": [5, 6]}`.
    public var json: JSONValue {
        .object([
            "step": .integer(Int64(step.rawValue)), "name": .string(step.dutchName), "taken": .bool(isTaken),
            "events": .array(events.map { .integer(Int64($0)) }),
        ])
    }
}
