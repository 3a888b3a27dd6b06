/// The meldcode's event types. Types not in the catalogue (e.g. the ledger's own, or `memo.noted`)
/// are left alone by the meldcode.
public struct EventCatalogue: Sendable {
    /// The definitions, in the order the meldcode's steps meet them.
    public let definitions: [EventDefinition]
    private let byType: [String: EventDefinition]

    /// Creates a catalogue.
    /// - Parameter definitions: The definitions; each type at most once.
    public init(_ definitions: [EventDefinition]) {
        self.definitions = definitions
        byType = Dictionary(definitions.map { ($0.type, $0) }) { first, _ in first }
    }

    /// The definition of a type.
    /// - Parameter type: The event type.
    /// - Returns: Its definition, or `nil` if the meldcode does not know it.
    public func definition(of type: String) -> EventDefinition? { byType[type] }

    /// The definition of a type the caller requires to be a meldcode type.
    /// - Parameter type: The event type.
    /// - Returns: Its definition.
    /// - Throws: ``MeldcodeError/unknownType(_:)``.
    public func require(_ type: String) throws(MeldcodeError) -> EventDefinition {
        guard let definition = byType[type] else { throw .unknownType(type) }
        return definition
    }

    /// Every type the meldcode knows.
    public static let standard = EventCatalogue(
        (caseLifecycle + stepOne + people + conversationsAndWeighing + decisionsAndHelp + records + sharing + access).map { $0.scope == .case ? $0.addingPaperRecord() : $0 })
}
