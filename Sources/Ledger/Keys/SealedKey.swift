import Sodium

/// A new actor key, made and sealed with its holder's passphrase (Argon2id) before the logbook's lock is
/// taken, and installed in `keys/` by ``LogWriter/append(_:issuing:author:signingKey:)`` together with the
/// registry event that makes it valid.
public struct SealedKey {
    /// The actor the key is for.
    public let actor: String
    /// The sealed key file.
    let file: KeyFile
    /// The private key (it signs `logbook.created` when the key is the first administrator's).
    let key: Ed25519SigningKey

    /// Makes a fresh key pair for `actor` and seals it under `passphrase`.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - passphrase: The passphrase that will open the key.
    ///   - limits: The Argon2id cost.
    /// - Throws: ``LedgerError/invalidInput(_:)`` if the actor id is not one, or if sealing fails.
    public init(newKeyFor actor: String, passphrase: SecretBytes, limits: Argon2idLimits = .interactive) throws(LedgerError) {
        guard Names.isActorID(actor) else { throw .invalidInput("'\(actor)' is not an actor id") }
        let key = Ed25519SigningKey()
        self.actor = actor
        self.key = key
        file = try KeyFile(sealing: key, for: actor, passphrase: passphrase, limits: limits)
    }

    /// The public half of the new key, to be registered.
    public var publicKey: Ed25519PublicKey { key.publicKey }
}
