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
    /// The log's events as the meldcode folded them to admit the drafts (empty when no draft is a meldcode event).
    let events: [RecordedEvent]

    /// Opens the signer's key and the writer, and checks `drafts` as the next events of the log: a profile
    /// adoption by an active administrator, meldcode events against the cases, everything against the ledger.
    /// - Throws: ``ProfileError`` for a refused adoption, ``MeldcodeError`` if the meldcode refuses a draft,
    ///   ``LedgerError`` if the ledger does.
    init(_ drafts: [EventDraft], _ arguments: ParsedArguments, _ context: Context) throws {
        signer = try Signer.load(arguments, context)
        writer = try Signer.openWriter(arguments, context)
        for draft in drafts where draft.type == ProfileAdoption.eventType {
            _ = try ProfileAdoption.validate(draft, author: signer.actor, registry: writer.state.registry)
        }
        events = try Self.admit(drafts, author: signer.actor, registry: writer.state.registry, nextSeq: writer.state.nextSeq, arguments, context)
        try writer.check(drafts, author: signer.actor, signingKey: signer.key)
    }

    /// Appends the checked drafts as one durable batch.
    /// - Returns: The sealed events.
    func append(_ drafts: [EventDraft]) throws -> [Event] {
        try writer.append(drafts, author: signer.actor, signingKey: signer.key)
    }

    /// Folds the log into a casebook and admits the drafts one after the other at their future seqs;
    /// skipped when no draft is a meldcode event or in a case stream.
    /// - Returns: The log's events as folded.
    private static func admit(
        _ drafts: [EventDraft], author: String, registry: ActorRegistry, nextSeq: Int, _ arguments: ParsedArguments, _ context: Context
    ) throws -> [RecordedEvent] {
        let catalogue = EventCatalogue.standard
        guard drafts.contains(where: { catalogue.definition(of: $0.type) != nil || CaseStream.caseID(of: $0.stream) != nil }) else {
            return []
        }
        var events = [RecordedEvent]()
        var adoptions = [Event]()
        _ = try LogbookReading.read(arguments, context) { event in
            events.append(RecordedEvent(event))
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
        }
        let rights = RecordingRights(
            actorRoles: registry.actors.mapValues { Set($0.profile.roles) }, profile: try ProfileHistory(adoptions).current)
        var casebook = Casebook(events, rights: rights)
        let now = SystemClock().now()
        for (index, draft) in drafts.enumerated() {
            try casebook.record(draft, seq: nextSeq + index, author: author, at: now)
        }
        return events
    }
}
