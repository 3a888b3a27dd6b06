import Ledger

/// What appending a batch does to the case keys, worked out before anything is written: the keys its case
/// events are sealed with, the copies to write and sync before the append (a new case's first key, a new
/// epoch after a withdrawal or a change of holders (see ``CaseRekey``), the keys a new member is given, a new
/// coordinator's copies of the cases already open (see ``CaseKeyShare``)), and
/// what to destroy after it (a withdrawn or departed holder's copies, every copy of an erased case).
struct CaseKeyPlan {
    /// The keys the batch's case events are sealed with: each case's newest epoch.
    private(set) var keyring: StreamKeyring
    private var copiesBefore: [(caseID: String, keys: [StreamKey], holders: [(KeyHolder, EncryptionPublicKey)])] = []
    /// The cases that got a new epoch because their holders changed.
    private(set) var rekeyedCases: [String] = []
    private var removalsAfter: [KeyCopyIntent.Removal] = []
    private var erasuresAfter: [String] = []

    /// Plans the key work of `drafts` signed by `author`.
    /// - Parameters:
    ///   - drafts: The batch, in order.
    ///   - author: Its signer.
    ///   - content: The author's path to case content (their keys).
    /// - Throws: ``MeldcodeError`` for a grant or withdrawal the rule does not allow, or an erasure of a case
    ///   that does not exist or is already erased; ``LedgerError/noAccess(stream:actor:)`` for a case the author
    ///   is not a member of.
    init(_ drafts: [EventDraft], author: String, content: CaseContent) throws {
        keyring = StreamKeyring(holder: author)
        let registry = content.writer.state.registry
        var opened = Set<String>()
        // The streams of cases whose keyrings are not open and whose drafts so far record reads (`case.viewed`): each
        // case's key is taken from the author's path to case content when its read is sealed (a listing's keys are
        // held there, opened once, many to a region of guarded memory), so the append holds no keyring per case.
        var openedWhenSealed = Set<String>()
        for draft in drafts {
            if draft.type == CaseErasure.eventType, draft.stream == RegistryEvent.stream {
                try planErasure(of: draft.payload.text(.case), content: content)
                continue
            }
            if CaseAccess.isChange(draft) {
                try planAccessChange(draft, author: author, content: content)
                continue
            }
            guard let id = CaseStream.caseID(of: draft.stream) else { continue }
            if draft.type == EventType.caseOpened {
                if let erasure = content.erasures[id] { throw MeldcodeError.refused(.caseErased, "case \(id) was \(erasure.dutchLine); choose another id") }
                guard try content.writer.version(of: draft.stream) == 0, !opened.contains(id) else {
                    throw MeldcodeError.refused(.caseAlreadyOpen, "case \(id) was opened before")
                }
                let key = StreamKey(epoch: 0)
                keyring.add([key], of: draft.stream)
                let coordinators = registry.actors.keys.filter { content.authority.coordinates($0, in: registry) }
                copiesBefore.append((id, [key], holders(of: Set(coordinators + [author]).filter { registry.actors[$0]?.isActive == true }, content)))
                opened.insert(id)
                continue
            }
            if !opened.contains(id), !keyring.opens(draft.stream) {
                if draft.type == EventType.caseViewed, !content.holdsKeys(ofCase: id) {
                    openedWhenSealed.insert(draft.stream)
                    continue
                }
                keyring.add(try content.keyring(ofCase: id).keys(of: draft.stream), of: draft.stream)
            }
        }
        try planRekey(drafts, author: author, content: content)
        for share in try CaseKeyShare(drafts, content: content).copies { copiesBefore.append((share.caseID, share.keys, share.holders)) }
        guard !openedWhenSealed.isEmpty else { return }
        let held = keyring
        let streams = openedWhenSealed
        keyring = StreamKeyring(holder: author) { stream throws(LedgerError) in
            if let key = held.current(of: stream) { return key }
            guard streams.contains(stream), let id = CaseStream.caseID(of: stream) else { return nil }
            do {
                return try content.caseKeys(ofCase: id).max { $0.epoch < $1.epoch }
            } catch let error as LedgerError {
                throw error
            } catch {
                throw .noAccess(stream: stream, actor: author)
            }
        }
    }

    /// Records the batch's key work (see ``KeyCopyIntent``), then writes and syncs every copy the batch needs,
    /// before it is appended.
    /// - Returns: The key work, to finish once the batch is in the log.
    /// - Throws: ``LedgerError`` if the intent or a copy cannot be written.
    func begin(_ writer: LogWriter) throws(LedgerError) -> KeyCopyIntent {
        let copies = CaseKeyCopies(store: KeyCopyStore(layout: writer.layout), registry: writer.state.registry)
        var missing = [CaseKeyCopies.Missing]()
        for planned in copiesBefore { missing += try copies.missing(planned.keys, ofCase: planned.caseID, holders: planned.holders) }
        var planned = [KeyCopyIntent.Copy]()
        for copy in missing {
            for (holder, _) in copy.holders { planned.append(KeyCopyIntent.Copy(folder: copy.caseID, epoch: copy.key.epoch, holder: holder)) }
        }
        let intent = KeyCopyIntent(seq: writer.state.nextSeq, copies: planned, removals: removalsAfter, destructions: erasuresAfter)
        guard !intent.isEmpty else { return intent }
        try copies.store.begin(intent)
        try copies.write(missing)
        return intent
    }

