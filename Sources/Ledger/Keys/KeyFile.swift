import Sodium

/// The on-disk form of one actor's private keys: the Ed25519 seed, and for actors (not witnesses) the
/// X25519 secret that opens their copies of case keys, each sealed with XChaCha20-Poly1305 under one key
/// derived from the actor's passphrase with Argon2id. Written as canonical JSON:
///
/// `{"actor","cipher":"xchacha20poly1305-ietf","encryption":{"nonce","publicKey","sealedSecret"},
///   "kdf":{"alg":"argon2id13","memLimit","opsLimit","salt"},"nonce","publicKey","sealedSeed","v":2}`
///
/// The actor id and both public keys are bound in as additional data, so a key file cannot be passed off
/// as another actor's, nor its halves swapped with another file's.
struct KeyFile: Equatable {
    static let version: Int64 = 2
    static let context = Array("logboek/key/v2".utf8)

    /// The X25519 half of a key file: public key, nonce and sealed secret.
    struct Encryption: Equatable {
        let publicKey: X25519PublicKey
        let nonce: [UInt8]
        let sealedSecret: [UInt8]
    }

    let actor: String
    let publicKey: Ed25519PublicKey
    let limits: Argon2idLimits
    let salt: [UInt8]
    let nonce: [UInt8]
    let sealedSeed: [UInt8]
    let encryption: Encryption?

    /// Seals `key`, and `encryptionKey` if given, for `actor` under `passphrase`.
    init(
        sealing key: Ed25519SigningKey, encryptionKey: X25519SecretKey?, for actor: String, passphrase: SecretBytes, limits: Argon2idLimits
    ) throws(LedgerError) {
        self.actor = actor
        publicKey = key.publicKey
        self.limits = limits
        salt = SecureRandom.bytes(count: Argon2idLimits.saltLength)
        nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let encryptionNonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let data = Self.additionalData(actor, publicKey, encryptionKey?.publicKey)
        do {
            let wrappingKey = try SymmetricKey(derivingFrom: passphrase, salt: salt, limits: limits)
            sealedSeed = try key.sealedSeed(with: wrappingKey, nonce: nonce, additionalData: data)
            encryption = try encryptionKey.map { secret in
                Encryption(
                    publicKey: secret.publicKey, nonce: encryptionNonce,
                    sealedSecret: try secret.sealedSecret(with: wrappingKey, nonce: encryptionNonce, additionalData: data))
            }
        } catch {
            throw .invalidInput("could not seal the key of '\(actor)': \((error as? SodiumError)?.message ?? "\(error)")")
        }
    }

    /// Opens the sealed keys with `passphrase`.
    /// - Returns: The signing key, and the encryption key if the file holds one.
    /// - Throws: ``LedgerError/wrongPassphrase(actor:)`` if the passphrase does not open it.
    func unseal(passphrase: SecretBytes) throws(LedgerError) -> (signing: Ed25519SigningKey, encryption: X25519SecretKey?) {
        let wrappingKey: SymmetricKey
        do {
            wrappingKey = try SymmetricKey(derivingFrom: passphrase, salt: salt, limits: limits)
        } catch {
            throw damaged("its key derivation settings cannot be used: \((error as? SodiumError)?.message ?? "\(error)")")
        }
        let data = Self.additionalData(actor, publicKey, encryption?.publicKey)
        guard let key = try? Ed25519SigningKey(unsealing: sealedSeed, with: wrappingKey, nonce: nonce, additionalData: data)
        else { throw .wrongPassphrase(actor: actor) }
        guard key.publicKey == publicKey else { throw damaged("the sealed key does not match its public key") }
        guard let encryption else { return (key, nil) }
        guard let secret = try? X25519SecretKey(unsealing: encryption.sealedSecret, with: wrappingKey, nonce: encryption.nonce, additionalData: data),
            secret.publicKey == encryption.publicKey
        else { throw damaged("the sealed encryption key does not open or does not match its public key") }
        return (key, secret)
    }

    private func damaged(_ reason: String) -> LedgerError {
        .damagedKeyFile(path: "keys/\(actor).key", reason: reason)
    }

    private static func additionalData(_ actor: String, _ publicKey: Ed25519PublicKey, _ encryptionKey: X25519PublicKey?) -> [UInt8] {
        context + [0] + Array(actor.utf8) + [0] + publicKey.bytes + (encryptionKey?.bytes ?? [])
    }

    /// The key file's canonical JSON.
    var json: JSONValue {
        var members: [String: JSONValue] = [
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
        ]
        if let encryption {
            members["encryption"] = .object([
                "publicKey": .string(Base64.encode(encryption.publicKey.bytes)),
                "nonce": .string(Base64.encode(encryption.nonce)),
                "sealedSecret": .string(Base64.encode(encryption.sealedSecret)),
            ])
        }
        return .object(members)
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
        encryption = value.objectValue?["encryption"] == nil ? nil : try Self.encryption(reader.member("encryption"))
        try reader.requireNoOtherMembers()
    }

    private static func encryption(_ value: JSONValue) throws(EventProblem) -> Encryption {
        var reader = try EnvelopeReader(value, what: "'encryption'")
        let encryption = Encryption(
            publicKey: try reader.encryptionKey("publicKey"), nonce: try reader.base64("nonce", length: XChaCha20Poly1305.nonceLength),
            sealedSecret: try reader.base64("sealedSecret", length: X25519SecretKey.length + XChaCha20Poly1305.tagLength))
        try reader.requireNoOtherMembers()
        return encryption
    }
}
