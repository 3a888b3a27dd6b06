import Sodium

/// An event read from a line, with the hashes recomputed from its content.
///
/// Everything here depends on the line alone, so lines can be decoded on all cores at once; what
/// depends on the events before (seq, prev, time, the registry) is checked by ``ChainState``.
struct DecodedEvent: Sendable {
    /// The event as written.
    let event: Event
    /// `SHA-256(0x00 || JCS(header))` recomputed from the header as written.
    let computedHash: [UInt8]
    /// SHA-256 of the canonical payload as written.
    let computedPayloadDigest: [UInt8]

    /// Reads one line (without its newline) as an event.
    /// - Parameter line: The line's bytes.
    /// - Returns: The decoded event.
    /// - Throws: ``EventProblem`` with `not-canonical` or `malformed-event`.
    static func decode(_ line: [UInt8]) throws(EventProblem) -> DecodedEvent {
        let value: JSONValue
        do {
            value = try CanonicalJSON.parseCanonical(line)
        } catch {
            throw EventProblem(code: .notCanonical, message: "the line is not canonical JSON: \(error.message)")
        }
        var envelope = try EnvelopeReader(value, what: "the event")
        let headerValue = try envelope.member("header")
        let payload = try envelope.object("payload")
        let hash = try envelope.hex("hash", length: Event.hashLength)
        let signature = try envelope.base64("sig", length: 64)
        try envelope.requireNoOtherMembers()
        let header = try decodeHeader(headerValue)
        try requireSalt(in: payload)
        let parts = CanonicalParts(of: line)
        return DecodedEvent(
            event: Event(header: header, payload: payload, hash: hash, signature: signature),
            computedHash: SHA256.hash(prefix: 0x00, parts?.header ?? header.canonicalBytes),
            computedPayloadDigest: SHA256.hash(parts?.payload ?? CanonicalJSON.encode(.object(payload))))
    }

    private static func decodeHeader(_ value: JSONValue) throws(EventProblem) -> EventHeader {
        var reader = try EnvelopeReader(value, what: "the header")
        let version = try reader.integer("v")
        guard version == EventHeader.formatVersion else {
            throw EventProblem(code: .malformedEvent, message: "format version \(version) is not supported (only 1)")
        }
        let header = EventHeader(
            seq: Int(try reader.integer("seq", minimum: 0)),
            previousHash: try reader.hex("prev", length: Event.hashLength),
            recordedAt: try reader.timestamp("recordedAt"),
            author: try reader.name("author", valid: Names.isActorID),
            type: try reader.name("type", valid: Names.isEventType),
            stream: try reader.name("stream", valid: Names.isStream),
            payloadDigest: try reader.hex("payloadDigest", length: Event.hashLength))
        try reader.requireNoOtherMembers()
        return header
    }

    private static func requireSalt(in payload: [String: JSONValue]) throws(EventProblem) {
        guard let salt = payload["salt"]?.stringValue, let bytes = Hex.decode(salt), bytes.count >= Salt.length else {
            throw EventProblem(
                code: .malformedEvent, message: "the payload has no 'salt' of at least \(Salt.length) random bytes in hex")
        }
    }
}

/// The random salt every payload carries, so an erased payload cannot be guessed back from its digest.
enum Salt {
    /// Bytes of salt per payload.
    static let length = 16
}

/// The canonical bytes of the header and the payload, cut out of a canonical event line.
///
/// In a canonical line the members come in sorted order, `{"hash":"<64 hex>","header":{…},"payload":{…},
/// "sig":"<88 base64>"}`, and the bytes of each member's value are that value's canonical encoding, so
/// they can be hashed where they stand instead of being encoded again. The header holds no nested
/// object, so it ends at its first `}`.
struct CanonicalParts {
    private static let prefix = Array(#"{"hash":""#.utf8)
    private static let headerKey = Array(#"","header":"#.utf8)
    private static let payloadKey = Array(#","payload":"#.utf8)
    private static let signatureKey = Array(#","sig":""#.utf8)
    private static let suffixLength = signatureKey.count + 88 + 2

    /// The header's bytes.
    let header: [UInt8]
    /// The payload's bytes.
    let payload: [UInt8]

    /// Cuts the parts out of a line that already passed the canonical and envelope checks;
    /// `nil` if the line does not have the expected shape (callers then encode the values instead).
    init?(of line: [UInt8]) {
        let headerStart = Self.prefix.count + 64 + Self.headerKey.count
        let payloadEnd = line.count - Self.suffixLength
        guard headerStart < payloadEnd, line.starts(with: Self.prefix),
              line[(headerStart - Self.headerKey.count)..<headerStart].elementsEqual(Self.headerKey),
              line[payloadEnd..<(payloadEnd + Self.signatureKey.count)].elementsEqual(Self.signatureKey),
              let headerEnd = line[headerStart..<payloadEnd].firstIndex(of: 0x7D)
        else { return nil }
        let payloadStart = headerEnd + 1 + Self.payloadKey.count
        guard payloadStart < payloadEnd, line[(headerEnd + 1)..<payloadStart].elementsEqual(Self.payloadKey) else { return nil }
        header = Array(line[headerStart...headerEnd])
        payload = Array(line[payloadStart..<payloadEnd])
    }
}
