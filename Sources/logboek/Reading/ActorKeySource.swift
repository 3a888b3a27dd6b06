import Ledger

/// Where a command gets the keys of the actor it acts as: the one path every command takes to an actor's
/// signing key and encryption key.
enum ActorKeySource {
    /// The keys unlocked for this logbook and actor in the kernel keyring (`logboek unlock`) while they are
    /// still the actor's keys in the key file and the registry; else the key file opened with the passphrase.
    case unlockedOrPassphrase
    /// The key file opened with the passphrase, always.
    case passphrase

    /// Opens the actor's keys.
    /// - Parameters:
    ///   - actor: The actor id (their key file exists).
    ///   - store: The logbook's key store.
    /// - Returns: Both keys.
    /// - Throws: A ``PassphraseError`` if no passphrase can be had, ``LedgerError/wrongPassphrase(actor:)``, or
    ///   what reading the registry throws.
    func keys(of actor: String, in store: KeyStore, _ arguments: ParsedArguments, _ context: Context) throws -> ActorKeys {
        if self == .unlockedOrPassphrase, let unlocked = try? UnlockedKeys(layout: store.layout),
           let keys = try unlocked.keys(for: actor, registry: { try Signer.openWriter(arguments, context).state.registry }) {
            return keys
        }
        return try store.keys(for: actor, passphrase: try Passphrase.forSigner(actor, arguments, context))
    }
}
