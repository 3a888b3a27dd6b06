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
    private let author: String
    private let signingKey: SigningKey

    /// Checks `drafts` as the next events of the writer's log, signed by `author`.
    /// - Parameters:
    ///   - drafts: The events to record, in order.
    ///   - writer: The logbook's writer.
    ///   - author: The signer's actor id.
    ///   - signingKey: The signer's private key.
    ///   - now: The moment of recording, for dates that may not lie ahead.
    ///   - checkingLedgerNow: With `false` the ledger's check is left to the append, which refuses the same
    ///     drafts before writing any of them: enough when they are appended in one call (it spares folding
    ///     them twice).
    /// - Throws: ``ProfileError`` for a refused adoption, ``MeldcodeError`` if the meldcode refuses a draft,
    ///   ``LedgerError`` if the ledger does (`not-authorised` for a non-administrator in stream `logbook`).
    public init(
        _ drafts: [EventDraft], writer: LogWriter, author: String, signingKey: SigningKey, now: Timestamp, checkingLedgerNow: Bool = true
    ) throws {
        self.writer = writer
        self.author = author
        self.signingKey = signingKey
        for draft in drafts { try Self.authorise(draft, author: author, registry: writer.state.registry) }
        events = try Self.admit(drafts, author: author, writer: writer, now: now)
        if checkingLedgerNow { try writer.check(drafts, author: author, signingKey: signingKey) }
    }

    /// Appends checked drafts (all of them, or the next group of them) as one durable batch.
    /// - Parameter drafts: Drafts that were checked, in order.
    /// - Returns: The sealed events.
    /// - Throws: ``LedgerError`` if the write fails.
    public func append(_ drafts: [EventDraft]) throws -> [Event] {
        try writer.append(drafts, author: author, signingKey: signingKey)
    }

    /// Folds the cases the drafts go into (read through the writer's saved state, not the whole log) into a
    /// casebook, with the recording rights of the actors' roles under the profile in force, and admits the
    /// drafts one after the other at their future seqs; skipped when no draft is a meldcode event or in a case
    /// stream.
    /// - Returns: The events of those cases as folded.
    private static func admit(_ drafts: [EventDraft], author: String, writer: LogWriter, now: Timestamp) throws -> [RecordedEvent] {
        let catalogue = EventCatalogue.standard
        guard drafts.contains(where: { catalogue.definition(of: $0.type) != nil || $0.stream.hasPrefix(CaseStream.prefix) }) else {
            return []
        }
        let events = try caseEvents(inStreams: Set(drafts.lazy.map(\.stream)), writer: writer)
        var casebook = Casebook(events, rights: try recordingRights(writer))
        for (index, draft) in drafts.enumerated() {
            try casebook.record(draft, seq: writer.state.nextSeq + index, author: author, at: now)
        }
        return events
    }

    /// Checks the rules of stream `logbook` the ledger leaves to the meldcode: a profile adoption only by an
    /// active administrator with a valid profile, any other non-registry event there only by an active
    /// administrator. Drafts in other streams pass.
    /// - Throws: ``ProfileError`` for a refused adoption, ``LedgerError`` (`not-authorised`) otherwise.
    static func authorise(_ draft: EventDraft, author: String, registry: ActorRegistry) throws {
        guard draft.stream == RegistryEvent.stream, !RegistryEvent.isRegistryType(draft.type) else { return }
        if draft.type == ProfileAdoption.eventType {
            _ = try ProfileAdoption.validate(draft, author: author, registry: registry)
        } else if registry.actors[author]?.isActiveAdministrator != true {
            throw LedgerError.refused(
                .notAuthorised, "only an active administrator writes \(draft.type) to stream 'logbook'; '\(author)' is not one")
        }
    }

    /// The events of those of `streams` that are case streams, in log order, as the meldcode reads them.
    static func caseEvents(inStreams streams: Set<String>, writer: LogWriter) throws -> [RecordedEvent] {
        try streams.filter { $0.hasPrefix(CaseStream.prefix) }.flatMap { try writer.events(inStream: $0) }
            .sorted { $0.header.seq < $1.header.seq }.map(RecordedEvent.init)
    }

    /// The recording rights of the log's actors under the profile in force.
    static func recordingRights(_ writer: LogWriter) throws -> RecordingRights {
        RecordingRights(
            actorRoles: writer.state.registry.actors.mapValues { Set($0.profile.roles) }, profile: try ProfileHistory(adoptedIn: writer).current)
    }
}
