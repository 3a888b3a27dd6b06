/// A signing key and, optionally, an encryption key kept together in the keyring, sealed.
///
/// They are two kernel keys. The *sealed entry*, under the name given, holds a version byte (2), a random 16-byte
/// wrapping-key id, a 24-byte nonce and the XChaCha20-Poly1305 seal of the 32-byte Ed25519 seed and, if there is
/// one, the 32-byte X25519 secret (associated data: the entry's name and the id). The *wrapping entry*, named
/// `<name>:wrapping-key:<id in hex>`, holds the 32-byte key that seal is made with. Each has its own timeout;
/// removing them (``removeKeys(named:)``) destroys both, and every ``store(signing:encryption:named:seconds:)``
/// makes a new wrapping key and destroys the earlier ones. A copy of the sealed entry read at some moment opens
/// nothing once its wrapping entry is gone; a process that can read both at that moment reads the keys.
/// The secrets go from secure memory into the seal and from the opened seal back into secure memory.
extension KernelKeyring {
    private static let sealedVersion: UInt8 = 2
    private static let idLength = 16
    private static let headerLength = 1 + idLength + XChaCha20Poly1305.nonceLength
    private static let signingOnlyLength = Ed25519SigningKey.seedLength
    private static let fullLength = signingOnlyLength + X25519SecretKey.length
    /// What the names of wrapping entries add to the name of their sealed entry, before the id.
    static let wrappingMarker = ":wrapping-key:"

    /// Keeps `signing` and `encryption` sealed in the keyring under `description` for `seconds`, readable only by
    /// the processes that possess the keyring; keys already there under that description are replaced and their
    /// wrapping keys destroyed.
    ///
    /// The wrapping entry is added before the sealed entry refers to it, and the earlier wrapping entries are
    /// destroyed only after: stopped at any step, the keyring holds the old keys or the new ones, and at most a
    /// wrapping key that opens nothing still there (until its timeout or ``removeKeys(named:)``).
    /// - Parameters:
    ///   - signing: The signing key.
    ///   - encryption: The encryption key, if any.
    ///   - description: The name of the sealed entry.
    ///   - seconds: How long the kernel keeps both entries (more than 0).
    /// - Throws: ``KeyringError`` if the kernel refuses; no new keys are kept then.
    public func store(
        signing: Ed25519SigningKey, encryption: X25519SecretKey?, named description: String, seconds: UInt32
    ) throws(KeyringError) {
        let id = SecureRandom.bytes(count: Self.idLength)
        let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let wrapping = SymmetricKey()
        let secrets = SecureBuffer(count: encryption == nil ? Self.signingOnlyLength : Self.fullLength)
        let seed = signing.seedBuffer()
        secrets.withUnsafeMutablePointer { output in
            seed.withUnsafePointer { output.update(from: $0, count: seed.count) }
            encryption?.secretBuffer.withUnsafePointer { (output + Self.signingOnlyLength).update(from: $0, count: X25519SecretKey.length) }
        }
        let sealed: [UInt8]
        do {
            sealed = try XChaCha20Poly1305.seal(secrets, key: wrapping, nonce: nonce, additionalData: Self.associatedData(description, id))
        } catch {
            preconditionFailure("a fresh key and a nonce of the right length always seal")
        }
        let wrappingName = Self.wrappingName(description, id)
        try add(Self.buffer(holding: wrapping), named: wrappingName, seconds: seconds)
        do {
            try add(SecureBuffer(copying: [Self.sealedVersion] + id + nonce + sealed), named: description, seconds: seconds)
        } catch {
            remove(named: wrappingName)
            throw error
        }
        for earlier in descriptions(startingWith: description + Self.wrappingMarker) where earlier != wrappingName {
            remove(named: earlier)
        }
    }

