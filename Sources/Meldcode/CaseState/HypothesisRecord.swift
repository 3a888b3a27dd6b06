import Ledger

/// A hypothesis recorded in a case and, once settled, the follow-up note that confirmed or refuted it.
public struct HypothesisRecord: Sendable, Equatable {
    /// How a hypothesis stands.
    public enum Standing: String, Sendable, Equatable {
        /// Recorded, neither confirmed nor refuted.
        case open
        /// Confirmed by a later note.
        case confirmed
        /// Refuted by a later note.
        case refuted
    }

    /// The seq of its `hypothesis.recorded`.
    public let seq: Int
    /// The statement.
    public let statement: String
    /// The seqs of the signals it rests on.
    public let signals: [Int]
    /// Whether it is open, confirmed or refuted.
    public internal(set) var standing: Standing = .open
    /// The seq of the note that confirmed or refuted it.
    public internal(set) var settledBy: Int?

    /// The hypothesis as JSON: `{"seq", "statement", "signals", "status": "open|confirmed|refuted", "settledBy"?}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "seq": .integer(Int64(seq)), "statement": .string(statement), "signals": .array(signals.map { .integer(Int64($0)) }),
            "status": .string(standing.rawValue),
        ]
        if let settledBy { members["settledBy"] = .integer(Int64(settledBy)) }
        return .object(members)
    }
}
