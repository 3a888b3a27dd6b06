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

    /// A stable, machine-readable identifier for the error, such as `"keyring-unavailable"`.
    public var code: String {
        switch self {
        case .unavailable: "keyring-unavailable"
        case .failed: "keyring-failed"
        }
    }

    /// A sentence describing the error for people.
    public var message: String {
        switch self {
        case let .unavailable(reason):
            "the kernel does not let this process use a keyring (\(reason)); containers often forbid it"
        case let .failed(operation, reason):
            "could not \(operation) in the kernel keyring: \(reason)"
        }
    }
}
