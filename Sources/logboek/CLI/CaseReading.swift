import Ledger
import Meldcode

/// What the case commands read from a logbook: the profile history and the actors' roles, and each case
/// folded from its own events alone, which the writer's saved state finds in the log (so a command reads
/// the cases it shows, not the whole log, and holds one case at a time).
struct CaseReading {
    /// The logbook, opened under the writers' lock so that the saved state is brought up to date.
    private let writer: LogWriter
    /// The profiles the logbook adopted.
    let profiles: ProfileHistory
    /// Each actor's roles.
    let actorRoles: [String: Set<Role>]

    /// Opens the logbook named by the arguments.
    /// - Throws: ``LedgerError`` for a missing or damaged log, ``ProfileError`` for an adoption that does not read.
    static func read(_ arguments: ParsedArguments, _ context: Context) throws -> CaseReading {
        let writer = try Signer.openWriter(arguments, context)
        return CaseReading(
            writer: writer, profiles: try ProfileHistory(adoptedIn: writer),
            actorRoles: writer.state.registry.actors.mapValues { Set($0.profile.roles) })
    }

    /// The last seq `--as-of` may name, or `nil` for an empty log.
    var lastSeq: Int? { writer.state.nextSeq > 0 ? writer.state.nextSeq - 1 : nil }

    /// The ids of the streams `case/<id>`, sorted.
    func caseIDs() throws -> [String] { try writer.streams().compactMap(CaseStream.caseID).sorted() }

    /// One case as of a seq, judged on a day under the profile in force at that seq.
    /// - Returns: The snapshot, or `nil` if the case was not opened by then.
    func snapshot(of id: String, asOf seq: Int? = nil, on day: CalendarDay) throws -> CaseSnapshot? {
        guard let last = seq ?? lastSeq, last >= 0 else { return nil }
        return try snapshot(of: id, through: RecordedEvent(try writer.event(atSeq: last)), on: day)
    }

    /// Every case as of a seq, judged on a day, handed to `body` one at a time in the order of their ids.
    func forEachSnapshot(asOf seq: Int? = nil, on day: CalendarDay, _ body: (CaseSnapshot) throws -> Void) throws {
        guard let last = seq ?? lastSeq, last >= 0 else { return }
        let marker = RecordedEvent(try writer.event(atSeq: last))
        for id in try caseIDs() {
            if let snapshot = try snapshot(of: id, through: marker, on: day) { try body(snapshot) }
        }
    }

    /// The events of one case, in log order.
    func events(ofCase id: String) throws -> [RecordedEvent] {
        try writer.events(inStream: CaseStream.name(of: id)).map(RecordedEvent.init)
    }

    /// The case folded from its events up to `marker`, the event it is judged as of (of any stream).
    private func snapshot(of id: String, through marker: RecordedEvent, on day: CalendarDay) throws -> CaseSnapshot? {
        var events = try events(ofCase: id).filter { $0.seq < marker.seq }
        events.append(marker)
        return CaseReplay.snapshots(in: events, profiles: profiles, actorRoles: actorRoles, on: day).first { $0.state.id == id }
    }

    /// The last seq the arguments name: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY`
    /// (`-1` when nothing was recorded by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    func asOf(_ arguments: ParsedArguments) throws -> Int? {
        if let day = try Self.day(arguments, "known-on") {
            guard arguments.value("as-of") == nil else {
                throw UsageError(message: "give --as-of SEQ or --known-on DAY, not both", command: arguments.spec.name)
            }
            return try LogPrefix.lastSeq(knownOn: day, count: writer.state.nextSeq) { seq in try writer.event(atSeq: seq).header.recordedAt }
                ?? -1
        }
        guard let seq = try arguments.count("as-of") else { return nil }
        guard let last = lastSeq, seq <= last else {
            throw UsageError(message: "--as-of \(seq) lies beyond the log, whose last seq is \(lastSeq.map(String.init) ?? "none")", command: arguments.spec.name)
        }
        return seq
    }

    /// The day the arguments judge on: `--on DAY`, else `--known-on DAY`, else the day of the `--as-of` event, else today.
    /// - Throws: ``UsageError`` for a day that does not read.
    func day(_ arguments: ParsedArguments, asOf seq: Int?) throws -> CalendarDay {
        if let day = try Self.day(arguments, "on") ?? Self.day(arguments, "known-on") { return day }
        if let seq, seq >= 0 { return CalendarDay(try writer.event(atSeq: seq).header.recordedAt) }
        return CalendarDay(SystemClock().now())
    }

    /// The day an option names, if given.
    private static func day(_ arguments: ParsedArguments, _ option: String) throws -> CalendarDay? {
        guard let text = arguments.value(option) else { return nil }
        guard let day = CalendarDay(text) else {
            throw UsageError(message: "--\(option) takes a day written YYYY-MM-DD, not '\(text)'", command: arguments.spec.name)
        }
        return day
    }
}
