import Sodium

/// The events that build the actor registry, all in stream `logbook` and signed as the rules require.
public enum RegistryEvent: Sendable, Equatable {
    /// `logbook.created` (seq 0): the organisation, its first administrator (the trust anchor) and the
    /// organisation's recovery key, to which every case key is also sealed.
    case logbookCreated(organisation: String, administrator: ActorProfile, recoveryKey: X25519PublicKey)
    /// `actor.enrolled`: a new actor, by an administrator.
    case actorEnrolled(ActorProfile)
    /// `actor.key_rotated`: new signing and encryption keys for an actor, by that actor or an administrator.
    case keyRotated(actor: String, publicKey: Ed25519PublicKey, encryptionKey: X25519PublicKey)
    /// `actor.revoked`: an actor may sign no more, by an administrator.
    case actorRevoked(actor: String, reason: String)

    /// The stream all registry events belong to.
    public static let stream = "logbook"

    /// The type of a logbook's first event, which creates it.
    public static let genesisType = "logbook.created"

    /// Whether `type` is a registry event type (compared, not hashed: it runs for every event verified).
    /// - Parameter type: An event type.
    /// - Returns: `true` for the four registry event types.
    public static func isRegistryType(_ type: String) -> Bool {
        switch type {
        case genesisType, "actor.enrolled", "actor.key_rotated", "actor.revoked": true
        default: false
        }
    }

    /// The event type of this registry event.
    public var type: String {
        switch self {
        case .logbookCreated: Self.genesisType
        case .actorEnrolled: "actor.enrolled"
        case .keyRotated: "actor.key_rotated"
        case .actorRevoked: "actor.revoked"
        }
    }

    /// The payload of this registry event, without its salt.
    public var payload: [String: JSONValue] {
        switch self {
        case .logbookCreated(let organisation, let administrator, let recoveryKey):
            ["organisation": .string(organisation), "administrator": administrator.json, "recoveryKey": .string(Base64.encode(recoveryKey.bytes))]
        case .actorEnrolled(let profile):
            ["actor": profile.json]
        case .keyRotated(let actor, let publicKey, let encryptionKey):
            ["actor": .string(actor), "publicKey": .string(Base64.encode(publicKey.bytes)), "encryptionKey": .string(Base64.encode(encryptionKey.bytes))]
        case .actorRevoked(let actor, let reason):
            ["actor": .string(actor), "reason": .string(reason)]
        }
    }

    /// Reads a registry event from an event's type and payload.
    /// - Parameters:
    ///   - type: The event type; must be a registry event type.
    ///   - payload: The payload, salt included.
    /// - Throws: ``EventProblem`` (`malformed-event`) naming the first bad field.
    init(type: String, payload: [String: JSONValue]) throws(EventProblem) {
        var reader = try EnvelopeReader(.object(payload), what: "the \(type) payload")
        reader.allow("salt")
        switch type {
        case "logbook.created":
            let organisation = try reader.nonEmptyString("organisation")
            let administrator = try ActorProfile(json: reader.member("administrator"))
            self = .logbookCreated(organisation: organisation, administrator: administrator, recoveryKey: try reader.encryptionKey("recoveryKey"))
        case "actor.enrolled":
            self = .actorEnrolled(try ActorProfile(json: reader.member("actor")))
        case "actor.key_rotated":
            let actor = try reader.name("actor", valid: Names.isActorID)
            let bytes = try reader.base64("publicKey", length: Ed25519PublicKey.length)
            guard let key = try? Ed25519PublicKey(bytes: bytes) else {
                throw EventProblem(code: .malformedEvent, message: "'publicKey' is not a valid Ed25519 public key (a small-order or non-canonical point is refused)")
            }
            self = .keyRotated(actor: actor, publicKey: key, encryptionKey: try reader.encryptionKey("encryptionKey"))
        default:
            let actor = try reader.name("actor", valid: Names.isActorID)
            self = .actorRevoked(actor: actor, reason: try reader.nonEmptyString("reason"))
        }
        try reader.requireNoOtherMembers()
    }
}

extension RegistryEvent {
    /// The registry event a draft holds.
    /// - Parameter draft: A draft in stream `logbook`.
    /// - Returns: `nil` for a draft of another type or stream, or one whose payload does not read.
    public init?(draft: EventDraft) {
        guard draft.stream == Self.stream, Self.isRegistryType(draft.type), let event = try? Self(type: draft.type, payload: draft.payload) else {
            return nil
        }
        self = event
    }
}
