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
    /// The member it corrects and the new value, when it names them.
    public let field: FieldCorrection?
    /// The member's value before this correction (the original, or an earlier correction's).
    public let previous: JSONValue?

    /// The correction as JSON: `{"seq", "corrects", "correction", "reason", "field"?, "value"?, "previous"?}`;
    /// `field` is the member's payload path (`source.date`).
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "seq": .integer(Int64(seq)), "corrects": .integer(Int64(corrects)), "correction": .string(correction), "reason": .string(reason),
        ]
        if let field {
            members["field"] = .string(field.path.joined(separator: "."))
            members["value"] = field.value
            if let previous { members["previous"] = previous }
        }
        return .object(members)
    }

    /// The change in Dutch, for text output and reports: `datum van de informatie: 2026-09-17 → 2026-09-16`.
    public var dutchChange: String? {
        guard let field else { return nil }
        let text = { (value: JSONValue) in value.stringValue ?? String(decoding: CanonicalJSON.encode(value), as: UTF8.self) }
        return "\(field.spec.label): \(previous.map(text) ?? "(leeg)") → \(text(field.value))"
    }
}
