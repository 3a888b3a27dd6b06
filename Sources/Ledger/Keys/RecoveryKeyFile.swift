import Foundation
import Sodium

/// The organisation's recovery key as the one file that holds its secret, written once at `init` for the
/// board to keep offline (printed, or on a medium kept in a safe), and never kept in the logbook. Every case
/// key is also sealed to its public half, so a member who forgets their passphrase loses nothing.
/// Canonical JSON: `{"kind":"logboek-recovery-key","organisation","publicKey","secretKey","v":1}`.
enum RecoveryKeyFile {
    static let version: Int64 = 1
    static let kind = "logboek-recovery-key"

    /// Refuses a path where a file already is, so an earlier recovery key is never overwritten.
    static func requireAbsent(_ file: URL) throws(LedgerError) {
        guard !FileManager.default.fileExists(atPath: file.path) else { throw .alreadyExists(path: file.path) }
    }

    /// Writes the recovery key's file (mode 0600), synced; never replaces an existing file.
    static func write(_ key: X25519SecretKey, organisation: String, to file: URL) throws(LedgerError) {
        let json = JSONValue.object([
            "v": .integer(version),
            "kind": .string(kind),
            "organisation": .string(organisation),
            "publicKey": .string(Base64.encode(key.publicKey.bytes)),
            "secretKey": .string(Base64.encode(key.exportedSecretBytes())),
        ])
        try FileSystem.writeAtomically(CanonicalJSON.encode(json) + [0x0A], to: file, replacing: false)
    }
}
