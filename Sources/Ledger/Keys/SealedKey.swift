import Sodium

/// A new actor key pair (signing and encryption), made and sealed with its holder's passphrase (Argon2id) before the logbook's lock is
/// taken, and installed in `keys/` by ``LogWriter/append(_:issuing:author:signingKey:)`` together with the
/// registry event that makes it valid.
public struct SealedKey {
    /// The actor the key is for.
    public let actor: String
    /// The sealed key file.
    let file: KeyFile
    /// The private key (it signs `logbook.created` when the key is the first administrator's).
    let key: Ed25519SigningKey
    /// The public half of the new X25519 key that case keys will be sealed to.
    public let encryptionKey: X25519PublicKey

    /// Makes fresh signing and encryption key pairs for `actor` and seals them under `passphrase`.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - passphrase: The passphrase that will open the key.
    ///   - limits: The Argon2id cost.
    /// - Throws: ``LedgerError/invalidInput(_:)`` if the actor id is not one, or if sealing fails.
    public init(newKeyFor actor: String, passphrase: SecretBytes, limits: Argon2idLimits = .interactive) throws(LedgerError) {
        guard Names.isActorID(actor) else { throw .invalidInput("'\(actor)' is not an actor id") }
        let key = Ed25519SigningKey()
        let secret = X25519SecretKey()
        self.actor = actor
        self.key = key
        encryptionKey = secret.publicKey
        file = try KeyFile(sealing: key, encryptionKey: secret, for: actor, passphrase: passphrase, limits: limits)
    }

    /// The public half of the new key, to be registered.
    public var publicKey: Ed25519PublicKey { key.publicKey }
}
