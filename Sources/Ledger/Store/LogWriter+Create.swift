import Foundation
import Sodium

#if canImport(Glibc)
import Glibc
#endif

extension LogWriter {
    /// Creates a new logbook: its folders, an empty log, and seq 0, `logbook.created`, signed by the
    /// first administrator, whose key becomes the trust anchor.
    /// - Parameters:
    ///   - layout: Where the logbook goes; the directory may exist but must hold no installed key and no log with
    ///     events.
    ///   - organisation: The school or location the logbook belongs to.
    ///   - administrator: The first administrator's profile (must be an administrator).
    ///   - signingKey: The administrator's private key, matching the profile's public key.
    ///   - recoveryKey: The public half of the organisation's recovery key.
    ///   - clock: Where times come from.
    ///   - random: Where payload salts come from.
    ///   - rules: The signing rules the writer holds the log to (see ``init(opening:clock:random:lockTimeout:rules:concurrency:)``).
    /// - Returns: A writer holding the new logbook's lock.
    /// - Throws: ``LedgerError/alreadyExists(path:)`` if `keys/` or a log with events is there, or any append error.
    public static func create(
        at layout: LogbookLayout, organisation: String, administrator: ActorProfile, signingKey: Ed25519SigningKey,
        recoveryKey: X25519PublicKey, clock: any WallClock = SystemClock(), random: any RandomSource = SystemRandom(),
        rules: (any SigningRules)? = nil
    ) throws(LedgerError) -> LogWriter {
        let writer = try opened(at: layout, organisation: organisation, administrator: administrator, clock: clock, random: random, rules: rules)
        let genesis = RegistryEvent.logbookCreated(organisation: organisation, administrator: administrator, recoveryKey: recoveryKey)
        try writer.append([EventDraft(genesis)], author: administrator.id, signingKey: signingKey)
        return writer
    }

    /// Creates a new logbook as ``create(at:organisation:administrator:signingKey:recoveryKey:clock:random:)``
    /// does, with the first administrator's new key installed in `keys/` beside `logbook.created` (see
    /// ``append(_:issuing:author:signingKey:)``), and a new recovery key whose secret is written, synced, to
    /// `<recoveryKeyFile>.pending` before the event that registers its public half, and linked to
    /// `recoveryKeyFile` after it.
    ///
    /// Run again after a kill, it starts over when `logbook.created` never reached the log (what the first run
    /// left is unregistered, and replaced), and finishes the first run when it did (its recovery key put in
    /// place, its administrator's key installed): the writer it returns then holds the first run's keys.
    /// - Parameters:
    ///   - layout: Where the logbook goes; the directory may exist but must hold no installed key and no log with
    ///     events.
    ///   - organisation: The school or location the logbook belongs to.
    ///   - administrator: The first administrator's profile, with `key`'s public keys.
    ///   - key: The administrator's new key, sealed with their passphrase.
    ///   - recoveryKeyFile: Where the recovery key's secret goes, outside the logbook; must not exist.
    ///   - rules: The signing rules the writer holds the log to.
    /// - Returns: A writer holding the new logbook's lock.
    /// - Throws: ``LedgerError/alreadyExists(path:)`` if a log with events (not an interrupted `init`'s) or the
    ///   recovery key file is there, or any append error (then the pending recovery key is removed again).
    public static func create(
        at layout: LogbookLayout, organisation: String, administrator: ActorProfile, issuing key: SealedKey, recoveryKeyFile: URL,
        rules: (any SigningRules)? = nil
    ) throws(LedgerError) -> LogWriter {
        try create(
            at: layout, organisation: organisation, administrator: administrator, issuing: key, recoveryKeyFile: recoveryKeyFile,
            stoppingAfter: nil, rules: rules)
    }

    /// Creates a new logbook with its first administrator's key, stopping after `step` as a crash would (for tests).
    static func create(
        at layout: LogbookLayout, organisation: String, administrator: ActorProfile, issuing key: SealedKey, recoveryKeyFile: URL,
        stoppingAfter step: KeyIssuanceStep?, rules: (any SigningRules)? = nil
    ) throws(LedgerError) -> LogWriter {
        let pending = RecoveryKeyFile.pending(for: recoveryKeyFile)
        if let finished = try finishedCreation(at: layout, recoveryKeyFile: recoveryKeyFile, pending: pending, rules: rules) { return finished }
        try RecoveryKeyFile.requireAbsent(recoveryKeyFile)
        let writer = try opened(
            at: layout, organisation: organisation, administrator: administrator, clock: SystemClock(), random: SystemRandom(), rules: rules)
        let recovery = X25519SecretKey()
        try RecoveryKeyFile.write(recovery, organisation: organisation, to: pending)
        let genesis = RegistryEvent.logbookCreated(organisation: organisation, administrator: administrator, recoveryKey: recovery.publicKey)
        do {
            guard try writer.issue(genesis, key: key, author: administrator.id, signingKey: key.key, stoppingAfter: step) != nil, step == nil else {
                return writer
            }
        } catch {
            unlink(pending.path)
            throw error
        }
        try RecoveryKeyFile.install(pending, as: recoveryKeyFile)
        return writer
    }

    /// The writer of a logbook an interrupted `init` already created (its log holds `logbook.created`, naming the
    /// recovery key left pending), with that recovery key put in place; `nil` when there is no such logbook.
    private static func finishedCreation(
        at layout: LogbookLayout, recoveryKeyFile: URL, pending: URL, rules: (any SigningRules)?
    ) throws(LedgerError) -> LogWriter? {
        guard FileManager.default.fileExists(atPath: pending.path), FileManager.default.fileExists(atPath: layout.log.path) else { return nil }
        let writer = try LogWriter(opening: layout, lockTimeout: 0, rules: rules)
        guard writer.state.nextSeq > 0, (try? RecoveryKeyFile.read(pending, expecting: writer.state.registry.recoveryKey)) != nil else { return nil }
        try RecoveryKeyFile.install(pending, as: recoveryKeyFile)
        return writer
    }

    /// Checks the first administrator, makes the folders and an empty log, and opens it for writing.
    private static func opened(
        at layout: LogbookLayout, organisation: String, administrator: ActorProfile, clock: any WallClock, random: any RandomSource,
        rules: (any SigningRules)?
    ) throws(LedgerError) -> LogWriter {
        guard !organisation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidInput("the organisation's name is empty")
        }
        guard administrator.isAdministrator else { throw .invalidInput("the first actor of a logbook must be an administrator") }
        // An interrupted init leaves at most a pending key (`<id>.key.new`); an installed key is never replaced.
        guard !(try FileSystem.names(in: layout.keys)).contains(where: { $0.hasSuffix(".key") }) else {
            throw .alreadyExists(path: layout.keys.path)
        }
        try FileSystem.createDirectory(layout.directory)
        if !FileManager.default.fileExists(atPath: layout.log.path) {
            try FileSystem.createExclusively(layout.log)
        }
        let writer = try LogWriter(opening: layout, clock: clock, random: random, lockTimeout: 0, rules: rules)
        guard writer.state.nextSeq == 0 else { throw .alreadyExists(path: layout.log.path) }
        try FileSystem.createDirectory(layout.keys, permissions: 0o700)
        try FileSystem.createDirectory(layout.checkpoints)
        return writer
    }
}
