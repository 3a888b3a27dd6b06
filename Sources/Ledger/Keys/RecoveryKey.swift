import Foundation

/// The organisation's recovery key, opened from the file the board keeps offline, to re-seal case keys to
/// members who lost theirs (a forgotten passphrase, a rotated key).
public enum RecoveryKey {
    /// Opens the recovery key from its file.
    /// - Parameters:
    ///   - file: The file `init --recovery-key` wrote.
    ///   - registry: The logbook's actors, whose `logbook.created` names the recovery key's public half.
    /// - Returns: The secret key.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a file that is not this logbook's recovery key, or an I/O error.
    public static func open(_ file: URL, for registry: ActorRegistry) throws(LedgerError) -> EncryptionKey {
        try RecoveryKeyFile.read(file, expecting: registry.recoveryKey)
    }
}
