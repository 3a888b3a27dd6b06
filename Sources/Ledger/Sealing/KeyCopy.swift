import Sodium

/// One copy of one epoch of a stream key, sealed to one holder's X25519 public key (`crypto_box_seal`), as
/// kept outside the log under `casekeys/<folder>/<epoch>/<holder>.json`:
/// `{"epoch","holder","holderKey","sealedKey","stream","v":1}`.
public struct KeyCopy: Sendable, Equatable {
    static let version: Int64 = 1

    /// The stream whose key it is.
    public let stream: String
    /// The key's epoch.
    public let epoch: Int
    /// Who it is sealed to.
    public let holder: KeyHolder
    /// The public key it is sealed to; a copy sealed to a key the holder no longer has is stale.
    public let holderKey: X25519PublicKey
    let sealedKey: [UInt8]

    /// Seals `key` of `stream` to a holder's public key.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a public key of small order.
    init(_ key: StreamKey, of stream: String, to holder: KeyHolder, publicKey: X25519PublicKey) throws(LedgerError) {
        self.stream = stream
        epoch = key.epoch
        self.holder = holder
        holderKey = publicKey
        do {
            sealedKey = try publicKey.sealedBox(containing: key.key)
        } catch {
            throw .invalidInput("cannot seal the key of \(stream) to \(holder): its public key is weak")
        }
    }

    /// Opens the copy with the holder's secret key.
    /// - Parameters:
    ///   - secret: The holder's X25519 secret key.
    ///   - arena: Where to keep the key, if in an arena holding many (``SymmetricKeyArena``).
    /// - Returns: The stream key, or `nil` if `secret` is not the key the copy is sealed to or the copy was altered.
    func open(with secret: X25519SecretKey, in arena: SymmetricKeyArena? = nil) -> StreamKey? {
        guard secret.publicKey == holderKey, let key = try? secret.openSealedBox(sealedKey, in: arena) else { return nil }
        return StreamKey(epoch: epoch, key: key)
    }

    /// The copy's canonical JSON.
    var json: JSONValue {
        .object([
            "v": .integer(Self.version),
            "stream": .string(stream),
            "epoch": .integer(Int64(epoch)),
            "holder": .string(holder.name),
            "holderKey": .string(Base64.encode(holderKey.bytes)),
            "sealedKey": .string(Base64.encode(sealedKey)),
        ])
    }

    /// Reads a copy from its file's JSON, held by `holder` (named by the file).
    init(json: JSONValue, holder: KeyHolder) throws(EventProblem) {
        var reader = try EnvelopeReader(json, what: "the key copy")
        guard try reader.integer("v") == Self.version else {
            throw EventProblem(code: .malformedEvent, message: "the key copy is not of version \(Self.version)")
        }
        stream = try reader.name("stream", valid: Names.isStream)
        epoch = Int(try reader.integer("epoch", minimum: 0, maximum: Int64(Int32.max)))
        let named = try reader.string("holder")
        guard named == holder.name else {
            throw EventProblem(code: .malformedEvent, message: "the key copy names holder '\(named)', not the one its file name gives")
        }
        self.holder = holder
        holderKey = try reader.encryptionKey("holderKey")
        sealedKey = try reader.base64("sealedKey", length: SymmetricKey.length + X25519PublicKey.sealedBoxOverhead)
        try reader.requireNoOtherMembers()
    }
}
