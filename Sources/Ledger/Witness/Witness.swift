import Foundation
import Sodium

/// A witness (e.g. the Inspectie's): its own Ed25519 key, sealed with a passphrase like an actor key
/// (`keys/witness.key`), its name and public key (`witness.json`), a lock held while cosigning (`lock`), and per log origin the log's pinned
/// verifier key and the last checkpoint it cosigned (`origins/<hex>.json`).
///
/// It cosigns (C2SP `tlog-cosignature` v1.0.0) only a checkpoint signed by the pinned key that is
/// consistent with, and not smaller than, the last one it cosigned for that origin. The log key is
/// pinned on the first cosignature for an origin and never changed afterwards.
public struct Witness: Sendable {
    /// The witness's folder.
    public let directory: URL
    /// The witness's key name.
    public let name: String
    /// The witness's public key.
    public let publicKey: Ed25519PublicKey

    static let keyOwner = "witness"

    /// Creates a witness: a new key sealed with `passphrase`, and its name.
    /// - Parameters:
    ///   - directory: A folder that holds no witness yet.
    ///   - name: The witness's key name (e.g. `inspectie.example/witness`).
    ///   - passphrase: The passphrase that seals its key.
    /// - Returns: The witness.
    /// - Throws: ``LedgerError/alreadyExists(path:)``, ``ProofError/malformed(_:)`` for a bad name, or an I/O error.
    public static func create(at directory: URL, name: String, passphrase: SecretBytes) throws -> Witness {
        let key = Ed25519SigningKey()
        let verifier = try NoteVerifierKey(name: name, type: NoteVerifierKey.cosignatureV1, publicKey: key.publicKey)
        let layout = LogbookLayout(directory: directory)
        guard !FileManager.default.fileExists(atPath: stateFile(layout.directory).path) else {
            throw LedgerError.alreadyExists(path: stateFile(layout.directory).path)
        }
        try FileSystem.createDirectory(layout.directory)
        try KeyStore(layout: layout).store(key, encryptionKey: nil, for: keyOwner, passphrase: passphrase)
        let state = JSONValue.object(["v": .integer(1), "name": .string(name), "verifierKey": .string(verifier.text)])
        try FileSystem.writeAtomically(CanonicalJSON.encode(state) + [0x0A], to: stateFile(layout.directory), replacing: false, permissions: 0o644)
        return Witness(directory: layout.directory, name: name, publicKey: key.publicKey)
    }

    /// Opens a witness's folder.
    /// - Parameter directory: The folder.
    /// - Returns: The witness.
    /// - Throws: ``LedgerError/notALogbook(path:)`` if it holds no witness, ``ProofError/malformed(_:)`` if damaged.
    public static func open(at directory: URL) throws -> Witness {
        let file = stateFile(directory.standardizedFileURL)
        guard FileManager.default.fileExists(atPath: file.path) else { throw LedgerError.notALogbook(path: directory.path) }
        guard let object = (try? CanonicalJSON.parse(try FileSystem.read(file)))?.objectValue,
              let text = object["verifierKey"]?.stringValue else { throw ProofError.malformed("\(file.path) is damaged") }
        let key = try NoteVerifierKey(text: text)
        return Witness(directory: directory.standardizedFileURL, name: key.name, publicKey: key.publicKey)
    }

    /// The verifier key others use to check this witness's cosignatures.
    public var verifierKey: NoteVerifierKey {
        get throws { try NoteVerifierKey(name: name, type: NoteVerifierKey.cosignatureV1, publicKey: publicKey) }
    }

    static func stateFile(_ directory: URL) -> URL { directory.appendingPathComponent("witness.json") }

    /// The lock held while the witness reads and replaces its state for an origin.
    var lockFile: URL { directory.appendingPathComponent("lock") }

    func originFile(_ origin: String) -> URL {
        directory.appendingPathComponent("origins", isDirectory: true)
            .appendingPathComponent(Hex.encode(Array(SHA256.hash(Array(origin.utf8)).prefix(16))) + ".json")
    }
}
