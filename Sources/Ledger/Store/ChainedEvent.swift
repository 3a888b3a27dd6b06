import Sodium

/// An event whose header has been chained to the one before it, hashed and admitted, and is yet to be signed.
/// The signature covers only the event's own hash (see ``Event/signingMessage(for:)``), so the writer signs a
/// batch's chained events on several cores once their hashes are computed in order.
struct ChainedEvent: Sendable {
    /// The header, with its seq and the previous event's hash.
    let header: EventHeader
    /// The header's canonical bytes.
    let headerBytes: [UInt8]
    /// The event hash: SHA-256 of `0x00` and ``headerBytes``.
    let hash: [UInt8]
    /// The payload as stored.
    let payload: PreparedPayload

    /// The event signed with `key`, and its line in the log.
    func signed(with key: Ed25519SigningKey) -> (event: Event, line: [UInt8]) {
        let signature = key.signature(for: Event.signingMessage(for: hash))
        return (Event(header: header, payload: payload.payload, hash: hash, signature: signature),
                Event.line(headerBytes: headerBytes, payloadBytes: payload.bytes, hash: hash, signature: signature))
    }
}
