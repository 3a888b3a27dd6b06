import Sodium

/// The payload of an event in a sealed stream as the log stores it:
/// `{"ciphertext","commitment","epoch","nonce","sealed":1}`.
///
/// - `ciphertext`: base64 of XChaCha20-Poly1305 over the canonical plaintext payload (which carries its
///   random `salt`), under the stream key of `epoch`, with a random 24-byte `nonce` (base64), and the
///   context, the header's `stream` and `type` and the epoch as additional data, so a sealed payload cannot be
///   moved to another stream or type.
/// - `commitment`: hex SHA-256 of the canonical plaintext payload: what an evidence bundle's disclosed
///   payload is checked against; the salt makes it impossible to guess back.
/// - `sealed`: the version of this object (1).
///
/// The header's `payloadDigest` covers this stored object, so verifying the log needs no key, and destroying
/// the stream keys leaves every byte of the log, every signature and every proof as it was.
public struct SealedPayload: Sendable, Equatable {
    /// The version of the stored object this code writes and reads.
    public static let version: Int64 = 1
    static let context = Array("logboek/sealed/v1".utf8)
    /// The members of the stored object, in canonical order.
    public static let members = ["ciphertext", "commitment", "epoch", "nonce", "sealed"]

    /// The key epoch it was sealed with.
    public let epoch: Int
    /// The random nonce.
    public let nonce: [UInt8]
    /// The ciphertext followed by its tag.
    public let ciphertext: [UInt8]
    /// SHA-256 of the canonical plaintext payload.
    public let commitment: [UInt8]

    /// Seals a plaintext payload for an event of `type` in `stream`.
    /// - Parameters:
    ///   - plaintext: The canonical bytes of the payload, salt included.
    ///   - stream: The event's stream.
    ///   - type: The event's type.
    ///   - key: The stream's current key.
    public init(sealing plaintext: [UInt8], stream: String, type: String, key: StreamKey) {
        self.init(sealing: plaintext, stream: stream, type: type, key: key, nonce: SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength))
    }

    /// Seals a plaintext payload with a nonce drawn by the caller (the writer draws it from its random source, so a
    /// seeded writer repeats its logs byte for byte).
    /// - Parameters:
    ///   - plaintext: The canonical bytes of the payload, salt included.
    ///   - stream: The event's stream.
    ///   - type: The event's type.
    ///   - key: The stream's current key.
    ///   - nonce: A fresh random nonce of ``XChaCha20Poly1305/nonceLength`` bytes, never used before with `key`.
    init(sealing plaintext: [UInt8], stream: String, type: String, key: StreamKey, nonce: [UInt8]) {
        precondition(nonce.count == XChaCha20Poly1305.nonceLength, "an XChaCha20-Poly1305 nonce is 24 bytes")
        epoch = key.epoch
        self.nonce = nonce
        commitment = SHA256.hash(plaintext)
        // Sealing fails only for a nonce of the wrong length, which the precondition above rules out.
        ciphertext = (try? XChaCha20Poly1305.seal(
            plaintext, key: key.key, nonce: nonce, additionalData: Self.additionalData(stream: stream, type: type, epoch: epoch))) ?? []
    }

    /// Reads a stored payload as a sealed payload.
    /// - Parameter payload: A payload as the log stores it.
    /// - Returns: `nil` for a plaintext payload (one with a `salt`).
    /// - Throws: ``EventProblem`` (`malformed-event`) for an object that is neither plaintext nor a well-formed sealed payload.
    init?(stored payload: [String: JSONValue]) throws(EventProblem) {
        guard payload["salt"] == nil else { return nil }
        var reader = try EnvelopeReader(.object(payload), what: "the sealed payload")
        guard try reader.integer("sealed") == Self.version else {
            throw EventProblem(code: .malformedEvent, message: "the payload has no 'salt' and is not a sealed payload of version \(Self.version)")
        }
        epoch = Int(try reader.integer("epoch", minimum: 0, maximum: Int64(Int32.max)))
        nonce = try reader.base64("nonce", length: XChaCha20Poly1305.nonceLength)
        commitment = try reader.hex("commitment", length: Event.hashLength)
        let text = try reader.string("ciphertext")
        guard let bytes = Base64.decode(text), bytes.count > XChaCha20Poly1305.tagLength else {
            throw EventProblem(code: .malformedEvent, message: "'ciphertext' is not the base64 of a sealed payload")
        }
        ciphertext = bytes
        try reader.requireNoOtherMembers()
    }

    /// Reads the sealed payload of an event, if its payload is sealed.
    /// - Parameter event: An event read from the log.
    /// - Returns: `nil` for a plaintext payload.
    /// - Throws: ``LedgerError/unreadablePayload(seq:reason:)`` for a payload that is neither.
    public init?(of event: Event) throws(LedgerError) {
        do {
            guard let sealed = try SealedPayload(stored: event.payload) else { return nil }
            self = sealed
        } catch {
            throw .unreadablePayload(seq: event.header.seq, reason: error.message)
        }
    }

    /// The object as the log stores it.
    public var stored: [String: JSONValue] {
        [
            "sealed": .integer(Self.version),
            "epoch": .integer(Int64(epoch)),
            "nonce": .string(Base64.encode(nonce)),
            "commitment": .string(Hex.encode(commitment)),
            "ciphertext": .string(Base64.encode(ciphertext)),
        ]
    }

    /// Opens the payload with the key of its epoch and checks it against its commitment.
    /// - Parameters:
    ///   - key: The stream key of ``epoch``.
    ///   - header: The event's header (its stream and type are bound in).
    /// - Returns: The plaintext payload, salt included.
    /// - Throws: ``LedgerError/unreadablePayload(seq:reason:)`` if it does not open or does not match.
    public func open(with key: StreamKey, header: EventHeader) throws(LedgerError) -> [String: JSONValue] {
        let data = Self.additionalData(stream: header.stream, type: header.type, epoch: epoch)
        guard key.epoch == epoch, let plaintext = try? XChaCha20Poly1305.open(ciphertext, key: key.key, nonce: nonce, additionalData: data)
        else { throw .unreadablePayload(seq: header.seq, reason: "it does not open with the key of epoch \(epoch) of \(header.stream)") }
        guard Digest.equal(SHA256.hash(plaintext), commitment) else {
            throw .unreadablePayload(seq: header.seq, reason: "the opened content does not match its commitment")
        }
        guard case .object(let payload)? = try? CanonicalJSON.parse(plaintext), payload["salt"] != nil else {
            throw .unreadablePayload(seq: header.seq, reason: "the opened content is not a canonical payload object with a salt")
        }
        return payload
    }

    private static func additionalData(stream: String, type: String, epoch: Int) -> [UInt8] {
        context + [0] + Array(stream.utf8) + [0] + Array(type.utf8) + [0] + Array(String(epoch).utf8)
    }
}
