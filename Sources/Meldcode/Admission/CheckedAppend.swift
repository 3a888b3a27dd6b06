import Ledger

/// The one checked way to append to a logbook: a profile adoption only by an active administrator, any
/// other event in stream `logbook` only by an active administrator (registry events keep the ledger's own
/// rules), every event in a case stream through the meldcode's admission against the cases as the log
/// holds them (types the meldcode does not know are refused there), and every event through the ledger's
/// checks. Nothing is written until every draft has passed.
public struct CheckedAppend {
    /// The writer, holding the logbook's lock.
    public let writer: LogWriter
    /// The log's events as the meldcode folded them to admit the drafts (empty when no draft needed it).
    public let events: [RecordedEvent]
    /// The author's path to case content, through which the drafts' cases were read.
    public let content: CaseContent
    private let author: String
    private let signingKey: SigningKey
    /// The batch's key work, planned before anything is written.
    let keys: CaseKeyPlan

    /// Checks `drafts` as the next events of the writer's log, signed by `author`.
    /// - Parameters:
    ///   - drafts: The events to record, in order.
    ///   - writer: The logbook's writer.
    ///   - author: The signer's actor id.
    ///   - keys: The signer's private keys: the signing key, and the encryption key that opens their copies of case keys.
    ///   - now: The moment of recording, for dates that may not lie ahead.
    ///   - checkingLedgerNow: With `false` the ledger's check is left to the append, which refuses the same
    ///     drafts before writing any of them: enough when they are appended in one call (it spares folding
    ///     them twice).
    ///   - content: The author's path to case content when the caller already holds one on this writer (its cases
    ///     are then not read twice); by default one is made.
    /// - Throws: ``ProfileError`` for a refused adoption, ``MeldcodeError`` if the meldcode refuses a draft,
    ///   ``LedgerError`` if the ledger does (`not-authorised` for a non-administrator in stream `logbook`,
    ///   `no-access` for a case the author does not read).
    public init(
        _ drafts: [EventDraft], writer: LogWriter, author: String, keys: ActorKeys, now: Timestamp, checkingLedgerNow: Bool = true,
        content: CaseContent? = nil
    ) throws {
        var folded = Folded(content: content)
        try self.init(drafts, writer: writer, author: author, keys: keys, now: now, checkingLedgerNow: checkingLedgerNow, folded: &folded)
    }

    /// The cases folded for admission, kept by ``BatchAppend`` from one group to the next so that each case is
    /// read from the log once per batch.
    struct Folded {
        /// The cases, with the drafts admitted so far recorded in them.
        var casebook = Casebook()
        /// The ids of the cases in ``casebook`` (read from the log, or opened by an admitted draft).
        var caseIDs: Set<String> = []
        /// The author's path to case content with the case keys it has read, while the drafts appended since it
        /// was made changed no access: none granted or withdrawn, nothing in stream `logbook` (actors, erasures,
        /// the profile's access rule).
        var content: CaseContent?

        /// Whether the path to case content stays true once `drafts` are appended.
        static func keepsAccess(_ drafts: [EventDraft]) -> Bool {
            !drafts.contains { $0.stream == RegistryEvent.stream }
        }
    }

    /// Checks `drafts` as ``init(_:writer:author:keys:now:checkingLedgerNow:content:)`` does, reading from the log only
    /// the cases that `folded` does not hold yet, and recording the drafts in `folded`. If this throws, or the
    /// drafts are not appended, `folded` no longer matches the log and must be dropped.
    init(
        _ drafts: [EventDraft], writer: LogWriter, author: String, keys: ActorKeys, now: Timestamp, checkingLedgerNow: Bool,
        folded: inout Folded
    ) throws {
        self.writer = writer
        self.author = author
        signingKey = keys.signing
        let registry = writer.state.registry
        for draft in drafts where draft.stream == RegistryEvent.stream && !RegistryEvent.isRegistryType(draft.type) {
            if draft.type == ProfileAdoption.eventType {
                _ = try ProfileAdoption.validate(draft, author: author, registry: registry)
            } else if !CaseAccess.isChange(draft), registry.actors[author]?.isActiveAdministrator != true {
                throw LedgerError.refused(
                    .notAuthorised, "only an active administrator writes \(draft.type) to stream 'logbook'; '\(author)' is not one")
            }
        }
        let profile = try ProfileHistory(adoptedIn: writer).current
        self.content = try folded.content ?? CaseContent(writer: writer, holder: .actor(author), secret: keys.encryption, rule: profile.access)
        folded.content = Folded.keepsAccess(drafts) ? self.content : nil
        events = try Self.admit(drafts, author: author, content: self.content, profile: profile, now: now, folded: &folded)
        self.keys = try CaseKeyPlan(drafts, author: author, content: self.content)
        if checkingLedgerNow { try writer.check(drafts, author: author, signingKey: signingKey, keyring: self.keys.keyring) }
    }

