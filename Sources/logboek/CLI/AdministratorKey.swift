import Ledger

/// Which administrator of a log signed a checkpoint.
enum AdministratorKey {
    /// The verifier key of the administrator whose key (as the registry stood at the checkpoint's size)
    /// verifies the checkpoint's log signature.
    /// - Parameters:
    ///   - signed: The checkpoint.
    ///   - registry: The log's actors.
    /// - Returns: The key, or `nil` when no administrator signed it.
    static func verifying(_ signed: SignedCheckpoint, registry: ActorRegistry) -> NoteVerifierKey? {
        let checkpoint = signed.checkpoint
        return registry.administratorKeys(atSize: checkpoint.size).lazy.compactMap { publicKey in
            try? NoteVerifierKey(name: checkpoint.origin, type: NoteVerifierKey.ed25519, publicKey: publicKey)
        }.first { key in (try? signed.verifyLogSignature(key)) != nil }
    }
}
