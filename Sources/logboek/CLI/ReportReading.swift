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

    /// Reads and verifies the logbook, then folds the case as of `asOf`, else `--as-of`.
    /// - Parameter asOf: The last seq, when the caller already resolved it (`-1`: nothing recorded yet).
    /// - Throws: ``LedgerError/damagedLog(_:)`` when the log does not verify (no report is made from a
    ///   damaged log), ``ReportError/caseNotFound(_:)``, ``UsageError`` for a bad `--as-of`.
    static func read(case id: String, _ arguments: ParsedArguments, _ context: Context, asOf: Int? = nil) throws -> ReportReading {
        var events = [RecordedEvent](), adoptions = [Event](), leaves = [[UInt8]]()
        var caseEvents = [Int: Event](), authorKeys = [Int: PublicKey]()
        var follower = ActorRegistry()
        var followFailure: VerifyFailure?
        let stream = CaseStream.name(of: id)
        let report = try Verifier().verify(logAt: context.layout(arguments).log, onEvent: { event in
            events.append(RecordedEvent(event))
            leaves.append(event.hash)
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
            do throws(VerifyFailure) {
                let key = try follower.follow(event)
                if event.header.stream == stream { (caseEvents[event.header.seq], authorKeys[event.header.seq]) = (event, key) }
            } catch { followFailure = followFailure ?? error }
        })
        if let failure = report.failure ?? followFailure { throw LedgerError.damagedLog(failure) }
        guard let state = report.state, let last = events.last?.seq else { throw ReportError.caseNotFound(id) }
        let profiles = try ProfileHistory(adoptions)
        let snapshot = CaseReplay.snapshot(
            of: id, in: events, asOf: try asOf ?? Self.asOf(arguments, last: last), profiles: profiles,
            actorRoles: state.registry.actors.mapValues { Set($0.profile.roles) })
        guard let snapshot else { throw ReportError.caseNotFound(id) }
        return ReportReading(
            snapshot: snapshot, profiles: profiles, registry: state.registry, caseEvents: caseEvents, authorKeys: authorKeys, leaves: leaves,
            head: (last, state.headHashHex))
    }

    /// The report's input, stating the checkpoint its evidence refers to, if any.
    func input(checkpoint: Checkpoint?) -> ReportInput {
        ReportInput(
            snapshot: snapshot, organisation: registry.organisation ?? "", actors: registry.actors.mapValues { $0.profile },
            hashes: caseEvents.mapValues(\.hashHex),
            integrity: IntegrityStatement(
                verifiedThrough: head.seq, headHash: head.hash, checkpointSize: checkpoint?.size,
                checkpointRoot: checkpoint.map { Base64.encode($0.root) }),
            profiles: profiles)
    }

    private static func asOf(_ arguments: ParsedArguments, last: Int) throws -> Int {
        guard let seq = try arguments.count("as-of") else { return last }
        guard seq <= last else {
            throw UsageError(message: "--as-of \(seq) lies beyond the log, whose last seq is \(last)", command: arguments.spec.name)
        }
        return seq
    }
}
