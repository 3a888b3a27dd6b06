import Ledger
import Meldcode

/// The one way every writing command checks drafts: open the signer's key, take the writer's lock,
/// admit meldcode drafts against the case fold of the log as it stands, then let the writer check the
/// rest. Nothing is written until every draft has passed.
struct CheckedAppend {
    /// The signer.
    let signer: Signer
    /// The writer, holding the logbook's lock.
    let writer: LogWriter
    /// The events of the drafts' cases as the meldcode folded them to admit the drafts (empty when no draft is a
    /// meldcode event).
    let events: [RecordedEvent]

    /// Opens the signer's key and the writer, and checks `drafts` as the next events of the log: a profile
    /// adoption by an active administrator, meldcode events against the cases, everything against the ledger.
    /// With `checkingLedgerNow` false the ledger's check is left to the append, which refuses the same drafts
    /// before writing any of them: enough when they are appended in one call (it spares folding them twice).
    /// - Throws: ``ProfileError`` for a refused adoption, ``MeldcodeError`` if the meldcode refuses a draft,
    ///   ``LedgerError`` if the ledger does.
    init(_ drafts: [EventDraft], _ arguments: ParsedArguments, _ context: Context, checkingLedgerNow: Bool = true) throws {
        signer = try Signer.load(arguments, context)
        writer = try Signer.openWriter(arguments, context)
        for draft in drafts where draft.type == ProfileAdoption.eventType {
            _ = try ProfileAdoption.validate(draft, author: signer.actor, registry: writer.state.registry)
        }
        events = try Self.admit(drafts, author: signer.actor, writer: writer)
        if checkingLedgerNow { try writer.check(drafts, author: signer.actor, signingKey: signer.key) }
    }

    /// Appends the checked drafts as one durable batch.
    /// - Returns: The sealed events.
    func append(_ drafts: [EventDraft]) throws -> [Event] {
        try writer.append(drafts, author: signer.actor, signingKey: signer.key)
    }

    /// Folds the cases the drafts go into (read through the writer's saved state, not the whole log) into a
    /// casebook and admits the drafts one after the other at their future seqs; skipped when no draft is a
    /// meldcode event or in a case stream.
    /// - Returns: The events of those cases as folded.
    private static func admit(_ drafts: [EventDraft], author: String, writer: LogWriter) throws -> [RecordedEvent] {
        let catalogue = EventCatalogue.standard
        guard drafts.contains(where: { catalogue.definition(of: $0.type) != nil || CaseStream.caseID(of: $0.stream) != nil }) else {
            return []
        }
        let caseStreams = Set(drafts.lazy.map(\.stream).filter { CaseStream.caseID(of: $0) != nil })
        let events = try caseStreams.flatMap { try writer.events(inStream: $0) }.sorted { $0.header.seq < $1.header.seq }
            .map(RecordedEvent.init)
        let adoptions = try writer.events(inStream: RegistryEvent.stream).filter { $0.header.type == ProfileAdoption.eventType }
        let rights = RecordingRights(
            actorRoles: writer.state.registry.actors.mapValues { Set($0.profile.roles) }, profile: try ProfileHistory(adoptions).current)
        var casebook = Casebook(events, rights: rights)
        let now = SystemClock().now()
        for (index, draft) in drafts.enumerated() {
            try casebook.record(draft, seq: writer.state.nextSeq + index, author: author, at: now)
        }
        return events
    }
}
