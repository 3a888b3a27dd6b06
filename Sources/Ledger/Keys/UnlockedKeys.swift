import Foundation
import Sodium

/// The actors' keys a logbook keeps unsealed in the kernel keyring for a sitting (`logboek unlock`), so the
/// commands that follow open them without the passphrase and without Argon2id.
///
/// Each actor's keys are sealed in the session keyring (``KernelKeyring/store(signing:encryption:named:seconds:)``:
/// a sealed entry and its wrapping key, each with the same timeout), named `logboek:<logbook>:<actor>`, where
/// `<logbook>` is the hex of the first 16 bytes of the hash of the logbook's seq-0 event (`logbook.created`, which
/// carries a random salt): two logbooks never share an entry, while a copy of a logbook (with the same keys) does.
/// Only a process that possesses the keyring reads it, and the kernel drops both entries when their time is up or
/// at `lock`; a copy of the sealed entry taken before opens nothing then. An entry is used only while its keys are
/// still the ones in the actor's key file and in the registry; a stale one (after `actor rotate`) is dropped.
public struct UnlockedKeys {
    /// How long keys stay unlocked when no time is given.
    public static let defaultMinutes = 15
    /// The longest time keys may stay unlocked: one working day.
    public static let maximumMinutes = 8 * 60

    /// The logbook whose keys these are.
    public let layout: LogbookLayout
    /// The start of the names of this logbook's kernel keys: `logboek:<logbook>:`.
    let prefix: String

    /// The unlocked keys of a logbook.
    /// - Parameter layout: The logbook.
    /// - Throws: ``LedgerError/notALogbook(path:)`` if it has no log, ``LedgerError/damagedLog(_:)`` if
    ///   its first line is not an event, or an I/O error.
    public init(layout: LogbookLayout) throws(LedgerError) {
        self.layout = layout
        prefix = "logboek:" + Hex.encode(Array(try Self.genesisHash(of: layout).prefix(16))) + ":"
    }

    /// Whether the kernel lets this process keep keys in its session keyring.
    public static var isAvailable: Bool { (try? KernelKeyring.session()) != nil }

    /// Whether this process has a login-session keyring of its own, so that unlocked keys are kept from the
    /// processes of other sessions of the same user.
    public static var isLoginSession: Bool { (try? KernelKeyring.session())?.isLoginSession ?? false }

    /// Checks that the kernel lets this process keep keys in its session keyring, and that it is the login
    /// session's own unless `userWide`.
    /// - Parameter userWide: Whether the user's session keyring will do (see ``unlock(_:for:registry:minutes:userWide:)``).
    /// - Throws: ``LedgerError/keyring(_:)`` if it does not.
    public static func requireKeyring(userWide: Bool) throws(LedgerError) {
        let keyring: KernelKeyring
        do { keyring = try KernelKeyring.session() } catch { throw .keyring(error) }
        guard keyring.isLoginSession || userWide else { throw .keyring(.notLoginSession) }
    }

    /// Keeps an actor's opened keys unlocked for `minutes`, replacing an earlier entry of theirs.
    /// - Parameters:
    ///   - keys: The keys, opened with the passphrase.
    ///   - actor: The actor id.
    ///   - minutes: How long, 1 to ``maximumMinutes``.
    ///   - userWide: Whether to keep them in the user's session keyring when this process has no login-session
    ///     keyring of its own (every process of the user without one then reads them, in any session).
    /// - Throws: ``LedgerError/invalidInput(_:)`` for minutes out of range,
    ///   ``LedgerError/keyMismatch(actor:)`` if the registry holds other keys for the actor or revoked them
    ///   (nothing is kept),
    ///   or ``LedgerError/keyring(_:)`` if the kernel refuses, or (``KeyringError/notLoginSession``) the keyring
    ///   is the user's and `userWide` is not given.
    public func unlock(_ keys: ActorKeys, for actor: String, registry: ActorRegistry, minutes: Int, userWide: Bool = false) throws(LedgerError) {
        guard (1...Self.maximumMinutes).contains(minutes) else {
            throw .invalidInput("keys stay unlocked from 1 to \(Self.maximumMinutes) minutes (a working day), not \(minutes)")
        }
        guard Self.isCurrent(keys, of: actor, in: registry) else { throw .keyMismatch(actor: actor) }
        try Self.requireKeyring(userWide: userWide)
        do {
            try KernelKeyring.session().store(
                signing: keys.signing, encryption: keys.encryption, named: name(of: actor), seconds: UInt32(minutes * 60))
        } catch {
            throw .keyring(error)
        }
    }

