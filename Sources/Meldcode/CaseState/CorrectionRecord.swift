import Ledger

/// A `record.corrected`: which earlier record it corrects, the correction and why (the original stays).
public struct CorrectionRecord: Sendable, Equatable {
    /// The seq of the correction.
    public let seq: Int
    /// The seq of the record corrected.
    public let corrects: Int
    /// The correction.
    public let correction: String
    /// Why it was corrected.
    public let reason: String

    /// The correction as JSON: `{"seq", "corrects", "correction", "reason"}`.
    public var json: JSONValue {
        .object([
            "seq": .integer(Int64(seq)), "corrects": .integer(Int64(corrects)), "correction": .string(correction), "reason": .string(reason),
        ])
    }
}
