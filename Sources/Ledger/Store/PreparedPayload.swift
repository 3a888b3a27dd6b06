import Sodium

/// The part of an event that does not depend on the chain: its payload as stored (salted, and sealed when its
/// stream has a key), the canonical bytes and their digest. The writer prepares a batch's payloads on several
/// cores before it chains the headers one by one.
struct PreparedPayload: Sendable {
    /// The payload as the log stores it.
    let payload: [String: JSONValue]
    /// Its canonical bytes.
    let bytes: [UInt8]
    /// SHA-256 of ``bytes``: the header's `payloadDigest`.
    let digest: [UInt8]

    /// What one payload is prepared from: the draft, its salt, and the key and nonce it is sealed with (none for a
    /// plaintext stream).
    struct Ingredients: Sendable {
        let draft: EventDraft
        let salt: [UInt8]
        let key: StreamKey?
        let nonce: [UInt8]
    }

    /// Salts a draft's payload, checks it against the limits, seals it if a key is given and checks the sealed object.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a payload beyond the limits.
    init(_ ingredients: Ingredients) throws(LedgerError) {
        let draft = ingredients.draft
        var payload = draft.payload
        payload["salt"] = .string(Hex.encode(ingredients.salt))
        var bytes = try PayloadLimits.check(payload)
        if let key = ingredients.key {
            payload = SealedPayload(sealing: bytes, stream: draft.stream, type: draft.type, key: key, nonce: ingredients.nonce).stored
            bytes = try PayloadLimits.check(payload)
        }
        self.payload = payload
        self.bytes = bytes
        digest = SHA256.hash(bytes)
    }

    /// Prepares every payload of a batch on up to `concurrency` cores, each with its own salt and, in a sealed stream,
    /// its own nonce, both drawn from `random` in the drafts' order (so a seeded source gives the same bytes on any
    /// number of cores).
    /// - Returns: Each draft's payload, or why it was refused, in the drafts' order.
    static func prepare(
        _ drafts: [EventDraft], keyring: StreamKeyring?, random: inout any RandomSource, concurrency: Int
    ) -> [Result<PreparedPayload, LedgerError>] {
        if let keyring, keyring.opensOnDemand { return prepareOneByOne(drafts, keyring: keyring, random: &random) }
        let keys = drafts.map { keyring?.current(of: $0.stream) }
        let salts = random.bytes(count: Salt.length * drafts.count)
        let nonces = random.bytes(count: XChaCha20Poly1305.nonceLength * keys.lazy.compactMap { $0 }.count)
        var nonceStart = 0
        let ingredients = drafts.indices.map { index in
            let salt = Array(salts[(index * Salt.length)..<((index + 1) * Salt.length)])
            guard let key = keys[index] else { return Ingredients(draft: drafts[index], salt: salt, key: nil, nonce: []) }
            defer { nonceStart += XChaCha20Poly1305.nonceLength }
            let nonce = Array(nonces[nonceStart..<(nonceStart + XChaCha20Poly1305.nonceLength)])
            return Ingredients(draft: drafts[index], salt: salt, key: key, nonce: nonce)
        }
        return Parallel.map(ingredients, concurrency: concurrency) { ingredients in
            Result { () throws(LedgerError) in try PreparedPayload(ingredients) }
        }
    }

    /// Prepares a batch's payloads on the calling thread, opening each sealed stream's key for its payload only (a
    /// keyring that opens keys on demand: a listing's reads into thousands of cases, whose keys sit in guarded memory).
    private static func prepareOneByOne(
        _ drafts: [EventDraft], keyring: StreamKeyring, random: inout any RandomSource
    ) -> [Result<PreparedPayload, LedgerError>] {
        let salts = random.bytes(count: Salt.length * drafts.count)
        return drafts.indices.map { index in
            let salt = Array(salts[(index * Salt.length)..<((index + 1) * Salt.length)])
            do throws(LedgerError) {
                let key = try keyring.sealingKey(of: drafts[index].stream)
                let nonce = key == nil ? [] : random.bytes(count: XChaCha20Poly1305.nonceLength)
                return .success(try PreparedPayload(Ingredients(draft: drafts[index], salt: salt, key: key, nonce: nonce)))
            } catch {
                return .failure(error)
            }
        }
    }
}