    /// Once the batch is in the log, and before ``finish(_:_:)`` removes anyone's copies: seals the older epochs
    /// of each case that got a new epoch to the members' keys now, where the signer holds them. Best effort: a
    /// member's next read of the case does the same.
    func reseal(_ content: CaseContent) {
        for id in rekeyedCases { try? content.resealCopies(ofCase: id) }
    }

    /// Removes withdrawn members' copies and destroys erased cases' keys, once the batch is in the log.
    /// - Returns: How many copies of erased cases were destroyed.
    @discardableResult
    func finish(_ intent: KeyCopyIntent, _ writer: LogWriter) throws(LedgerError) -> Int {
        intent.isEmpty ? 0 : try KeyCopyStore(layout: writer.layout).finish(intent)
    }

    /// Takes the copies back when the batch could not be appended.
    func undo(_ intent: KeyCopyIntent, _ writer: LogWriter) {
        if !intent.isEmpty { try? KeyCopyStore(layout: writer.layout).undo(intent) }
    }

    /// Plans a grant or a withdrawal (in stream `logbook`, naming its case) of a case opened before the batch.
    private mutating func planAccessChange(_ draft: EventDraft, author: String, content: CaseContent) throws {
        let id = try draft.payload.text(.case)
        let stream = CaseStream.name(of: id)
        guard CaseStream.caseID(of: stream) == id, try content.writer.version(of: stream) > 0 else {
            throw MeldcodeError.refused(.caseNotFound, "case \(id) was never opened; see `logboek case list`")
        }
        if let erasure = content.erasures[id] { throw MeldcodeError.refused(.caseErased, "case \(id) was \(erasure.dutchLine)") }
        if !keyring.opens(stream) { keyring.add(try content.keyring(ofCase: id).keys(of: stream), of: stream) }
        if draft.type == CaseAccess.grantType {
            try planGrant(draft, id: id, author: author, content: content)
        } else {
            try planWithdrawal(draft, id: id, author: author, content: content)
        }
    }

    private mutating func planGrant(_ draft: EventDraft, id: String, author: String, content: CaseContent) throws {
        let registry = content.writer.state.registry
        try requireCoordinator(author, content: content, doing: "grant access to")
        let actor = try draft.payload.text(.actor)
        guard registry.actors[actor]?.isActive == true else {
            throw MeldcodeError.refused(.accessUnchanged, "'\(actor)' is not an active actor of this logbook")
        }
        guard !(try content.members(ofCase: id)).contains(actor) else {
            throw MeldcodeError.refused(.accessUnchanged, "'\(actor)' already reads case \(id)")
        }
        copiesBefore.append((id, keyring.keys(of: CaseStream.name(of: id)), holders(of: [actor], content)))
    }

    private mutating func planWithdrawal(_ draft: EventDraft, id: String, author: String, content: CaseContent) throws {
        let registry = content.writer.state.registry
        try requireCoordinator(author, content: content, doing: "withdraw access to")
        let actor = try draft.payload.text(.actor)
        guard !content.authority.coordinates(actor, in: registry) else {
            throw MeldcodeError.refused(.accessUnchanged, "'\(actor)' reads every case by their role; change their role instead")
        }
        var members = try content.members(ofCase: id)
        guard members.remove(actor) != nil else {
            throw MeldcodeError.refused(.accessUnchanged, "'\(actor)' does not read case \(id)")
        }
        let stream = CaseStream.name(of: id)
        let key = StreamKey(epoch: (keyring.current(of: stream)?.epoch ?? -1) + 1)
        keyring.add([key], of: stream)
        copiesBefore.append((id, [key], holders(of: members, content)))
        removalsAfter.append(KeyCopyIntent.Removal(folder: id, holder: .actor(actor)))
    }

    /// Plans the new epochs of the cases whose holders the batch changes (see ``CaseRekey``); the signer seals the
    /// batch's later events in such a case with the new key if they remain a member.
    private mutating func planRekey(_ drafts: [EventDraft], author: String, content: CaseContent) throws {
        let rekey = try CaseRekey(drafts, content: content)
        for epoch in rekey.epochs {
            copiesBefore.append((epoch.caseID, [epoch.key], epoch.holders))
            if epoch.holders.contains(where: { $0.0 == .actor(author) }) { keyring.add([epoch.key], of: CaseStream.name(of: epoch.caseID)) }
            rekeyedCases.append(epoch.caseID)
        }
        removalsAfter += rekey.removals
    }

    private func holders(of members: Set<String>, _ content: CaseContent) -> [(KeyHolder, EncryptionPublicKey)] {
        CaseKeyCopies(store: KeyCopyStore(layout: content.writer.layout), registry: content.writer.state.registry).holders(members)
    }

    private mutating func planErasure(of id: String, content: CaseContent) throws {
        guard CaseStream.caseID(of: CaseStream.name(of: id)) == id, try content.writer.version(of: CaseStream.name(of: id)) > 0 else {
            throw MeldcodeError.refused(.caseNotFound, "case \(id) was never opened")
        }
        if let erasure = content.erasures[id] { throw MeldcodeError.refused(.caseErased, "case \(id) was already \(erasure.dutchLine)") }
        erasuresAfter.append(id)
    }

    private func requireCoordinator(_ author: String, content: CaseContent, doing what: String) throws {
        guard content.authority.coordinates(author, in: content.writer.state.registry) else {
            throw MeldcodeError.refused(.notACoordinator, "'\(author)' does not coordinate cases and cannot \(what) a case")
        }
    }
}
