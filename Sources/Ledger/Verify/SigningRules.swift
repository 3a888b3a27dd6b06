/// Who may sign which event type in which stream, beyond the registry's own rules for actor events.
///
/// A valid signature is not yet a valid event: whoever can write the log file can append a line signed with
/// their own key. The layer above the ledger defines the rest of the authority table (who adopts a profile,
/// who grants access to a case, who writes in a case) as signing rules, and the ledger applies them at every
/// seq, wherever a log is read: `verify`, a writer opening the log, a writer checking its own appends. A line
/// the rules refuse is reported as `not-authorised` at its seq, and nothing is appended after it.
///
/// The rules see only what anyone may see: headers, and the payloads as stored (plaintext for stream
/// `logbook`, sealed objects elsewhere). They fold the events they admit; an event that does not change them
/// must not mutate them, so that a writer's savepoint stays cheap.
public protocol SigningRules: Sendable {
    /// Checks that the event may stand at its place in the log and folds it in.
    /// - Parameters:
    ///   - event: The event's header, its stream's opener and its payload as stored.
    ///   - registry: The actor registry as it stood just before the event.
    /// - Throws: ``SigningRefusal`` if its author may not sign it there; the rules are then unchanged.
    mutating func admit(_ event: SignedEvent, registry: ActorRegistry) throws(SigningRefusal)
}

/// What signing rules may read of one event: its header, who opened its stream, and its payload as stored.
public struct SignedEvent {
    /// The header.
    public let header: EventHeader
    /// The author of the first event of the event's stream, or `nil` when this event is that first event.
    public let opener: String?
    private let storedPayload: () -> [String: JSONValue]?

    /// Describes an event for the rules.
    /// - Parameters:
    ///   - header: The header.
    ///   - opener: The author of the stream's first event (`nil` if this is it).
    ///   - payload: Reads the payload as stored (`nil` if it is not a JSON object).
    public init(header: EventHeader, opener: String?, payload: @escaping () -> [String: JSONValue]?) {
        self.header = header
        self.opener = opener
        storedPayload = payload
    }

    /// The payload as the log stores it (parsed on demand); `nil` if it is not a JSON object.
    public var payload: [String: JSONValue]? { storedPayload() }
}

/// Why signing rules refuse an event.
public struct SigningRefusal: Error, Sendable, Equatable {
    /// A sentence for people: who may sign this, and why the author may not.
    public let message: String

    /// Creates a refusal.
    /// - Parameter message: Who may sign this, and why the author may not.
    public init(_ message: String) {
        self.message = message
    }
}
