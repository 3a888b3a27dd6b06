/// An event as its author asks for it to be recorded: type, stream and payload, before the logbook
/// gives it a seq, a time, a salt, a hash and a signature.
public struct EventDraft: Sendable, Equatable {
    /// The event type, e.g. `signal.recorded`.
    public let type: String
    /// The stream, e.g. `case/2026-004`.
    public let stream: String
    /// The payload object, without `salt` (the logbook adds it).
    public let payload: [String: JSONValue]
    /// If set, the append is refused unless the stream holds exactly this many events.
    public let expectedVersion: Int?

    /// Creates a draft.
    /// - Parameters:
    ///   - type: The event type.
    ///   - stream: The stream.
    ///   - payload: The payload, without `salt`.
    ///   - expectedVersion: The stream version the append expects, or `nil` for none.
    public init(type: String, stream: String, payload: [String: JSONValue], expectedVersion: Int? = nil) {
        self.type = type
        self.stream = stream
        self.payload = payload
        self.expectedVersion = expectedVersion
    }

    /// A draft for a registry event, in stream `logbook`.
    /// - Parameters:
    ///   - event: The registry event.
    ///   - expectedVersion: The version of stream `logbook` the append expects, or `nil`.
    public init(_ event: RegistryEvent, expectedVersion: Int? = nil) {
        self.init(type: event.type, stream: RegistryEvent.stream, payload: event.payload, expectedVersion: expectedVersion)
    }

    /// Checks everything about the draft that does not depend on the log.
    /// - Throws: ``LedgerError/invalidInput(_:)`` naming the problem.
    func validate() throws(LedgerError) {
        guard Names.isEventType(type) else {
            throw .invalidInput("'\(type)' is not an event type: use dot-separated lowercase words (e.g. signal.recorded)")
        }
        guard Names.isStream(stream) else {
            throw .invalidInput("'\(stream)' is not a stream: use lowercase slugs joined by / (e.g. case/2026-004)")
        }
        guard payload["salt"] == nil else {
            throw .invalidInput("the payload must not carry 'salt': the logbook adds a random one to every event")
        }
        if let expected = expectedVersion, expected < 0 {
            throw .invalidInput("an expected stream version cannot be negative (\(expected))")
        }
    }
}
