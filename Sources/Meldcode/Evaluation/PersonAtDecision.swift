import Ledger

/// What one person involved in a decision knew when it was taken, and what the log already knew that they did not.
public struct PersonAtDecision: Sendable, Equatable {
    /// Who.
    public let knower: Knower
    /// Whether they took the decision (the author, those who decided or weighed) or were only present or consulted.
    public let decided: Bool
    /// The seqs of the case's earlier events they knew.
    public let knew: [Int]
    /// The seqs of the case's earlier events the log held and they did not know.
    public let didNotKnow: [Int]

    /// As JSON: `{"knower", "decided", "knewCount", "didNotKnow": [seq]}`. What they knew is every seq of the case's
    /// `seqs` before the decision that `didNotKnow` does not hold: listing both halves at every decision made the
    /// evaluation's JSON grow with decisions × events twice over.
    public var json: JSONValue {
        .object([
            "knower": .object([knower.isActor ? "actor" : "party": .string(knower.description)]), "decided": .bool(decided),
            "knewCount": .integer(Int64(knew.count)), "didNotKnow": .array(didNotKnow.map { .integer(Int64($0)) }),
        ])
    }
}
