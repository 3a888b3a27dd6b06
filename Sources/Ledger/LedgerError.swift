import Foundation
import Sodium

/// Why the ledger refused a request or could not carry it out.
///
/// Each case has a stable ``code`` for machines and tests, and a ``message`` for people that says
/// what went wrong and, where there is something to do, what to do about it.
public enum LedgerError: Error, Equatable, Sendable {
    /// A draft event, a name or a payload is not acceptable; nothing was written.
    case invalidInput(String)
    /// The author may not record this event (unknown, revoked or lacking the right); nothing was written.
    case refused(VerifyCode, String)
    /// The signing key is not the key the registry holds for the author.
    case keyMismatch(actor: String)
    /// The stream has another version than the append expected.
    case versionConflict(stream: String, expected: Int, actual: Int)
    /// Another process holds the logbook's write lock and did not release it in time.
    case locked(seconds: Double)
    /// The log is damaged in a way a writer must not paper over.
    case damagedLog(VerifyFailure)
    /// The directory holds no logbook.
    case notALogbook(path: String)
    /// A logbook (or key file) already exists where a new one was to be created.
    case alreadyExists(path: String)
    /// An output file already exists and replacing it was not asked for.
    case outputExists(path: String)
    /// An output file would lie inside a logbook's or a witness's folder (`folder`), whose files only
    /// Logboek itself writes.
    case insideLogbook(path: String, folder: String)
    /// A file-system operation failed.
    case io(operation: String, path: String, reason: String)
    /// The passphrase does not open the actor's key.
    case wrongPassphrase(actor: String)
    /// The actor has no private key file in this logbook.
    case missingKey(actor: String)
    /// A key file exists but cannot be read as one.
    case damagedKeyFile(path: String, reason: String)
    /// The kernel keyring that keeps unlocked keys could not be used.
    case keyring(KeyringError)
    /// The actor holds no key that opens this sealed stream's content (they are not a member of it).
    case noAccess(stream: String, actor: String)
    /// The actor is a member of this sealed stream but holds no copy of its key yet (they became a member while no
    /// one who holds the key wrote their copy).
    case keyNotShared(stream: String, actor: String)
    /// A sealed payload does not open with the key that should open it, or does not match its commitment.
    case unreadablePayload(seq: Int, reason: String)

    /// A stable, machine-readable identifier of the kind of error.
    public var code: String {
        switch self {
        case .invalidInput: "invalid-input"
        case .refused(let code, _): code.rawValue
        case .keyMismatch: "key-mismatch"
        case .versionConflict: "version-conflict"
        case .locked: "locked"
        case .damagedLog: "damaged-log"
        case .notALogbook: "not-a-logbook"
        case .alreadyExists: "already-exists"
        case .outputExists: "already-exists"
        case .insideLogbook: "inside-logbook"
        case .io: "io"
        case .wrongPassphrase: "wrong-passphrase"
        case .missingKey: "missing-key"
        case .damagedKeyFile: "damaged-key-file"
        case .keyring(let error): error.code
        case .noAccess: "no-access"
        case .keyNotShared: "key-not-shared"
        case .unreadablePayload: "unreadable-payload"
        }
    }

    /// A sentence for people: what went wrong and what to do about it.
    public var message: String {
        switch self {
        case .invalidInput(let reason): reason
        case .refused(_, let reason): reason
        case .keyMismatch(let actor):
            "the key file of '\(actor)' does not hold the key the logbook has registered for them (was the key rotated elsewhere?)"
        case .versionConflict(let stream, let expected, let actual):
            "stream '\(stream)' is at version \(actual), not \(expected): someone appended in between; reload and try again"
        case .locked(let seconds):
            "another process is writing to this logbook and did not finish within \(Int(seconds)) s; try again later"
        case .damagedLog(let failure):
            "the log is damaged at seq \(failure.seq) (line \(failure.line)): \(failure.message); run `logboek verify` and restore from a copy before appending"
        case .notALogbook(let path):
            "no logbook at \(path): create one with `logboek init DIR` or pass --logbook DIR"
        case .alreadyExists(let path):
            "\(path) already exists; refusing to overwrite it"
        case .outputExists(let path):
            "\(path) already exists; pass --force to replace it, or choose another file"
        case .insideLogbook(let path, let folder):
            "\(path) lies inside the logbook or witness folder \(folder), whose files only Logboek writes; choose a file outside it"
        case .io(let operation, let path, let reason):
            "could not \(operation) \(path): \(reason)"
        case .wrongPassphrase(let actor):
            "the passphrase does not open the key of '\(actor)'"
        case .missingKey(let actor):
            "no private key for '\(actor)' in this logbook (keys/\(actor).key); an administrator can issue a new one with `logboek actor rotate \(actor)`"
        case .damagedKeyFile(let path, let reason):
            "the key file \(path) is damaged: \(reason)"
        case .keyring(let error):
            error.message
        case .noAccess(let stream, let actor):
            "'\(actor)' holds no key to the content of \(stream): only its members read it; a coordinator of the case can grant access"
        case .keyNotShared(let stream, let actor):
            "'\(actor)' is a member of \(stream) but holds no copy of its key yet: it is sealed to them when another member next "
                + "opens the case, or by `logboek recover`"
        case .unreadablePayload(let seq, let reason):
            "the sealed content of event \(seq) cannot be read: \(reason)"
        }
    }
}

extension LedgerError {
    /// An I/O error whose reason is the system's own words for `error` (its `errno` text, not a Foundation
    /// wrapper such as "NSCocoaErrorDomain error 512"), with what to do when the disk is full.
    /// - Parameters:
    ///   - operation: What was being done ("append to").
    ///   - path: The file.
    ///   - error: The error Foundation or the system gave.
    /// - Returns: ``io(operation:path:reason:)``.
    public static func io(operation: String, path: String, underlying error: any Error) -> LedgerError {
        .io(operation: operation, path: path, reason: IOReason.describe(error))
    }
}
