import Ledger

/// Writes the copies of a case's keys (under `casekeys/<case>/`): one per member and one for the recovery
/// key, each epoch, sealed to the key the registry holds for them now. Copies are written and synced before
/// the event that needs them is appended.
struct CaseKeyCopies {
    let store: KeyCopyStore
    let registry: ActorRegistry

    /// The stream of a case.
    static func stream(_ caseID: String) -> String { CaseStream.name(of: caseID) }

    /// Seals `keys` to every member and to the recovery key where a current copy is missing: a member enrolled
    /// or granted since, or one whose key was rotated (their copy is sealed to a key they no longer hold).
    /// - Parameters:
    ///   - keys: The case keys the caller holds, any epochs.
    ///   - caseID: The case.
    ///   - members: The members now.
    /// - Returns: How many copies were written.
    /// - Throws: ``LedgerError`` if a copy cannot be read or written.
    @discardableResult
    func complete(_ keys: [StreamKey], ofCase caseID: String, members: Set<String>) throws(LedgerError) -> Int {
        let existing = try store.copies(in: caseID)
        var written = 0
        for key in keys {
            let missing = holders(members).filter { holder, publicKey in
                !existing.contains { $0.epoch == key.epoch && $0.holder == holder && $0.holderKey == publicKey }
            }
            guard !missing.isEmpty else { continue }
            try store.write(key, of: Self.stream(caseID), folder: caseID, to: missing)
            written += missing.count
        }
        return written
    }

    /// The holders a case key goes to: the members with an encryption key, and the recovery key.
    func holders(_ members: Set<String>) -> [(KeyHolder, EncryptionPublicKey)] {
        var holders = members.sorted().compactMap { id in registry.actors[id].map { (KeyHolder.actor(id), $0.encryptionKey) } }
        if let recovery = registry.recoveryKey { holders.append((.recovery, recovery)) }
        return holders
    }
}
