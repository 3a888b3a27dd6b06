import Ledger

/// The declarative description of a payload object: its fields and conditional requirements. The
/// validator (``PayloadCheck``) and the JSON Schema generator both read it, so they cannot disagree.
public struct PayloadSchema: Sendable, Equatable {
    /// The members, in the order people are asked for them.
    public let fields: [FieldSpec]
    /// Members that become required by the value of another.
    public let conditions: [RequiredWhen]

    /// Creates a payload description.
    /// - Parameters:
    ///   - fields: The members.
    ///   - conditions: The conditional requirements.
    public init(_ fields: [FieldSpec], conditions: [RequiredWhen] = []) {
        self.fields = fields
        self.conditions = conditions
    }

    /// The field with a name.
    /// - Parameter name: The member's name.
    /// - Returns: Its description, or `nil` if the payload has no such member.
    public func field(_ name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }
}
