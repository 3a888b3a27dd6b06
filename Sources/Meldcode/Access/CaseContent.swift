import Ledger
import Sodium

/// The one path through which case content is read (docs/DOMAIN.md, "Privacy: sealed case content"): each case stream's payloads are
/// sealed, and open only with the case keys sealed to the reader, who must be a member of the case now. A
/// reader of an erased case is told it was erased; a non-member is told only that they hold no access. On the
/// way the copies of every opened case are completed for its members (those enrolled or granted since, or
/// whose key was rotated) and the recovery key.
public final class CaseContent {
    /// The logbook's writer, holding its lock.
    public let writer: LogWriter
    /// Who reads: an actor, or the recovery key.
    public let holder: KeyHolder
    /// The erased cases, by id.
    public let erasures: [String: CaseErasure]
    /// The access rule of the profile in force.
    public let rule: AccessRule
    /// The authority table as the log stands: who coordinates, the grants and withdrawals of every case.
    public let authority: CaseAuthority
    private let secret: EncryptionKey?
    private let copies: CaseKeyCopies
    private var keyrings: [String: StreamKeyring] = [:]
    /// Guarded memory for every case key this path opens: one region per many keys, not one per key (see
    /// ``SymmetricKeyArena``), so that a listing may hold the keys of thousands of cases.
    private let arena = SymmetricKeyArena()
    /// The keys of each case opened so far, after checking the reader may read it; held while the log has not grown
    /// since (``heldAt``), so that a listing opens each case's key once for its summary and for sealing its read.
    private var heldKeys: [String: [StreamKey]] = [:]
    /// The log's next seq when ``heldKeys`` were opened: any append (a new epoch, a withdrawal) lets go of them.
    private var heldAt = -1
    /// Each case's events as opened, read once per command (and again only once the case has grown).
    private var opened: [String: [RecordedEvent]] = [:]
    /// How many times each case's events were read from the log and opened, for the one-read-path tests.
    public private(set) var reads: [String: Int] = [:]
    /// How many times the reader's copies of each case's keys were opened (an X25519 opening each), for the
    /// one-read-path tests.
    public private(set) var keyOpenings: [String: Int] = [:]
    /// How many payloads of each case were decrypted, for the one-read-path tests.
    public private(set) var decryptions: [String: Int] = [:]

    /// Prepares to read cases as `holder`.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - holder: The reader.
    ///   - secret: The reader's X25519 secret key (`nil`: nothing sealed opens).
    ///   - rule: The access rule of the profile in force.
    /// - Throws: ``LedgerError`` if stream `logbook` cannot be read.
    public init(writer: LogWriter, holder: KeyHolder, secret: EncryptionKey?, rule: AccessRule) throws(LedgerError) {
        self.writer = writer
        self.holder = holder
        self.secret = secret
        self.rule = rule
        authority = try writer.caseAuthority()
        erasures = try CaseErasure.all(in: writer)
        let store = KeyCopyStore(layout: writer.layout)
        // An erasure in the log whose keys or summary are back (a restored backup) is finished here.
        let summaries = SealedSummaries(layout: writer.layout)
        for id in erasures.keys {
            if store.exists(id) { try store.destroy(id) } else if summaries.exists(id) { try summaries.remove(id) }
        }
        copies = CaseKeyCopies(store: store, registry: writer.state.registry)
    }

    /// The events of a case with their content, in log order.
    /// - Parameter id: The case id.
    /// - Returns: The events; none for a case never opened.
    /// - Throws: ``MeldcodeError`` (`case-erased`) for an erased case, ``LedgerError/noAccess(stream:actor:)`` for
    ///   a reader who is not a member, ``MeldcodeError`` (`payload-undecodable`) for an event whose payload lacks a
    ///   member its type requires, another ``LedgerError`` if the log or a key copy cannot be read.
    public func events(ofCase id: String) throws -> [RecordedEvent] { try events(ofCase: id, stored: nil) }

    /// The events of a case with their content, in log order, opened from its stored events as the caller already
    /// read them from this writer's log (a report's verifying pass), so that their lines are not read again.
    /// - Parameters:
    ///   - id: The case id.
    ///   - stored: Every event of the case, in log order; `nil`, or events that are not all of them, reads them from the log.
    /// - Throws: As ``events(ofCase:)``.
    public func events(ofCase id: String, stored: [Event]?) throws -> [RecordedEvent] {
        let version = try writer.version(of: CaseStream.name(of: id))
        guard version > 0 else { return [] }
        if let known = opened[id], known.count == version { return known }
        keyrings[id] = nil
        _ = try open(id, stored: stored?.count == version ? stored : nil)
        return opened[id] ?? []
    }

    /// One event with its content: a case event opened with its case's keys, any other as stored.
    /// - Parameter event: An event read from the log.
    /// - Throws: As ``events(ofCase:)``.
    public func recorded(_ event: Event) throws -> RecordedEvent {
        guard let id = CaseStream.caseID(of: event.header.stream), try SealedPayload(of: event) != nil else {
            return try RecordedEvent(decoding: event, content: event.payload)
        }
        let content = try keyring(ofCase: id).payload(of: event)
        decryptions[id, default: 0] += 1
        return try RecordedEvent(decoding: event, content: content)
    }

    /// The keys of a case the reader holds, after checking they may read it.
    /// - Parameter id: The case id.
    /// - Throws: As ``events(ofCase:)``.
    public func keyring(ofCase id: String) throws -> StreamKeyring {
        if let known = keyrings[id] { return known }
        return try open(id, stored: nil)
    }

