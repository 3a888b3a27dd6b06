import Ledger

/// Which administrator of a log signed a checkpoint.
enum AdministratorKey {
    /// The verifier key, among those the administrators held when the log had the checkpoint's size, that
    /// verifies the checkpoint's log signature.
    /// - Parameters:
    ///   - signed: The checkpoint.
    ///   - registry: The log's actors.
    /// - Returns: The key, or `nil` when no administrator signed it.
    static func verifying(_ signed: SignedCheckpoint, registry: ActorRegistry?) -> NoteVerifierKey? {
        let keys = registry?.administratorKeys(atSize: signed.checkpoint.size) ?? []
        return keys.lazy.compactMap { publicKey in
            try? NoteVerifierKey(name: signed.checkpoint.origin, type: NoteVerifierKey.ed25519, publicKey: publicKey)
        }.first { key in (try? signed.verifyLogSignature(key)) != nil }
    }
}
