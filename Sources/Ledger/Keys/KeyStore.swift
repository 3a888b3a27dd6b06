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

    /// Seals and stores a new actor's key; never overwrites an existing key file.
    /// - Parameters:
    ///   - key: The private key.
    ///   - actor: The actor id.
    ///   - passphrase: The actor's passphrase.
    /// - Throws: ``LedgerError/alreadyExists(path:)`` if the actor has a key file, or an I/O error.
    public func store(_ key: Ed25519SigningKey, for actor: String, passphrase: [UInt8]) throws(LedgerError) {
        try write(key, for: actor, passphrase: passphrase, replacing: false)
    }

    /// Replaces an actor's key after a rotation, moving the old file to `keys/retired/`.
    /// - Parameters:
    ///   - key: The new private key.
    ///   - actor: The actor id.
    ///   - passphrase: The passphrase for the new key.
    /// - Throws: An I/O error.
    public func replace(with key: Ed25519SigningKey, for actor: String, passphrase: [UInt8]) throws(LedgerError) {
        let current = layout.keyFile(for: actor)
        if FileManager.default.fileExists(atPath: current.path) {
            try FileSystem.createDirectory(layout.retiredKeys, permissions: 0o700)
            let retired = layout.retiredKeys.appendingPathComponent(
                "\(actor).\(Int(Date().timeIntervalSince1970 * 1000)).key")
            try FileSystem.writeAtomically(try FileSystem.read(current), to: retired, replacing: false)
        }
        try write(key, for: actor, passphrase: passphrase, replacing: true)
    }

    /// Removes an actor's key file (used to undo a key stored for an enrolment the log then refused).
    /// - Parameter actor: The actor id.
    public func remove(for actor: String) {
        try? FileManager.default.removeItem(at: layout.keyFile(for: actor))
    }

    /// Opens an actor's key with their passphrase.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - passphrase: The actor's passphrase.
    /// - Returns: The private key.
    /// - Throws: ``LedgerError/missingKey(actor:)``, ``LedgerError/wrongPassphrase(actor:)`` or
    ///   ``LedgerError/damagedKeyFile(path:reason:)``.
    public func signingKey(for actor: String, passphrase: [UInt8]) throws(LedgerError) -> Ed25519SigningKey {
        let file = layout.keyFile(for: actor)
        guard FileManager.default.fileExists(atPath: file.path) else { throw .missingKey(actor: actor) }
        let bytes = try FileSystem.read(file)
        let json: JSONValue
        do {
            json = try CanonicalJSON.parse(bytes)
        } catch {
            throw .damagedKeyFile(path: file.path, reason: "it is not JSON: \(error.message)")
        }
        let keyFile: KeyFile
        do {
            keyFile = try KeyFile(json: json)
        } catch {
            throw .damagedKeyFile(path: file.path, reason: error.message)
        }
        guard keyFile.actor == actor else {
            throw .damagedKeyFile(path: file.path, reason: "it holds the key of '\(keyFile.actor)'")
        }
        return try keyFile.unseal(passphrase: passphrase)
    }

    private func write(_ key: Ed25519SigningKey, for actor: String, passphrase: [UInt8], replacing: Bool) throws(LedgerError) {
        let keyFile = try KeyFile(sealing: key, for: actor, passphrase: passphrase, limits: limits)
        try FileSystem.createDirectory(layout.keys, permissions: 0o700)
        var bytes = CanonicalJSON.encode(keyFile.json)
        bytes.append(0x0A)
        try FileSystem.writeAtomically(bytes, to: layout.keyFile(for: actor), replacing: replacing)
    }
}
