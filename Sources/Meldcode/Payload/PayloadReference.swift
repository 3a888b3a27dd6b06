/// A `seq` reference found in a payload, with the event types it may point at.
public struct PayloadReference: Sendable, Equatable {
    /// Where in the payload, e.g. `signals[1]`.
    public let path: String
    /// The referenced seq.
    public let seq: Int
    /// The types the referenced event may have (any when empty).
    public let types: [String]
    /// The refusal when it points at another type: the field's own (e.g. `not-a-fact`), else `reference-wrong-type`.
    public let wrongType: Refusal
}
