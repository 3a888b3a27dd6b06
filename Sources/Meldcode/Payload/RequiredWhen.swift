import Ledger

/// A conditional requirement: when one member has a given value, other members must be present
/// (e.g. a third-party source needs a name or role and a date).
public struct RequiredWhen: Sendable, Equatable {
    /// The member whose value decides.
    public let field: String
    /// The value that makes the other members required.
    public let value: JSONValue
    /// The members then required.
    public let required: [String]
    /// The refusal when one of them is missing.
    public let refusal: Refusal

    /// Creates a conditional requirement.
    /// - Parameters:
    ///   - field: The member whose value decides.
    ///   - value: The value that makes `required` necessary.
    ///   - required: The members then required.
    ///   - refusal: The refusal when one is missing.
    public init(_ field: String, is value: JSONValue, require required: [String], refusal: Refusal = .invalidPayload) {
        self.field = field
        self.value = value
        self.required = required
        self.refusal = refusal
    }
}
