import Sodium

/// The on-disk form of one actor's private key: the Ed25519 seed sealed with XChaCha20-Poly1305 under a
/// key derived from the actor's passphrase with Argon2id. Written as canonical JSON:
///
/// `{"actor","cipher":"xchacha20poly1305-ietf","kdf":{"alg":"argon2id13","memLimit","opsLimit","salt"},
///   "nonce","publicKey","sealedSeed","v":1}`
///
/// The actor id and public key are bound in as additional data, so a key file cannot be passed off as
/// another actor's.
struct KeyFile: Equatable {
    static let version: Int64 = 1
    static let context = Array("logboek/key/v1".utf8)

    let actor: String
    let publicKey: Ed25519PublicKey
    let limits: Argon2idLimits
    let salt: [UInt8]
    let nonce: [UInt8]
    let sealedSeed: [UInt8]

    /// Seals `key` for `actor` under `passphrase`.
    init(sealing key: Ed25519SigningKey, for actor: String, passphrase: SecretBytes, limits: Argon2idLimits) throws(LedgerError) {
        self.actor = actor
        publicKey = key.publicKey
        self.limits = limits
        salt = SecureRandom.bytes(count: Argon2idLimits.saltLength)
        nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        do {
            let wrappingKey = try SymmetricKey(derivingFrom: passphrase, salt: salt, limits: limits)
            sealedSeed = try key.sealedSeed(with: wrappingKey, nonce: nonce, additionalData: Self.additionalData(actor, publicKey))
        } catch {
            throw .invalidInput("could not seal the key of '\(actor)': \((error as? SodiumError)?.message ?? "\(error)")")
        }
    }

    /// Opens the sealed key with `passphrase`.
    /// - Throws: ``LedgerError/wrongPassphrase(actor:)`` if the passphrase does not open it.
    func unseal(passphrase: SecretBytes) throws(LedgerError) -> Ed25519SigningKey {
        let wrappingKey: SymmetricKey
        do {
            wrappingKey = try SymmetricKey(derivingFrom: passphrase, salt: salt, limits: limits)
        } catch {
            throw .damagedKeyFile(path: "keys/\(actor).key", reason: "its key derivation settings cannot be used: \((error as? SodiumError)?.message ?? "\(error)")")
        }
        guard let key = try? Ed25519SigningKey(
            unsealing: sealedSeed, with: wrappingKey, nonce: nonce, additionalData: Self.additionalData(actor, publicKey))
        else { throw .wrongPassphrase(actor: actor) }
        guard key.publicKey == publicKey else {
            throw .damagedKeyFile(path: "keys/\(actor).key", reason: "the sealed key does not match its public key")
        }
        return key
    }

    private static func additionalData(_ actor: String, _ publicKey: Ed25519PublicKey) -> [UInt8] {
        context + [0] + Array(actor.utf8) + [0] + publicKey.bytes
    }

    /// The key file's canonical JSON.
    var json: JSONValue {
        .object([
            "v": .integer(Self.version),
            "actor": .string(actor),
            "publicKey": .string(Base64.encode(publicKey.bytes)),
            "kdf": .object([
                "alg": .string("argon2id13"),
                "opsLimit": .integer(Int64(limits.opsLimit)),
                "memLimit": .integer(Int64(limits.memLimit)),
                "salt": .string(Base64.encode(salt)),
            ]),
            "cipher": .string("xchacha20poly1305-ietf"),
            "nonce": .string(Base64.encode(nonce)),
            "sealedSeed": .string(Base64.encode(sealedSeed)),
        ])
    }

    /// Reads a key file's JSON.
    /// - Throws: ``EventProblem`` naming the first bad field.
    init(json value: JSONValue) throws(EventProblem) {
        var reader = try EnvelopeReader(value, what: "the key file")
        guard try reader.integer("v") == Self.version, try reader.string("cipher") == "xchacha20poly1305-ietf" else {
            throw EventProblem(code: .malformedEvent, message: "unsupported key file version or cipher")
        }
        actor = try reader.name("actor", valid: Names.isActorID)
        guard let key = try? Ed25519PublicKey(bytes: try reader.base64("publicKey", length: Ed25519PublicKey.length)) else {
            throw EventProblem(code: .malformedEvent, message: "'publicKey' is not a valid Ed25519 public key (a small-order or non-canonical point is refused)")
        }
        publicKey = key
        var kdf = try EnvelopeReader(reader.member("kdf"), what: "'kdf'")
        guard try kdf.string("alg") == "argon2id13" else {
            throw EventProblem(code: .malformedEvent, message: "unsupported key derivation")
        }
        let ops = Argon2idLimits.acceptedOps, memory = Argon2idLimits.acceptedMemory
        limits = Argon2idLimits(
            opsLimit: UInt64(try kdf.integer("opsLimit", minimum: Int64(ops.lowerBound), maximum: Int64(ops.upperBound))),
            memLimit: UInt64(try kdf.integer("memLimit", minimum: Int64(memory.lowerBound), maximum: Int64(memory.upperBound))))
        salt = try kdf.base64("salt", length: Argon2idLimits.saltLength)
        try kdf.requireNoOtherMembers()
        nonce = try reader.base64("nonce", length: XChaCha20Poly1305.nonceLength)
        sealedSeed = try reader.base64("sealedSeed", length: Ed25519SigningKey.seedLength + XChaCha20Poly1305.tagLength)
        try reader.requireNoOtherMembers()
    }
}
