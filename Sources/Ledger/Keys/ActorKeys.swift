import Sodium

/// An actor's private key for opening sealed boxes (X25519), as the ledger's key APIs hand it out, so that
/// the layers above name it without reaching past the ledger.
public typealias EncryptionKey = X25519SecretKey

/// The private keys of one actor, opened from their key file: the key they sign with, and the key that
/// opens their copies of case keys (`nil` for a key file of a witness, which reads no case).
public struct ActorKeys {
    /// The Ed25519 key the actor signs events and checkpoints with.
    public let signing: SigningKey
    /// The X25519 key that opens the case keys sealed to the actor, if the key file holds one.
    public let encryption: EncryptionKey?

    /// Pairs the two keys of an actor.
    /// - Parameters:
    ///   - signing: The signing key.
    ///   - encryption: The encryption key, if any.
    public init(signing: SigningKey, encryption: EncryptionKey?) {
        self.signing = signing
        self.encryption = encryption
    }
}

/// The public half of an encryption key, which case keys are sealed to.
public typealias EncryptionPublicKey = X25519PublicKey
