import Ledger

/// An event as the meldcode folds it: where it sits, who recorded it when, and its content.
public struct RecordedEvent: Sendable, Equatable {
    /// Its position in the log.
    public let seq: Int
    /// When it was recorded.
    public let recordedAt: Timestamp
    /// The author's actor id.
    public let author: String
    /// The event type.
    public let type: String
    /// The stream.
    public let stream: String
    /// The payload (with its `salt` once sealed).
    public let payload: [String: JSONValue]

    /// Creates a recorded event from its parts (e.g. a draft about to be appended at a known seq).
    /// - Parameters:
    ///   - seq: Its position in the log.
    ///   - recordedAt: When it is recorded.
    ///   - author: The author's actor id.
    ///   - type: The event type.
    ///   - stream: The stream.
    ///   - payload: The payload.
    public init(seq: Int, recordedAt: Timestamp, author: String, type: String, stream: String, payload: [String: JSONValue]) {
        self.seq = seq
        self.recordedAt = recordedAt
        self.author = author
        self.type = type
        self.stream = stream
        self.payload = payload
    }

    /// The recorded form of a ledger event whose payload is stored as plaintext (stream `logbook`, or a log
    /// written before case content was sealed); a case event's content comes through ``CaseContent``.
    /// - Parameter event: An event read from the log.
    public init(_ event: Event) {
        self.init(event, content: event.payload)
    }

    /// The recorded form of a ledger event with its content, as ``CaseContent`` opened it.
    /// - Parameters:
    ///   - event: An event read from the log.
    ///   - content: Its payload as plaintext, salt included.
    init(_ event: Event, content: [String: JSONValue]) {
        self.init(
            seq: event.header.seq, recordedAt: event.header.recordedAt, author: event.header.author, type: event.header.type,
            stream: event.header.stream, payload: content)
    }

    /// The recorded form of a ledger event with its opened content, decoded: a meldcode type's payload must hold
    /// every member its type requires, in the shape of its kind, before anything folds it.
    /// - Parameters:
    ///   - event: An event read from the log.
    ///   - content: Its payload as plaintext, salt included.
    /// - Throws: ``MeldcodeError/undecodable(_:)`` naming the event and the member.
    init(decoding event: Event, content: [String: JSONValue]) throws(MeldcodeError) {
        if let definition = EventCatalogue.standard.definition(of: event.header.type),
           let (path, problem) = definition.payload.undecodableMember(in: content) {
            throw .undecodable("event \(event.header.seq) (\(event.header.type)): member '\(path)' \(problem)")
        }
        self.init(event, content: content)
    }

    /// The recorded form of a draft, as it will be once appended.
    /// - Parameters:
    ///   - draft: The draft.
    ///   - seq: The seq it will have.
    ///   - author: Its author.
    ///   - recordedAt: When it is recorded.
    public init(_ draft: EventDraft, seq: Int, author: String, recordedAt: Timestamp) {
        self.init(seq: seq, recordedAt: recordedAt, author: author, type: draft.type, stream: draft.stream, payload: draft.payload)
    }
}