    /// Appends checked drafts (all of them, or the next group of them) as one durable batch: first the copies
    /// of case keys they need, then the events, their case content sealed; then the copies a withdrawal or an
    /// erasure ends are destroyed.
    /// - Parameter drafts: Drafts that were checked, in order.
    /// - Returns: The events as stored.
    /// - Throws: ``LedgerError`` if the write fails.
    public func append(_ drafts: [EventDraft]) throws -> [Event] {
        try withKeyWork { try writer.append(drafts, author: author, signingKey: signingKey, keyring: keys.keyring) }
    }

    /// Appends a checked registry event that gives an actor a new key (`actor.key_rotated`, `actor.enrolled`), and
    /// installs that key (see ``LogWriter/append(_:issuing:author:signingKey:)``), inside the batch's key work: a
    /// rotation starts a new epoch in every case the actor holds keys of (see ``CaseRekey``).
    /// - Parameters:
    ///   - event: The event, checked as the one draft of this append.
    ///   - key: The new key, sealed.
    /// - Returns: The event as stored.
    /// - Throws: ``LedgerError`` if the write fails.
    public func append(_ event: RegistryEvent, issuing key: SealedKey) throws -> Event {
        try withKeyWork { [try writer.append(event, issuing: key, author: author, signingKey: signingKey)] }[0]
    }

    /// Runs an append between the batch's key work: the copies written before it (taken back if it fails), the
    /// older epochs resealed and the ended copies removed after it.
    private func withKeyWork(_ append: () throws -> [Event]) throws -> [Event] {
        let intent = try keys.begin(writer)
        let appended: [Event]
        do {
            appended = try append()
        } catch {
            keys.undo(intent, writer)
            throw error
        }
        keys.reseal(content)
        try keys.finish(intent, writer)
        return appended
    }

    /// Folds the cases the drafts go into that `folded` does not hold yet (read through the author's path to
    /// case content, not the whole log) into its casebook, with the recording rights of the actors' roles under
    /// the profile in force, and admits the drafts one after the other at their future seqs; skipped when no
    /// draft is a meldcode event or in a case stream.
    /// - Returns: The events of the cases folded now.
    private static func admit(
        _ drafts: [EventDraft], author: String, content: CaseContent, profile: ProtocolProfile, now: Timestamp, folded: inout Folded
    ) throws -> [RecordedEvent] {
        let catalogue = EventCatalogue.standard
        guard drafts.contains(where: { catalogue.definition(of: $0.type) != nil || $0.stream.hasPrefix(CaseStream.prefix) }) else {
            return []
        }
        let writer = content.writer
        let newCaseIDs = Set(drafts.lazy.compactMap { CaseStream.caseID(of: $0.stream) }).subtracting(folded.caseIDs)
        let caseIDs = try newCaseIDs.filter { id in try writer.version(of: CaseStream.name(of: id)) > 0 }
        let draftsByStream = Dictionary(grouping: drafts, by: \.stream)
        let events = try caseIDs.flatMap { id in
            guard let seqs = readReferences(draftsByStream[CaseStream.name(of: id)] ?? [], now: now), !content.holdsKeys(ofCase: id) else {
                return try content.events(ofCase: id)
            }
            return try content.headers(ofCase: id, referredTo: seqs)
        }.sorted { $0.seq < $1.seq }
        folded.casebook.rights = RecordingRights(actorRoles: writer.state.registry.actors.mapValues { Set($0.profile.roles) }, profile: profile)
        for event in events { folded.casebook.apply(event) }
        folded.caseIDs.formUnion(newCaseIDs)
        for (index, draft) in drafts.enumerated() {
            try folded.casebook.record(draft, seq: writer.state.nextSeq + index, author: author, at: now)
        }
        return events
    }

    /// The seqs the drafts into one case refer to, when every one of them is the record of a read (`case.viewed`):
    /// admitting those asks only that the case was opened and that what they refer to is the case's, which the
    /// headers show, so a listing's reads of thousands of cases open none of their events. `nil` when any draft into
    /// the case records something else.
    private static func readReferences(_ into: [EventDraft], now: Timestamp) -> Set<Int>? {
        guard into.allSatisfy({ $0.type == EventType.caseViewed }), let definition = EventCatalogue.standard.definition(of: EventType.caseViewed.rawValue)
        else { return nil }
        return Set(into.flatMap { draft in (try? definition.validate(draft.payload, recordedAt: now))?.references.map(\.seq) ?? [] })
    }
}
