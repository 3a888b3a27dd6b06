import Ledger

/// Which administrator of a log signed a checkpoint.
enum AdministratorKey {
    /// The verifier key of the administrator whose key verifies the checkpoint's log signature.
    /// - Parameters:
    ///   - signed: The checkpoint.
    ///   - registry: The log's actors.
    /// - Returns: The key, or `nil` when no administrator signed it.
    static func verifying(_ signed: SignedCheckpoint, registry: ActorRegistry?) -> NoteVerifierKey? {
        let admins = (registry?.actors.values ?? [:].values).filter { $0.profile.isAdministrator }
        return admins.lazy.compactMap { admin in
            try? NoteVerifierKey(name: signed.checkpoint.origin, type: NoteVerifierKey.ed25519, publicKey: admin.publicKey)
        }.first { key in (try? signed.verifyLogSignature(key)) != nil }
    }
}
