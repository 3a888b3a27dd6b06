import Sodium

/// One sealed entry of the log: header, payload, the header's hash and the author's signature over it.
public struct Event: Sendable, Equatable {
    /// The length of the hashes the chain uses (SHA-256).
    public static let hashLength = 32
    /// The `prev` of the first event: 32 zero bytes.
    public static let genesisPreviousHash = [UInt8](repeating: 0, count: hashLength)
    /// The context string that separates event signatures from every other use of a key.
    public static let signatureContext = Array("logboek/event/v1".utf8)

    /// The signed header.
    public let header: EventHeader
    /// The payload object, including its random `salt`.
    public let payload: [String: JSONValue]
    /// `SHA-256(0x00 || JCS(header))`: the RFC 6962 leaf hash of the header.
    public let hash: [UInt8]
    /// The Ed25519 signature over ``signingMessage(for:)`` of ``hash``.
    public let signature: [UInt8]

    /// Creates an event from its parts, without checking them (see ``Verifier`` for that).
    /// - Parameters:
    ///   - header: The header.
    ///   - payload: The payload object.
    ///   - hash: The header's hash.
    ///   - signature: The author's signature.
    public init(header: EventHeader, payload: [String: JSONValue], hash: [UInt8], signature: [UInt8]) {
        self.header = header
        self.payload = payload
        self.hash = hash
        self.signature = signature
    }

    /// The hash of a header: `SHA-256(0x00 || JCS(header))`, the RFC 6962 leaf hash.
    /// - Parameter header: The header.
    /// - Returns: 32 bytes.
    public static func hash(of header: EventHeader) -> [UInt8] {
        SHA256.hash(prefix: 0x00, header.canonicalBytes)
    }

    /// The digest a header carries for a payload: SHA-256 of its canonical JSON.
    /// - Parameter payload: The payload object.
    /// - Returns: 32 bytes.
    public static func digest(of payload: [String: JSONValue]) -> [UInt8] {
        SHA256.hash(CanonicalJSON.encode(.object(payload)))
    }

    /// The bytes an author signs for an event hash: `"logboek/event/v1" || 0x00 || hash`.
    /// - Parameter hash: The event hash.
    /// - Returns: The message to sign or verify.
    public static func signingMessage(for hash: [UInt8]) -> [UInt8] {
        var message = signingMessagePrefix
        message.append(contentsOf: hash)
        return message
    }

    /// `"logboek/event/v1" || 0x00`, built once.
    private static let signingMessagePrefix = signatureContext + [0x00]

    /// The event as the JSON object written on its line.
    public var json: JSONValue {
        .object([
            "header": header.json,
            "payload": .object(payload),
            "hash": .string(Hex.encode(hash)),
            "sig": .string(Base64.encode(signature)),
        ])
    }

    /// The event's line in `log.jsonl`: its canonical JSON followed by a newline.
    public var line: [UInt8] {
        Self.line(headerBytes: header.canonicalBytes, payloadBytes: CanonicalJSON.encode(.object(payload)), hash: hash, signature: signature)
    }

    /// Assembles a line from canonical parts, in the envelope's sorted key order (`hash`, `header`,
    /// `payload`, `sig`), so the writer need not encode header and payload a second time.
    static func line(headerBytes: [UInt8], payloadBytes: [UInt8], hash: [UInt8], signature: [UInt8]) -> [UInt8] {
        var line = [UInt8]()
        line.reserveCapacity(headerBytes.count + payloadBytes.count + 200)
        line.append(contentsOf: #"{"hash":""#.utf8)
        Hex.append(hash, to: &line)
        line.append(contentsOf: #"","header":"#.utf8)
        line.append(contentsOf: headerBytes)
        line.append(contentsOf: #","payload":"#.utf8)
        line.append(contentsOf: payloadBytes)
        line.append(contentsOf: #","sig":""#.utf8)
        Base64.append(signature, to: &line)
        line.append(contentsOf: "\"}\n".utf8)
        return line
    }
}

extension Event {
    /// The event hash as lowercase hex, as the log writes it.
    public var hashHex: String { Hex.encode(hash) }
}
