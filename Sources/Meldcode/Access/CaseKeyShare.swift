import Ledger

/// The case keys a batch's new coordinators get: an actor enrolled in a coordinating role, or the holders of a role an
/// adopted profile makes coordinating, are members of every case from then on. Each case whose keys the signer holds
/// is sealed to them before the batch is appended (with the rest of its key work, see ``CaseKeyPlan``), so that they
/// read it at once; a case the signer does not read is sealed to them at the next read by one of its members.
struct CaseKeyShare {
    /// One case's keys and the new coordinators to seal them to.
    struct Copies {
        /// The case.
        let caseID: String
        /// Its keys, every epoch the signer holds.
        let keys: [StreamKey]
        /// The new coordinators, with the public key to seal to.
        let holders: [(KeyHolder, EncryptionPublicKey)]
    }

    /// The copies to write, by case.
    private(set) var copies: [Copies] = []

    /// Plans the copies a batch's new coordinators need.
    /// - Parameters:
    ///   - drafts: The batch.
    ///   - content: The signer's path to case content (the log as it stands before the batch).
    /// - Throws: ``LedgerError`` if a key copy cannot be read, or for an adopted profile whose access rule does not read.
    init(_ drafts: [EventDraft], content: CaseContent) throws {
        let registry = content.writer.state.registry
        let authority = try content.authority.adopting(profilesIn: drafts)
        let enrolled = drafts.compactMap { draft -> ActorProfile? in
            guard case .actorEnrolled(let profile)? = RegistryEvent(draft: draft) else { return nil }
            return profile
        }
        var holders = enrolled.filter { authority.coordinates(roles: $0.roles) }.map { (KeyHolder.actor($0.id), $0.encryptionKey) }
        for (id, actor) in registry.actors.sorted(by: { $0.key < $1.key })
        where actor.isActive && authority.coordinates(id, in: registry) && !content.authority.coordinates(id, in: registry) {
            holders.append((.actor(id), actor.encryptionKey))
        }
        guard !holders.isEmpty else { return }
        for caseID in try KeyCopyStore(layout: content.writer.layout).folders().sorted() where content.erasures[caseID] == nil {
            guard let keys = try? content.caseKeys(ofCase: caseID), !keys.isEmpty else { continue }
            copies.append(Copies(caseID: caseID, keys: keys, holders: holders))
        }
    }
}