    /// Opens a case: its keys, after checking the reader may read it, and its events (`stored`, else read from the log),
    /// each payload decrypted once.
    private func open(_ id: String, stored: [Event]?) throws -> StreamKeyring {
        let stream = CaseStream.name(of: id)
        let (keys, members) = try keys(ofCase: id)
        var keyring = StreamKeyring(holder: holder.name)
        keyring.add(keys, of: stream)
        let events = try (stored ?? writer.events(inStream: stream)).map { event in
            try RecordedEvent(decoding: event, content: keyring.payload(of: event))
        }
        decryptions[id, default: 0] += events.count
        try copies.complete(keys, ofCase: id, members: members)
        keyrings[id] = keyring
        opened[id] = events
        reads[id, default: 0] += 1
        return keyring
    }

    /// Seals the epochs of a case the reader holds to each member, under the key the registry holds for them now,
    /// where a current copy is missing; for right after a change of holders (``CaseRekey``), so that a rotated
    /// member reads the older epochs at once. Opens key copies only, no events; does nothing for a reader who is
    /// not a member now or holds no copy.
    /// - Parameter id: The case id.
    /// - Throws: ``LedgerError`` if a copy cannot be read or written.
    func resealCopies(ofCase id: String) throws {
        guard let secret, erasures[id] == nil else { return }
        let keys = try KeyCopyStore(layout: writer.layout).open(id, as: holder, with: secret)
        keyOpenings[id, default: 0] += 1
        guard !keys.isEmpty else { return }
        let authority = try writer.caseAuthority()
        let members = writer.members(ofCase: id, authority: authority)
        if case .actor(let actor) = holder, !members.contains(actor) { return }
        try CaseKeyCopies(store: KeyCopyStore(layout: writer.layout), registry: writer.state.registry).complete(keys, ofCase: id, members: members)
    }

    /// The keys of a case the reader holds, after checking from the log's headers alone (who opened it, the grants
    /// and withdrawals) that they may read it: no event of the case is read or opened; the keys are held (see
    /// ``forget(case:)``).
    /// - Parameter id: The case id.
    /// - Returns: The keys, any epochs.
    /// - Throws: As ``events(ofCase:)``.
    public func caseKeys(ofCase id: String) throws -> [StreamKey] {
        if let known = keyrings[id] { return known.keys(of: CaseStream.name(of: id)) }
        return try keys(ofCase: id).keys
    }

    /// The events of a case that admitting records of reads needs, as their headers show them (no payload is opened,
    /// each content left empty): the case's first event and those of `seqs` that are the case's. An event of another
    /// case is left out, so admission refuses a reference to it.
    /// - Parameters:
    ///   - id: The case id.
    ///   - seqs: The seqs the reads refer to.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public func headers(ofCase id: String, referredTo seqs: Set<Int>) throws(LedgerError) -> [RecordedEvent] {
        let stream = CaseStream.name(of: id)
        guard let first = try writer.firstHeader(inStream: stream) else { return [] }
        var headers = [first]
        for seq in seqs.sorted() where seq > first.seq && seq < writer.state.nextSeq {
            let header = try writer.header(atSeq: seq)
            if header.stream == stream { headers.append(header) }
        }
        return headers.map { RecordedEvent(seq: $0.seq, recordedAt: $0.recordedAt, author: $0.author, type: $0.type, stream: $0.stream, payload: [:]) }
    }

    /// Whether the reader's keys of a case are open in this session (the case was read in full and not let go of).
    /// - Parameter id: The case id.
    public func holdsKeys(ofCase id: String) -> Bool { keyrings[id] != nil }

    /// The keys of a case sealed to the reader and the case's members, checked from the headers.
    private func keys(ofCase id: String) throws -> (keys: [StreamKey], members: Set<String>) {
        if let erasure = erasures[id] { throw MeldcodeError.refused(.caseErased, "case \(id) was \(erasure.dutchLine)") }
        let stream = CaseStream.name(of: id)
        if heldAt != writer.state.nextSeq { (heldKeys, heldAt) = ([:], writer.state.nextSeq) }
        let keys = try heldKeys[id] ?? secret.map { secret throws(LedgerError) in
            keyOpenings[id, default: 0] += 1
            return try KeyCopyStore(layout: writer.layout).open(id, as: holder, with: secret, in: arena)
        } ?? []
        let members = writer.members(ofCase: id, authority: authority)
        if case .actor(let actor) = holder, !members.contains(actor) { throw LedgerError.noAccess(stream: stream, actor: actor) }
        if keys.isEmpty, case .actor(let actor) = holder { throw LedgerError.keyNotShared(stream: stream, actor: actor) }
        guard !keys.isEmpty else { throw LedgerError.noAccess(stream: stream, actor: holder.name) }
        heldKeys[id] = keys
        return (keys, members)
    }

    /// Lets go of a case's opened events and its keyring, for a command that reads many cases one after the other; its
    /// keys stay held in the arena (32 bytes of guarded memory each) until the log grows, for sealing its read.
    /// - Parameter id: The case id.
    public func forget(case id: String) {
        keyrings[id] = nil
        opened[id] = nil
    }

    /// The members of a case now.
    /// - Parameter id: The case id.
    /// - Throws: As ``events(ofCase:)``.
    public func members(ofCase id: String) throws -> Set<String> {
        _ = try events(ofCase: id)
        return writer.members(ofCase: id, authority: authority)
    }

    /// Who opened a case (the author of its first event, from its header), and its grants and withdrawals.
    /// - Parameter id: The case id.
    public func membership(ofCase id: String) -> CaseMembership {
        CaseMembership(ofCase: id, openedBy: writer.firstAuthor(of: CaseStream.name(of: id)), authority: authority)
    }
}
