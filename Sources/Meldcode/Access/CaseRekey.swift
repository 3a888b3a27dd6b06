import Ledger

/// What a change of who holds the case keys does to the cases: an actor revoked, an actor's key rotated, or a
/// profile adopted that takes a coordinating role away. Every case in which someone holds a copy they may no
/// longer hold (a holder who is no member after the change, or a copy sealed to a key that is no longer the
/// holder's) gets a new epoch, sealed only to the members who remain, under their keys after the change, and to
/// the recovery key; once the change is in the log, the copies that may no longer be held are removed. What is
/// recorded after the change is then sealed under a key the departed holder, or a stolen old key, never had.
///
/// The older epochs stay with the members who hold them. A rotated member's copies of them, sealed to the old
/// key, are removed too; whoever of the members reads the case next (the signer of the change, if they are one,
/// at once) seals those epochs to the member's new key.
struct CaseRekey {
    /// One case's new epoch.
    struct NewEpoch {
        /// The case.
        let caseID: String
        /// Its new key.
        let key: StreamKey
        /// Who gets a copy, with the public key to seal it to.
        let holders: [(KeyHolder, EncryptionPublicKey)]
    }

    /// The cases' new epochs.
    private(set) var epochs: [NewEpoch] = []
    /// The copies to remove once the change is in the log.
    private(set) var removals: [KeyCopyIntent.Removal] = []

    /// Plans the new epochs a batch's changes of holders need.
    /// - Parameters:
    ///   - drafts: The batch.
    ///   - content: The signer's path to case content (the log as it stands before the batch).
    /// - Throws: ``LedgerError`` if a key copy cannot be read, or for an adopted profile whose access rule does
    ///   not read.
    init(_ drafts: [EventDraft], content: CaseContent) throws {
        var revoked = Set<String>()
        var rotated = [String: EncryptionPublicKey]()
        let authority = try content.authority.adopting(profilesIn: drafts)
        for draft in drafts {
            switch RegistryEvent(draft: draft) {
            case .actorRevoked(let actor, _)?: revoked.insert(actor)
            case .keyRotated(let actor, _, let encryptionKey)?: rotated[actor] = encryptionKey
            default: break
            }
        }
        guard !revoked.isEmpty || !rotated.isEmpty || authority.coordinators != content.authority.coordinators else { return }
        let writer = content.writer
        let registry = writer.state.registry
        let store = KeyCopyStore(layout: writer.layout)
        for caseID in try store.folders().sorted() where content.erasures[caseID] == nil {
            let members = writer.members(ofCase: caseID, authority: authority).subtracting(revoked)
            var holders = members.sorted().compactMap { id in
                registry.actors[id].map { (KeyHolder.actor(id), rotated[id] ?? $0.encryptionKey) }
            }
            if let recovery = registry.recoveryKey { holders.append((.recovery, recovery)) }
            let copies = try store.copies(in: caseID)
            let leaving = copies.filter { copy in !holders.contains { $0.0 == copy.holder && $0.1 == copy.holderKey } }
            guard !leaving.isEmpty else { continue }
            let epoch = (copies.map(\.epoch).max() ?? -1) + 1
            epochs.append(NewEpoch(caseID: caseID, key: StreamKey(epoch: epoch), holders: holders))
            for copy in leaving {
                let stillMember = holders.contains { $0.0 == copy.holder }
                let removal = KeyCopyIntent.Removal(folder: caseID, holder: copy.holder, sealedTo: stillMember ? copy.holderKey : nil)
                if !removals.contains(removal) { removals.append(removal) }
            }
        }
    }
}
