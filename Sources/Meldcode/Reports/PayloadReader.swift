import Ledger

/// The one path through which reports read an event's payload. Everything a report shows of an
/// event's content comes through ``payload(of:)``, so when case payloads are sealed only this type
/// needs the keys to open them.
public struct PayloadReader: Sendable {
    /// A reader of plaintext payloads, as the log stores them today.
    public init() {}

    /// The payload of an event as disclosed to a report, without its `salt`.
    /// - Parameter event: A recorded event.
    /// - Returns: Its payload members.
    public func payload(of event: RecordedEvent) -> [String: JSONValue] {
        var members = event.payload
        members["salt"] = nil
        return members
    }

    /// The payload exactly as committed to in the log (with its `salt`), for an evidence bundle.
    /// - Parameter event: A recorded event.
    /// - Returns: The payload the header's commitment covers.
    public func committedPayload(of event: RecordedEvent) -> [String: JSONValue] { event.payload }
}
