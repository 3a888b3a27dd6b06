import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The steps that install a new key beside the registry event that makes it valid, each durable before
/// the next: the sealed key is written as `keys/<id>.key.new`, the key it replaces is copied to
/// `keys/retired/<id>.<seq>.key`, the event is appended, and the new file is renamed over `keys/<id>.key`.
/// A crash at any point leaves either the old key valid and in place, or the new key registered and in
/// `.key.new`, which ``finishPendingKeys(registry:nextSeq:)`` installs when the logbook is next opened.
extension KeyStore {
    /// Writes a sealed key as the actor's pending key (`keys/<id>.key.new`), synced.
    func writePending(_ sealed: SealedKey) throws(LedgerError) {
        try FileSystem.createDirectory(layout.keys, permissions: 0o700)
        try FileSystem.writeAtomically(
            CanonicalJSON.encode(sealed.file.json) + [0x0A], to: layout.pendingKeyFile(for: sealed.actor), replacing: true)
    }

    /// Copies the actor's current key file, if any, to `keys/retired/<id>.<seq>.key`, synced.
    /// - Parameter seq: The seq of the event that replaces the key.
    func retireCurrent(of actor: String, replacedAt seq: Int) throws(LedgerError) {
        let current = layout.keyFile(for: actor)
        guard FileManager.default.fileExists(atPath: current.path) else { return }
        try FileSystem.createDirectory(layout.retiredKeys, permissions: 0o700)
        try FileSystem.writeAtomically(try FileSystem.read(current), to: layout.retiredKeyFile(for: actor, replacedAt: seq), replacing: true)
    }

    /// Renames the actor's pending key over their key file and syncs the folder.
    func installPending(for actor: String) throws(LedgerError) {
        guard rename(layout.pendingKeyFile(for: actor).path, layout.keyFile(for: actor).path) == 0 else {
            throw .io(operation: "install the new key", path: layout.keyFile(for: actor).path, reason: FileSystem.lastErrorDescription)
        }
        try FileSystem.syncDirectory(layout.keys)
    }

    /// Removes a pending key whose event was never appended, and the copy made for it in `retired/`.
    func abandonPending(for actor: String, replacedAt seq: Int) {
        unlink(layout.pendingKeyFile(for: actor).path)
        unlink(layout.retiredKeyFile(for: actor, replacedAt: seq).path)
    }

    /// Finishes what an interrupted key issuance left: a pending key the registry holds is installed, one
    /// it does not hold (its event was never appended) is removed. Called with the writers' lock held.
    /// - Parameters:
    ///   - registry: The registry after the last event in the log.
    ///   - nextSeq: The seq the next event will get.
    /// - Returns: The actors whose new key was installed.
    /// - Throws: ``LedgerError/damagedKeyFile(path:reason:)`` for an unreadable pending key, or an I/O error.
    func finishPendingKeys(registry: ActorRegistry, nextSeq: Int) throws(LedgerError) -> [String] {
        let names = try FileSystem.names(in: layout.keys)
        var installed = [String]()
        for name in names.sorted() where name.hasSuffix(LogbookLayout.pendingKeySuffix) {
            let file = layout.keys.appendingPathComponent(name)
            let pending = try keyFile(at: file)
            guard name == pending.actor + LogbookLayout.pendingKeySuffix else {
                throw .damagedKeyFile(path: file.path, reason: "it holds the key of '\(pending.actor)'")
            }
            if registry.actors[pending.actor]?.publicKey == pending.publicKey {
                try installPending(for: pending.actor)
                installed.append(pending.actor)
            } else {
                abandonPending(for: pending.actor, replacedAt: nextSeq)
            }
        }
        return installed
    }
}
