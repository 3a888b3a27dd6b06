import Foundation
import Sodium

/// The private keys of a logbook's actors, one sealed file each under `keys/`. Keys never enter the log.
public struct KeyStore: Sendable {
    /// The logbook whose keys these are.
    public let layout: LogbookLayout
    /// The Argon2id cost used when sealing new keys.
    public let limits: Argon2idLimits

    /// Opens the key store of a logbook.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - limits: The Argon2id cost for keys sealed from now on (existing files keep their own).
    public init(layout: LogbookLayout, limits: Argon2idLimits = .interactive) {
        self.layout = layout
        self.limits = limits
    }

    /// Whether an actor has a key file.
    /// - Parameter actor: The actor id.
    /// - Returns: `true` if `keys/<actor>.key` exists.
    public func hasKey(for actor: String) -> Bool {
        FileManager.default.fileExists(atPath: layout.keyFile(for: actor).path)
    }

    /// Seals and stores a new key holder's keys; never overwrites an existing key file.
    /// - Parameters:
    ///   - key: The private signing key.
    ///   - encryptionKey: The actor's X25519 key that opens case keys (`nil` for a witness, which reads none).
    ///   - actor: The actor id.
    ///   - passphrase: The actor's passphrase.
    /// - Throws: ``LedgerError/alreadyExists(path:)`` if the actor has a key file, or an I/O error.
    public func store(_ key: Ed25519SigningKey, encryptionKey: X25519SecretKey?, for actor: String, passphrase: SecretBytes) throws(LedgerError) {
        let keyFile = try KeyFile(sealing: key, encryptionKey: encryptionKey, for: actor, passphrase: passphrase, limits: limits)
        try FileSystem.createDirectory(layout.keys, permissions: 0o700)
        try FileSystem.writeAtomically(CanonicalJSON.encode(keyFile.json) + [0x0A], to: layout.keyFile(for: actor), replacing: false)
    }

    /// Whether an interrupted key issuance left a new key for the actor (`keys/<id>.key.new`); opening
    /// a ``LogWriter`` installs or removes it.
    /// - Parameter actor: The actor id.
    /// - Returns: `true` if the pending key file exists.
    public func hasPendingKey(for actor: String) -> Bool {
        FileManager.default.fileExists(atPath: layout.pendingKeyFile(for: actor).path)
    }

    /// Opens an actor's key with their passphrase.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - passphrase: The actor's passphrase.
    /// - Returns: The private key.
    /// - Throws: ``LedgerError/missingKey(actor:)``, ``LedgerError/wrongPassphrase(actor:)`` or
    ///   ``LedgerError/damagedKeyFile(path:reason:)``.
    public func signingKey(for actor: String, passphrase: SecretBytes) throws(LedgerError) -> Ed25519SigningKey {
        try keys(for: actor, passphrase: passphrase).signing
    }

    /// Opens both of an actor's keys with their passphrase.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - passphrase: The actor's passphrase.
    /// - Returns: The signing key and, if the key file holds one, the encryption key.
    /// - Throws: ``LedgerError/missingKey(actor:)``, ``LedgerError/wrongPassphrase(actor:)`` or
    ///   ``LedgerError/damagedKeyFile(path:reason:)``.
    public func keys(for actor: String, passphrase: SecretBytes) throws(LedgerError) -> ActorKeys {
        let file = layout.keyFile(for: actor)
        guard FileManager.default.fileExists(atPath: file.path) else { throw .missingKey(actor: actor) }
        let keyFile = try self.keyFile(at: file)
        guard keyFile.actor == actor else {
            throw .damagedKeyFile(path: file.path, reason: "it holds the key of '\(keyFile.actor)'")
        }
        let opened = try keyFile.unseal(passphrase: passphrase)
        return ActorKeys(signing: opened.signing, encryption: opened.encryption)
    }

    /// Reads and parses a key file without opening it.
    func keyFile(at file: URL) throws(LedgerError) -> KeyFile {
        let bytes = try FileSystem.read(file)
        let json: JSONValue
        do {
            json = try CanonicalJSON.parse(bytes)
        } catch {
            throw .damagedKeyFile(path: file.path, reason: "it is not JSON: \(error.message)")
        }
        do {
            return try KeyFile(json: json)
        } catch {
            throw .damagedKeyFile(path: file.path, reason: error.message)
        }
    }
}
