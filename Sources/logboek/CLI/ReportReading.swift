import Ledger
import Meldcode

/// What a report is made from, read from a logbook in one verified pass: the case as of a seq, the
/// school and its actors, the case's stored events with their authors' keys, and the log's leaves.
struct ReportReading {
    /// The case as of the report's seq.
    let snapshot: CaseSnapshot
    /// The profiles the logbook adopted.
    let profiles: ProfileHistory
    /// The actors and the organisation, as the log ends.
    let registry: ActorRegistry
    /// The case's stored events by seq (for evidence bundles).
    let caseEvents: [Int: Event]
    /// The key each case event's author signed with, by seq.
    let authorKeys: [Int: PublicKey]
    /// The hashes of every event of the log, in order (the leaves of its Merkle tree).
    let leaves: [[UInt8]]
    /// The log's last seq and its hash.
    let head: (seq: Int, hash: String)
    /// The case's events with their content, by seq.
    let contents: [Int: RecordedEvent]
    /// Whether the profile in force records reads (`case.viewed`).
    let recordsViews: Bool

    /// Reads and verifies the logbook, then folds the case as of `--as-of`, or as of the end of `--known-on` where the
    /// command takes it.
    /// - Throws: ``LedgerError/damagedLog(_:)`` when the log does not verify (no report is made from a
    ///   damaged log), ``ReportError/caseNotFound(_:)``, ``UsageError`` for a bad `--as-of` or `--known-on`.
    static func read(case id: String, as reader: Signer, _ arguments: ParsedArguments, _ context: Context) throws -> ReportReading {
        var adoptions = [Event](), leaves = [[UInt8]](), moments = [Timestamp]()
        var caseEvents = [Int: Event](), authorKeys = [Int: PublicKey]()
        var follower = ActorRegistry()
        var followFailure: VerifyFailure?
        let stream = CaseStream.name(of: id)
        let report = try Verifier(rules: CaseAuthority()).verify(logAt: context.layout(arguments).log, onEvent: { event in
            leaves.append(event.hash)
            moments.append(event.header.recordedAt)
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
            do throws(VerifyFailure) {
                let key = try follower.follow(event)
                if event.header.stream == stream { (caseEvents[event.header.seq], authorKeys[event.header.seq]) = (event, key) }
            } catch { followFailure = followFailure ?? error }
        })
        if let failure = report.failure ?? followFailure { throw LedgerError.damagedLog(failure) }
        guard let state = report.state, !leaves.isEmpty, !caseEvents.isEmpty else { throw ReportError.caseNotFound(id) }
        let last = leaves.count - 1
        let events = try CaseReading.events(ofCase: id, as: reader, arguments, context)
        let profiles = try ProfileHistory(adoptions)
        let snapshot = CaseReplay.snapshot(
            of: id, in: events, asOf: try Self.asOf(arguments, moments: moments), profiles: profiles,
            actorRoles: state.registry.actors.mapValues { Set($0.profile.roles) })
        guard let snapshot else { throw ReportError.caseNotFound(id) }
        return ReportReading(
            snapshot: snapshot, profiles: profiles, registry: state.registry, caseEvents: caseEvents, authorKeys: authorKeys, leaves: leaves,
            head: (last, state.headHashHex), contents: Dictionary(uniqueKeysWithValues: events.map { ($0.seq, $0) }),
            recordsViews: profiles.current.access.recordViews)
    }

    /// The report's input, stating the checkpoint its evidence refers to, if any.
    func input(checkpoint: Checkpoint?, verifierKey: String? = nil) -> ReportInput {
        ReportInput(
            snapshot: snapshot, organisation: registry.organisation ?? "", actors: registry.actors.mapValues { $0.profile },
            hashes: caseEvents.mapValues(\.hashHex), closedToParents: profiles.profile(asOf: snapshot.asOf).closedToParents,
            integrity: IntegrityStatement(
                verifiedThrough: head.seq, headHash: head.hash, checkpointSize: checkpoint?.size,
                checkpointRoot: checkpoint.map { Base64.encode($0.root) }, verifierKey: verifierKey),
            profiles: profiles)
    }

    /// The last seq the arguments name (`-1` when nothing was recorded by the end of `--known-on`), else the log's last.
    private static func asOf(_ arguments: ParsedArguments, moments: [Timestamp]) throws -> Int {
        try CaseReading.asOf(arguments, count: moments.count) { moments[$0] } ?? moments.count - 1
    }
}
