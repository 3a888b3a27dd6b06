/// One permitted value of a ``FieldKind/choice(_:)`` field, with its Dutch label.
public struct Choice: Sendable, Equatable {
    /// The value as the payload carries it, e.g. `child-words`.
    public let value: String
    /// What the value means, in Dutch, e.g. `woorden van het kind`.
    public let label: String

    /// Creates a choice.
    /// - Parameters:
    ///   - value: The value as the payload carries it.
    ///   - label: Its Dutch label.
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}
