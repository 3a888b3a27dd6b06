import Ledger

/// Writes the copies of a case's keys (under `casekeys/<case>/`): one per member and one for the recovery
/// key, each epoch, sealed to the key the registry holds for them now. Copies are written and synced before
/// the event that needs them is appended.
struct CaseKeyCopies {
    let store: KeyCopyStore
    let registry: ActorRegistry

    /// Copies of one case key still to be written.
    struct Missing {
        /// The case.
        let caseID: String
        /// The key.
        let key: StreamKey
        /// Who lacks a current copy of it, with the public key to seal it to.
        let holders: [(KeyHolder, EncryptionPublicKey)]
    }

    /// The stream of a case.
    static func stream(_ caseID: String) -> String { CaseStream.name(of: caseID) }

    /// The copies of `keys` missing for the members and the recovery key: a member enrolled or granted since,
    /// or one whose key was rotated (their copy is sealed to a key they no longer hold).
    /// - Parameters:
    ///   - keys: The case keys the caller holds, any epochs.
    ///   - caseID: The case.
    ///   - members: The members now.
    /// - Throws: ``LedgerError`` if a copy cannot be read.
    func missing(_ keys: [StreamKey], ofCase caseID: String, members: Set<String>) throws(LedgerError) -> [Missing] {
        try missing(keys, ofCase: caseID, holders: holders(members))
    }

    /// The copies of `keys` missing for `everyone`: a holder without a copy sealed to the public key given.
    /// - Throws: ``LedgerError`` if a copy cannot be read.
    func missing(_ keys: [StreamKey], ofCase caseID: String, holders everyone: [(KeyHolder, EncryptionPublicKey)]) throws(LedgerError) -> [Missing] {
        let existing = try store.copies(in: caseID)
        var missing = [Missing]()
        for key in keys {
            let lacking = everyone.filter { holder, publicKey in
                !existing.contains { $0.epoch == key.epoch && $0.holder == holder && $0.holderKey == publicKey }
            }
            if !lacking.isEmpty { missing.append(Missing(caseID: caseID, key: key, holders: lacking)) }
        }
        return missing
    }

    /// Seals and writes missing copies as one group, all of them synced before this returns.
    /// - Throws: ``LedgerError`` if a copy cannot be written.
    func write(_ missing: [Missing]) throws(LedgerError) {
        try store.write(missing.map { KeyCopyStore.Copies(key: $0.key, stream: Self.stream($0.caseID), folder: $0.caseID, holders: $0.holders) })
    }

    /// Seals `keys` to every member and to the recovery key where a current copy is missing (on reading a case:
    /// the members are the log's, so no event needs to follow).
    /// - Returns: How many copies were written.
    /// - Throws: ``LedgerError`` if a copy cannot be read or written.
    @discardableResult
    func complete(_ keys: [StreamKey], ofCase caseID: String, members: Set<String>) throws(LedgerError) -> Int {
        let missing = try missing(keys, ofCase: caseID, members: members)
        try write(missing)
        return missing.reduce(0) { $0 + $1.holders.count }
    }

    /// The holders a case key goes to: the members with an encryption key, and the recovery key.
    func holders(_ members: Set<String>) -> [(KeyHolder, EncryptionPublicKey)] {
        var holders = members.sorted().compactMap { id in registry.actors[id].map { (KeyHolder.actor(id), $0.encryptionKey) } }
        if let recovery = registry.recoveryKey { holders.append((.recovery, recovery)) }
        return holders
    }
}