    /// The keys kept under `description` by ``store(signing:encryption:named:seconds:)``.
    /// - Parameter description: The name of the sealed entry.
    /// - Returns: The keys, or `nil` if there is no such entry, it expired, or its wrapping entry is gone (timed out
    ///   or removed; the sealed entry is then removed too).
    /// - Throws: ``KeyringError/unusableEntry(name:reason:)`` if the entry is not in this form or its wrapping key
    ///   does not open it (both are removed then); ``KeyringError`` if the kernel refuses keyrings to this process.
    public func keys(named description: String) throws(KeyringError) -> (signing: Ed25519SigningKey, encryption: X25519SecretKey?)? {
        guard let key = try find(named: description) else { return nil }
        let limit = Self.headerLength + Self.fullLength + XChaCha20Poly1305.tagLength
        guard let entry = payload(of: key, limit: limit + 1).map(Self.bytes(of:)),
              entry.count == limit || entry.count == limit - X25519SecretKey.length, entry[0] == Self.sealedVersion
        else {
            removeKeys(named: description)
            throw .unusableEntry(name: description, reason: "it does not hold keys in the form this version keeps")
        }
        let id = Array(entry[1..<(1 + Self.idLength)])
        guard let wrappingKey = try find(named: Self.wrappingName(description, id)),
              let wrapping = payload(of: wrappingKey, limit: SymmetricKey.length + 1), wrapping.count == SymmetricKey.length
        else {
            removeKeys(named: description)
            return nil
        }
        let secrets = SecureBuffer(count: entry.count - Self.headerLength - XChaCha20Poly1305.tagLength)
        do {
            try XChaCha20Poly1305.open(
                Array(entry[Self.headerLength...]), key: SymmetricKey(storage: wrapping), nonce: Array(entry[(1 + Self.idLength)..<Self.headerLength]),
                additionalData: Self.associatedData(description, id), into: secrets)
        } catch {
            removeKeys(named: description)
            throw .unusableEntry(name: description, reason: "its wrapping key does not open it")
        }
        let signing = Ed25519SigningKey(seedBuffer: Self.copy(secrets, from: 0, count: Ed25519SigningKey.seedLength))
        guard secrets.count == Self.fullLength else { return (signing, nil) }
        return (signing, X25519SecretKey(secret: Self.copy(secrets, from: Self.signingOnlyLength, count: X25519SecretKey.length)))
    }

    /// Destroys the keys kept under `description`: the sealed entry and every wrapping entry of it.
    /// - Parameter description: The name of the sealed entry.
    /// - Returns: `true` if there was a sealed entry.
    @discardableResult
    public func removeKeys(named description: String) -> Bool {
        for wrapping in descriptions(startingWith: description + Self.wrappingMarker) { remove(named: wrapping) }
        return remove(named: description)
    }

    /// Destroys every entry whose name starts with `prefix`, sealed or wrapping.
    /// - Parameter prefix: The start of the names.
    /// - Returns: The names of the sealed entries destroyed, in the keyring's order.
    @discardableResult
    public func removeAllKeys(startingWith prefix: String) -> [String] {
        descriptions(startingWith: prefix).filter { remove(named: $0) && !$0.contains(Self.wrappingMarker) }
    }

    /// The name of the wrapping entry with `id` of the sealed entry `description`.
    static func wrappingName(_ description: String, _ id: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return description + wrappingMarker + String(id.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    /// The associated data of a seal: a label, the sealed entry's name and the wrapping key's id.
    private static func associatedData(_ description: String, _ id: [UInt8]) -> [UInt8] {
        Array("logboek/unlocked-keys/v2".utf8) + [0] + Array(description.utf8) + [0] + id
    }

    /// A wrapping key's bytes, in a new secure buffer (for the kernel).
    private static func buffer(holding key: SymmetricKey) -> SecureBuffer {
        let buffer = SecureBuffer(count: SymmetricKey.length)
        buffer.withUnsafeMutablePointer { output in key.withUnsafeKeyPointer { output.update(from: $0, count: SymmetricKey.length) } }
        return buffer
    }

    /// The bytes of a sealed entry, which holds no secret in the clear, as an array.
    private static func bytes(of buffer: SecureBuffer) -> [UInt8] {
        buffer.withUnsafePointer { Array(UnsafeBufferPointer(start: $0, count: buffer.count)) }
    }

    /// `count` bytes of `buffer` from `offset`, in a new secure buffer.
    private static func copy(_ buffer: SecureBuffer, from offset: Int, count: Int) -> SecureBuffer {
        precondition(offset + count <= buffer.count, "the copy lies inside the buffer")
        let part = SecureBuffer(count: count)
        part.withUnsafeMutablePointer { output in
            buffer.withUnsafePointer { output.update(from: $0 + offset, count: count) }
        }
        return part
    }
}
