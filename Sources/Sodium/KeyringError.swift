/// Errors from the kernel keyring (``KernelKeyring``).
///
/// Each case has a stable ``code`` for programs and tests, and a human ``message``.
public enum KeyringError: Error, Equatable, Sendable {
    /// The kernel refuses keyrings to this process: a kernel without them (`ENOSYS`), or a container whose
    /// system-call filter forbids them (`EPERM`, `EACCES`).
    /// - Parameter reason: The system's words for the error.
    case unavailable(reason: String)
    /// A keyring call failed for another reason (such as the user's key quota, `EDQUOT`).
    /// - Parameters:
    ///   - operation: What was being done, such as `"add the key"`.
    ///   - reason: The system's words for the error.
    case failed(operation: String, reason: String)
    /// The process has no login-session keyring of its own, only the user's session keyring, which every process
    /// of the user without a session keyring of its own possesses, in any login session.
    case notLoginSession
    /// An entry of unlocked keys cannot be opened: it is garbled, of another version, or sealed under a wrapping
    /// key other than the one kept beside it. It has been removed.
    /// - Parameters:
    ///   - name: The entry's name.
    ///   - reason: What is wrong with it.
    case unusableEntry(name: String, reason: String)

    /// A stable, machine-readable identifier for the error, such as `"keyring-unavailable"`.
    public var code: String {
        switch self {
        case .unavailable: "keyring-unavailable"
        case .failed: "keyring-failed"
        case .notLoginSession: "keyring-not-session"
        case .unusableEntry: "unlocked-keys-unusable"
        }
    }

    /// A sentence describing the error for people.
    public var message: String {
        switch self {
        case let .unavailable(reason):
            "the kernel does not let this process use a keyring (\(reason)); containers often forbid it"
        case let .failed(operation, reason):
            "could not \(operation) in the kernel keyring: \(reason)"
        case .notLoginSession:
            "this login session has no keyring of its own (no pam_keyinit at login): keys kept now would be readable by "
                + "every process of this user in any session"
        case let .unusableEntry(name, reason):
            "the unlocked keys '\(name)' in the kernel keyring cannot be opened: \(reason); they have been removed. "
                + "Unlock them again, or give the passphrase"
        }
    }
}
