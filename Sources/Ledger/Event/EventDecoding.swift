import Sodium

/// An event read from a line, with the hashes recomputed from its content.
///
/// Everything here depends on the line alone, so lines can be decoded on all cores at once; what
/// depends on the events before (seq, prev, time, the registry) is checked by ``ChainState``.
/// The payload is kept as its canonical bytes and parsed only when someone needs its content.
struct DecodedEvent: Sendable {
    /// The header as written.
    let header: EventHeader
    /// The `hash` as written.
    let hash: [UInt8]
    /// The `sig` as written.
    let signature: [UInt8]
    /// `SHA-256(0x00 || JCS(header))` recomputed from the header as written.
    let computedHash: [UInt8]
    /// SHA-256 of the canonical payload as written.
    let computedPayloadDigest: [UInt8]
    private let payloadSource: PayloadSource

    /// Where the payload comes from: already parsed (a writer sealing it), or canonical bytes to parse on demand.
    enum PayloadSource: Sendable {
        case parsed([String: JSONValue])
        case canonical(ArraySlice<UInt8>)
    }

    /// Creates a decoded event from its parts.
    init(header: EventHeader, hash: [UInt8], signature: [UInt8], computedHash: [UInt8], payload: PayloadSource) {
        self.header = header
        self.hash = hash
        self.signature = signature
        self.computedHash = computedHash
        self.payloadSource = payload
        switch payload {
        case .parsed: computedPayloadDigest = header.payloadDigest
        case .canonical(let bytes): computedPayloadDigest = SHA256.hash(bytes)
        }
    }

    /// The payload's content.
    /// - Throws: ``EventProblem`` (`malformed-event`) if the payload is not an object (cannot happen for a
    ///   line that passed ``decode(_:)``).
    func payload() throws(EventProblem) -> [String: JSONValue] {
        switch payloadSource {
        case .parsed(let payload):
            return payload
        case .canonical(let bytes):
            guard let payload = try? CanonicalJSON.parse(bytes).objectValue else {
                throw EventProblem(code: .malformedEvent, message: "the payload is not a JSON object")
            }
            return payload
        }
    }

    /// The event, with its payload parsed.
    func event() throws(EventProblem) -> Event {
        Event(header: header, payload: try payload(), hash: hash, signature: signature)
    }

    /// Reads one line (without its newline) as an event.
    /// - Parameter line: The line's bytes.
    /// - Returns: The decoded event.
    /// - Throws: ``EventProblem`` with `not-canonical` or `malformed-event`.
    static func decode(_ line: ArraySlice<UInt8>) throws(EventProblem) -> DecodedEvent {
        do {
            try CanonicalJSON.validateCanonical(line)
        } catch {
            throw EventProblem(code: .notCanonical, message: "the line is not canonical JSON: \(error.message)")
        }
        guard let parts = EnvelopeParts(of: line) else { throw EnvelopeDiagnosis.problem(in: line) }
        guard let header = HeaderBytes.read(parts.header) else {
            _ = try decodeHeader(try parse(parts.header, what: "the header"))
            throw EventProblem(code: .malformedEvent, message: "the header is not in its canonical form")
        }
        guard let hash = Hex.decode(parts.hash), hash.count == Event.hashLength,
              let signature = Base64.decode(parts.signature), signature.count == Ed25519SigningKey.signatureLength
        else { throw EnvelopeDiagnosis.problem(in: line) }
        try PayloadShape.require(parts.payload)
        return DecodedEvent(
            header: header, hash: hash, signature: signature, computedHash: SHA256.hash(prefix: 0x00, parts.header),
            payload: .canonical(parts.payload))
    }

    private static func parse(_ bytes: ArraySlice<UInt8>, what: String) throws(EventProblem) -> JSONValue {
        do {
            return try CanonicalJSON.parse(bytes)
        } catch {
            throw EventProblem(code: .malformedEvent, message: "\(what) cannot be read: \(error.message)")
        }
    }

    /// Reads the header object strictly: every member once, of the right type, and no others.
    static func decodeHeader(_ value: JSONValue) throws(EventProblem) -> EventHeader {
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
}
