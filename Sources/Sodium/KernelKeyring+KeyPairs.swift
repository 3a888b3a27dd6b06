/// A signing key and, optionally, an encryption key kept together in one kernel key.
///
/// The key's payload is a version byte (1), the 32-byte Ed25519 seed and, if there is one, the 32-byte
/// X25519 secret. It goes from secure memory into the kernel and back into secure memory; it never
/// becomes a Swift array.
extension KernelKeyring {
    private static let payloadVersion: UInt8 = 1
    private static let signingOnlyLength = 1 + Ed25519SigningKey.seedLength
    private static let fullLength = signingOnlyLength + X25519SecretKey.length

    /// Keeps `signing` and `encryption` in the keyring under `description` for `seconds`, readable only by
    /// the processes that possess the keyring; a key already there under that description is replaced.
    /// - Parameters:
    ///   - signing: The signing key.
    ///   - encryption: The encryption key, if any.
    ///   - description: The name of the kernel key.
    ///   - seconds: How long the kernel keeps it (more than 0).
    /// - Throws: ``KeyringError`` if the kernel refuses; nothing is kept then.
    public func store(
        signing: Ed25519SigningKey, encryption: X25519SecretKey?, named description: String, seconds: UInt32
    ) throws(KeyringError) {
        let payload = SecureBuffer(count: encryption == nil ? Self.signingOnlyLength : Self.fullLength)
        let seed = signing.seedBuffer()
        payload.withUnsafeMutablePointer { output in
            output[0] = Self.payloadVersion
            seed.withUnsafePointer { (output + 1).update(from: $0, count: seed.count) }
            encryption?.secretBuffer.withUnsafePointer { (output + Self.signingOnlyLength).update(from: $0, count: X25519SecretKey.length) }
        }
        try add(payload, named: description, seconds: seconds)
    }

    /// The keys kept under `description` by ``store(signing:encryption:named:seconds:)``.
    /// - Parameter description: The name of the kernel key.
    /// - Returns: The keys, or `nil` if there is no such key, it expired, or it does not hold keys in this
    ///   form (then it is removed).
    /// - Throws: ``KeyringError`` if the kernel refuses keyrings to this process.
    public func keys(named description: String) throws(KeyringError) -> (signing: Ed25519SigningKey, encryption: X25519SecretKey?)? {
        guard let key = try find(named: description) else { return nil }
        guard let payload = payload(of: key, limit: Self.fullLength + 1),
              payload.count == Self.signingOnlyLength || payload.count == Self.fullLength,
              payload.withUnsafePointer({ $0[0] }) == Self.payloadVersion
        else {
            remove(named: description)
            return nil
        }
        let seed = Self.copy(payload, from: 1, count: Ed25519SigningKey.seedLength)
        let signing = Ed25519SigningKey(seedBuffer: seed)
        guard payload.count == Self.fullLength else { return (signing, nil) }
        let secret = Self.copy(payload, from: Self.signingOnlyLength, count: X25519SecretKey.length)
        return (signing, X25519SecretKey(secret: secret))
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
