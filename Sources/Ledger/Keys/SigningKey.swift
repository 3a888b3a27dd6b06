import Sodium

/// The private key an actor signs events and checkpoints with, as the ledger's signing APIs take it, so
/// that the layers above name it without reaching past the ledger.
public typealias SigningKey = Ed25519SigningKey

/// A passphrase (or other secret) in secure memory, as the ledger's key APIs take it, so that the layers
/// above hold passphrases there from the moment they read them without reaching past the ledger.
public typealias Secret = SecretBytes

/// An actor's public key, as the ledger's registry and bundles hold it, so that the layers above name it
/// without reaching past the ledger.
public typealias PublicKey = Ed25519PublicKey
