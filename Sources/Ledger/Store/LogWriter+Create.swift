import Foundation
import Sodium

extension LogWriter {
    /// Creates a new logbook: its folders, an empty log, and seq 0, `logbook.created`, signed by the
    /// first administrator, whose key becomes the trust anchor.
    /// - Parameters:
    ///   - layout: Where the logbook goes; the directory may exist but must hold no log with events.
    ///   - organisation: The school or location the logbook belongs to.
    ///   - administrator: The first administrator's profile (must be an administrator).
    ///   - signingKey: The administrator's private key, matching the profile's public key.
    ///   - clock: Where times come from.
    ///   - random: Where payload salts come from.
    /// - Returns: A writer holding the new logbook's lock.
    /// - Throws: ``LedgerError/alreadyExists(path:)`` if a log with events is there, or any append error.
    public static func create(
        at layout: LogbookLayout, organisation: String, administrator: ActorProfile, signingKey: Ed25519SigningKey,
        clock: any WallClock = SystemClock(), random: any RandomSource = SystemRandom()
    ) throws(LedgerError) -> LogWriter {
        guard !organisation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidInput("the organisation's name is empty")
        }
        guard administrator.isAdministrator else { throw .invalidInput("the first actor of a logbook must be an administrator") }
        try FileSystem.createDirectory(layout.directory)
        try FileSystem.createDirectory(layout.keys, permissions: 0o700)
        try FileSystem.createDirectory(layout.checkpoints)
        if !FileManager.default.fileExists(atPath: layout.log.path) {
            try FileSystem.createExclusively(layout.log)
        }
        let writer = try LogWriter(opening: layout, clock: clock, random: random, lockTimeout: 0)
        guard writer.state.nextSeq == 0 else { throw .alreadyExists(path: layout.log.path) }
        let genesis = RegistryEvent.logbookCreated(organisation: organisation, administrator: administrator)
        try writer.append([EventDraft(genesis)], author: administrator.id, signingKey: signingKey)
        return writer
    }
}
