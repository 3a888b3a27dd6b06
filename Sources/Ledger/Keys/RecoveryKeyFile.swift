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

    /// Reads the recovery key from its file and checks it is the one the logbook names.
    /// - Parameters:
    ///   - file: The file written at `init`.
    ///   - expected: The recovery key's public half as `logbook.created` records it.
    /// - Returns: The secret key.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a file that is not a recovery key of this logbook.
    static func read(_ file: URL, expecting expected: X25519PublicKey?) throws(LedgerError) -> X25519SecretKey {
        let refused = { (reason: String) in LedgerError.invalidInput("\(file.path) is not this logbook's recovery key: \(reason)") }
        guard case .object(let members)? = try? CanonicalJSON.parse(try FileSystem.read(file)),
              members["kind"]?.stringValue == kind, members["v"]?.integerValue == version,
              let secret = members["secretKey"]?.stringValue.flatMap(Base64.decode),
              let key = try? X25519SecretKey(importingSecret: secret)
        else { throw refused("it is not a logboek recovery key file") }
        guard let expected, key.publicKey == expected else { throw refused("its key is not the one the logbook was created with") }
        return key
    }

    /// Where `init` keeps the recovery key's secret until `logbook.created` registers its public half:
    /// `<file>.pending`, beside the file it becomes.
    static func pending(for file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".pending")
    }

    /// Puts a pending recovery key in place once the log registers it: linked to its final name (never replacing a
    /// file there), then the pending name removed, the folder synced.
    static func install(_ pending: URL, as file: URL) throws(LedgerError) {
        guard link(pending.path, file.path) == 0 || errno == EEXIST && (try? FileSystem.read(file)) == (try? FileSystem.read(pending)) else {
            throw errno == EEXIST ? .alreadyExists(path: file.path)
                : .io(operation: "link into place", path: file.path, reason: FileSystem.lastErrorDescription)
        }
        try FileSystem.remove(pending)
        try FileSystem.syncDirectory(file.deletingLastPathComponent())
    }

    /// Writes the recovery key's file (mode 0600), synced, replacing what is there (only ever a pending file).
    static func write(_ key: X25519SecretKey, organisation: String, to file: URL) throws(LedgerError) {
        let json = JSONValue.object([
            "v": .integer(version),
            "kind": .string(kind),
            "organisation": .string(organisation),
            "publicKey": .string(Base64.encode(key.publicKey.bytes)),
            "secretKey": .string(Base64.encode(key.exportedSecretBytes())),
        ])
        try FileSystem.writeAtomically(CanonicalJSON.encode(json) + [0x0A], to: file, replacing: true)
    }
}
