import Ledger
import Meldcode

/// What a report is made from, read from a logbook in one verified pass: the case as of a seq, the
/// school and its actors, the hashes and stored events of the case, and what was verified.
struct ReportReading {
    /// The input of the report.
    let input: ReportInput
    /// The case's stored events by seq (for evidence bundles).
    let caseEvents: [Int: Event]
    /// The hashes of every event of the log, in order (the leaves of its Merkle tree).
    let leaves: [[UInt8]]

    /// Reads and verifies the logbook, then folds the case as of `--as-of`.
    /// - Throws: ``LedgerError/damagedLog(_:)`` when the log does not verify (no report is made from a
    ///   damaged log), ``ReportError/caseNotFound(_:)``, ``UsageError`` for a bad `--as-of`.
    static func read(case id: String, _ arguments: ParsedArguments, _ context: Context) throws -> ReportReading {
        var events = [RecordedEvent]()
        var adoptions = [Event]()
        var caseEvents = [Int: Event]()
        var leaves = [[UInt8]]()
        let stream = CaseStream.name(of: id)
        let report = try Verifier().verify(logAt: context.layout(arguments).log, onEvent: { event in
            events.append(RecordedEvent(event))
            leaves.append(event.hash)
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
            if event.header.stream == stream { caseEvents[event.header.seq] = event }
        })
        if let failure = report.failure { throw LedgerError.damagedLog(failure) }
        guard let state = report.state, let last = events.last?.seq else { throw ReportError.caseNotFound(id) }
        let asOf = try Self.asOf(arguments, last: last)
        let registry = state.registry
        let snapshot = CaseReplay.snapshot(
            of: id, in: events, asOf: asOf, profiles: try ProfileHistory(adoptions), actorRoles: registry.actors.mapValues { Set($0.profile.roles) })
        guard let snapshot else { throw ReportError.caseNotFound(id) }
        let input = ReportInput(
            snapshot: snapshot, organisation: registry.organisation ?? "", actors: registry.actors.mapValues { $0.profile },
            hashes: caseEvents.mapValues(\.hashHex), integrity: IntegrityStatement(verifiedThrough: last, headHash: state.headHashHex))
        return ReportReading(input: input, caseEvents: caseEvents, leaves: leaves)
    }

    private static func asOf(_ arguments: ParsedArguments, last: Int) throws -> Int {
        guard let seq = try arguments.count("as-of") else { return last }
        guard seq <= last else {
            throw UsageError(message: "--as-of \(seq) lies beyond the log, whose last seq is \(last)", command: arguments.spec.name)
        }
        return seq
    }
}
