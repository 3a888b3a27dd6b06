import Ledger

/// `profile.adopted`: the event, in stream `logbook`, by which an administrator puts a protocol profile in force.
///
/// Its payload is `{"profile": <the profile>, "reason"?: <why>}` (plus the `salt` the logbook adds).
public enum ProfileAdoption {
    /// The event type.
    public static let eventType = EventType.profileAdopted

    /// A draft adopting `profile`.
    /// - Parameters:
    ///   - profile: The profile to put in force.
    ///   - reason: Why, if given (e.g. "vastgesteld door het bestuur op 19 juni 2023").
    /// - Returns: The draft, for stream `logbook`.
    public static func draft(adopting profile: ProtocolProfile, reason: String? = nil) -> EventDraft {
        var payload = [String: JSONValue](fields: [.profile: profile.json])
        if let reason { payload[.reason] = .string(reason) }
        return EventDraft(type: eventType.rawValue, stream: RegistryEvent.stream, payload: payload)
    }

    /// Checks a draft adoption before it is appended: its type and stream, its payload, and that its author
    /// is an active administrator in the registry as it stands.
    /// - Parameters:
    ///   - draft: The draft.
    ///   - author: The actor who would sign it.
    ///   - registry: The actor registry as it stands before the append.
    /// - Returns: The profile the draft adopts.
    /// - Throws: ``ProfileError/notAdministrator(actor:)`` if the author may not adopt,
    ///   ``ProfileError/invalidAdoption(_:)`` for a wrong type, stream or payload, or any profile error.
    public static func validate(_ draft: EventDraft, author: String, registry: ActorRegistry) throws(ProfileError) -> ProtocolProfile {
        guard draft.type == eventType else { throw .invalidAdoption("the event type is '\(draft.type)', not '\(eventType)'") }
        guard draft.stream == RegistryEvent.stream else {
            throw .invalidAdoption("\(eventType) belongs in stream '\(RegistryEvent.stream)', not '\(draft.stream)'")
        }
        guard registry.actors[author]?.isActiveAdministrator == true else { throw .notAdministrator(actor: author) }
        return try profile(inPayload: draft.payload, allowingSalt: false)
    }

    /// The profile a `profile.adopted` payload carries.
    /// - Parameters:
    ///   - payload: The payload.
    ///   - allowingSalt: Whether a `salt` member may be present (in a recorded event, not in a draft).
    /// - Returns: The profile.
    /// - Throws: ``ProfileError`` for an unknown member, a bad reason or a bad profile.
    static func profile(inPayload payload: [String: JSONValue], allowingSalt: Bool) throws(ProfileError) -> ProtocolProfile {
        let known = Set([PayloadField.profile.rawValue, PayloadField.reason.rawValue] + (allowingSalt ? ["salt"] : []))
        if let unknown = payload.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidAdoption("the payload has an unknown member '\(unknown)'")
        }
        if let reason = payload[.reason] {
            _ = try ProfileReader.string(reason, path: "reason")
        }
        guard let profile = payload[.profile] else { throw .invalidAdoption("the payload has no 'profile'") }
        return try ProtocolProfile(json: profile)
    }
}
