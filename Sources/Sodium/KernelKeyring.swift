import CKeyring

#if canImport(Glibc)
import Glibc
#endif

/// A keyring of the Linux kernel's key retention service (keyrings(7)): secrets the kernel holds for a
/// while, for the processes that possess the keyring, with no daemon of our own.
///
/// The keys are of type `user`, readable only by a process that possesses them (``possessorOnly``), and
/// expire after a timeout. The system calls are in `CKeyring`; this type is the only code that calls them.
public struct KernelKeyring: Sendable {
    /// The keyring's serial number.
    let serial: Int32
    /// Whether this is the process's own login-session keyring, which only the processes of that session possess;
    /// `false` for the user's session keyring, which every process of the user without a session keyring of its own
    /// (no `pam_keyinit` at login, as in many containers) possesses, in any session.
    public let isLoginSession: Bool

    /// The type of every key stored here.
    private static let keyType = "user"

    /// The session keyring of this process, which the later commands of the same login session share
    /// (`KEY_SPEC_SESSION_KEYRING`). A process started without one (no `pam_keyinit`) gets the user's
    /// session keyring, shared by every such process of the same user (``isLoginSession`` is then `false`); the
    /// serial is resolved here so that adding a key never makes a new session keyring that would end with this
    /// process.
    /// - Returns: The keyring.
    /// - Throws: ``KeyringError/unavailable(reason:)`` if the kernel refuses keyrings to this process.
    public static func session() throws(KeyringError) -> KernelKeyring {
        let serial = logboek_keyctl_get_keyring_id(logboek_session_keyring, 0)
        guard serial >= 0 else { throw error(doing: "find the session keyring") }
        let user = logboek_keyctl_get_keyring_id(logboek_user_session_keyring, 0)
        return KernelKeyring(serial: Int32(truncatingIfNeeded: serial), isLoginSession: user < 0 || user != serial)
    }

    /// Adds a key holding the bytes of `payload`, or replaces the one already named `description`, readable
    /// only by its possessors and expiring `seconds` from now (`add_key`, `KEYCTL_SETPERM`,
    /// `KEYCTL_SET_TIMEOUT`). If the permissions or the timeout cannot be set, the key is destroyed.
    func add(_ payload: SecureBuffer, named description: String, seconds: UInt32) throws(KeyringError) {
        precondition(seconds > 0, "a key in the keyring always has a timeout")
        let key = payload.withUnsafePointer { bytes in
            logboek_add_key(Self.keyType, description, bytes, payload.count, serial)
        }
        guard key >= 0 else { throw Self.error(doing: "add the key") }
        let id = Int32(truncatingIfNeeded: key)
        guard logboek_keyctl_set_timeout(id, seconds) == 0, logboek_keyctl_setperm(id, logboek_possessor_only) == 0 else {
            let failure = Self.error(doing: "set the key's timeout and permissions")
            _ = logboek_keyctl_invalidate(id)
            throw failure
        }
    }

    /// The serial of the key named `description` this process possesses, or `nil` if there is none or it
    /// expired or was revoked (`KEYCTL_SEARCH`).
    func find(named description: String) throws(KeyringError) -> Int32? {
        let key = logboek_keyctl_search(serial, Self.keyType, description)
        guard key < 0 else { return Int32(truncatingIfNeeded: key) }
        if [ENOKEY, EKEYEXPIRED, EKEYREVOKED].contains(errno) { return nil }
        throw Self.error(doing: "search for the key")
    }

    /// A key's payload, read straight into secure memory (`KEYCTL_READ`), or `nil` if it is longer than
    /// `limit` bytes, empty, or was removed in between.
    func payload(of key: Int32, limit: Int) -> SecureBuffer? {
        let buffer = SecureBuffer(count: limit)
        let length = buffer.withUnsafeMutablePointer { logboek_keyctl_read(key, $0, limit) }
        guard length > 0, length <= limit else { return nil }
        let payload = SecureBuffer(count: length)
        payload.withUnsafeMutablePointer { destination in
            buffer.withUnsafePointer { destination.update(from: $0, count: length) }
        }
        return payload
    }

    /// Destroys the key named `description`, if this process possesses one (`KEYCTL_INVALIDATE`).
    /// - Parameter description: The key's description.
    /// - Returns: `true` if a key was destroyed.
    @discardableResult
    public func remove(named description: String) -> Bool {
        guard let key = try? find(named: description) else { return false }
        return logboek_keyctl_invalidate(key) == 0
    }

    /// The descriptions of the `user` keys linked directly in this keyring that start with `prefix`
    /// (`KEYCTL_READ` of the keyring, `KEYCTL_DESCRIBE` of each key).
    /// - Parameter prefix: The start of the descriptions wanted.
    /// - Returns: The descriptions, in the keyring's order.
    public func descriptions(startingWith prefix: String) -> [String] {
        var serials = [Int32](repeating: 0, count: 1024)
        let length = serials.withUnsafeMutableBytes { logboek_keyctl_read(serial, $0.baseAddress, $0.count) }
        guard length > 0 else { return [] }
        let count = min(Int(length) / MemoryLayout<Int32>.size, serials.count)
        return serials.prefix(count).compactMap(Self.description(of:)).filter { $0.hasPrefix(prefix) }
    }

    /// The description of a `user` key (the text after the fourth `;` of `KEYCTL_DESCRIBE`), or `nil`.
    private static func description(of key: Int32) -> String? {
        var text = [CChar](repeating: 0, count: 4096)
        let length = text.withUnsafeMutableBufferPointer { logboek_keyctl_describe(key, $0.baseAddress, $0.count) }
        guard length > 0, length <= text.count else { return nil }
        let fields = String(decoding: text.prefix(Int(length) - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .split(separator: ";", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0] == Self.keyType else { return nil }
        return String(fields[4])
    }

    /// The error for the `errno` a failed call left.
    private static func error(doing operation: String) -> KeyringError {
        let code = errno
        let reason = String(cString: strerror(code))
        return [ENOSYS, EPERM, EACCES].contains(code) ? .unavailable(reason: reason) : .failed(operation: operation, reason: reason)
    }
}