    /// An actor's unlocked keys, if there is an entry for them that still holds their current keys.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - registry: Reads the registry; called only when there is an entry to check.
    /// - Returns: The keys, or `nil` when nothing is unlocked for the actor, the keyring cannot be used, its time is
    ///   up or it was locked, or the entry holds keys that are no longer the actor's (then it is dropped).
    /// - Throws: What `registry` throws, ``LedgerError/damagedKeyFile(path:reason:)``, or ``LedgerError/keyring(_:)``
    ///   (``KeyringError/unusableEntry(name:reason:)``) for an entry that is garbled or does not open (it is dropped).
    public func keys(for actor: String, registry: () throws -> ActorRegistry) throws -> ActorKeys? {
        guard let keyring = try? KernelKeyring.session() else { return nil }
        let found: (signing: Ed25519SigningKey, encryption: X25519SecretKey?)
        do {
            guard let keys = try keyring.keys(named: name(of: actor)) else { return nil }
            found = keys
        } catch .unusableEntry(let entry, let reason) {
            throw LedgerError.keyring(.unusableEntry(name: entry, reason: reason))
        } catch {
            return nil
        }
        let keys = ActorKeys(signing: found.signing, encryption: found.encryption)
        guard try keyFileHolds(keys, for: actor), Self.isCurrent(keys, of: actor, in: try registry()) else {
            keyring.removeKeys(named: name(of: actor))
            return nil
        }
        return keys
    }

    /// Drops an actor's unlocked keys.
    /// - Parameter actor: The actor id.
    /// - Returns: `true` if there were any.
    @discardableResult
    public func lock(_ actor: String) -> Bool {
        (try? KernelKeyring.session())?.removeKeys(named: name(of: actor)) ?? false
    }

    /// Drops an actor's unlocked keys of a logbook, if it has any, after their key was rotated or revoked: the
    /// old entry would not be used, but its secret keys should not outlive their use in the kernel either.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - layout: The logbook.
    public static func lock(_ actor: String, in layout: LogbookLayout) {
        (try? UnlockedKeys(layout: layout))?.lock(actor)
    }

    /// Drops every actor's unlocked keys of this logbook.
    /// - Returns: The actors whose keys were dropped, sorted.
    @discardableResult
    public func lockAll() -> [String] {
        guard let keyring = try? KernelKeyring.session() else { return [] }
        return keyring.removeAllKeys(startingWith: prefix).map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    /// The name of an actor's kernel key.
    func name(of actor: String) -> String { prefix + actor }

    /// Whether the actor's key file holds these keys (by their public halves).
    private func keyFileHolds(_ keys: ActorKeys, for actor: String) throws(LedgerError) -> Bool {
        let file = layout.keyFile(for: actor)
        guard FileManager.default.fileExists(atPath: file.path) else { return false }
        let keyFile = try KeyStore(layout: layout).keyFile(at: file)
        return keyFile.actor == actor && keyFile.publicKey == keys.signing.publicKey
            && keyFile.encryption?.publicKey == keys.encryption?.publicKey
    }

    /// Whether the registry holds these keys as the current ones of the actor, who is not revoked.
    private static func isCurrent(_ keys: ActorKeys, of actor: String, in registry: ActorRegistry) -> Bool {
        guard let registered = registry.actors[actor], registered.isActive, registered.publicKey == keys.signing.publicKey else {
            return false
        }
        return keys.encryption.map { $0.publicKey == registered.encryptionKey } ?? true
    }

    /// The hash of the logbook's seq-0 event, from the first line of its log (read in small pieces: it is short,
    /// and the log may be long).
    private static func genesisHash(of layout: LogbookLayout) throws(LedgerError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: layout.log.path) else { throw .notALogbook(path: layout.directory.path) }
        var line = [UInt8]()
        do {
            let handle = try FileHandle(forReadingFrom: layout.log)
            defer { try? handle.close() }
            while line.count <= LineReader.maximumLineLength, let piece = try handle.read(upToCount: 16_384), !piece.isEmpty {
                let bytes = [UInt8](piece)
                if let newline = bytes.firstIndex(of: 0x0A) {
                    line += bytes[..<newline]
                    guard let first = try? DecodedEvent.decode(line[...]), first.header.seq == 0 else { break }
                    return first.computedHash
                }
                line += bytes
            }
        } catch {
            throw .io(operation: "read", path: layout.log.path, underlying: error)
        }
        throw .notALogbook(path: layout.directory.path)
    }
}
