import Ledger
import Meldcode

/// What the case commands read from a logbook: the profile history and the actors' roles, and each case
/// folded from its own events alone, which the writer's saved state finds in the log (so a command reads
/// the cases it shows, not the whole log, and holds one case at a time). Case content is sealed: it is read
/// as the actor `--as` names, through their keys, and only for the cases they are a member of; each case
/// read is put on the record as `case.viewed` when the command is done (unless the profile turns that off).
final class CaseReading {
    /// The logbook, opened under the writers' lock so that the saved state is brought up to date.
    private let writer: LogWriter
    /// The profiles the logbook adopted.
    let profiles: ProfileHistory
    /// Each actor's roles.
    let actorRoles: [String: Set<Role>]
    /// The reader and their keys.
    let reader: Signer
    /// The reader's path to case content.
    let content: CaseContent
    /// The last seq of each case's content shown so far, for `case.viewed`.
    private var shown: [String: Int] = [:]

    private init(writer: LogWriter, reader: Signer) throws {
        self.writer = writer
        self.reader = reader
        profiles = try ProfileHistory(adoptedIn: writer)
        actorRoles = writer.state.registry.actors.mapValues { Set($0.profile.roles) }
        content = try CaseContent(writer: writer, holder: .actor(reader.actor), secret: reader.encryptionKey, rule: profiles.current.access)
    }

    /// Opens the logbook named by the arguments, reading as the actor `--as` names (asking their passphrase).
    /// - Throws: ``UsageError`` without `--as`, ``LedgerError`` for a missing or damaged log or key,
    ///   ``ProfileError`` for an adoption that does not read.
    static func read(_ arguments: ParsedArguments, _ context: Context) throws -> CaseReading {
        guard arguments.value("as") != nil else {
            throw UsageError(
                message: "case content is sealed: give --as ID to read it as yourself (with your passphrase); only a case's members read it",
                command: arguments.spec.name)
        }
        let reader = try Signer.load(arguments, context)
        return try CaseReading(writer: try Signer.openWriter(arguments, context), reader: reader)
    }

    /// The events of one case with their content, read as `reader` (for guided entry, which then lets go of the
    /// logbook while it asks its questions); such a read for recording is not a view.
    static func events(ofCase id: String, as reader: Signer, _ arguments: ParsedArguments, _ context: Context) throws -> [RecordedEvent] {
        try CaseReading(writer: try Signer.openWriter(arguments, context), reader: reader).content.events(ofCase: id)
    }

    /// The last seq `--as-of` may name, or `nil` for an empty log.
    var lastSeq: Int? { writer.state.nextSeq > 0 ? writer.state.nextSeq - 1 : nil }

    /// The ids of the streams `case/<id>`, sorted.
    func caseIDs() throws -> [String] { try writer.streams().compactMap(CaseStream.caseID).sorted() }

    /// One case as of a seq, judged on a day under the profile in force at that seq.
    /// - Returns: The snapshot, or `nil` if the case was not opened by then.
    /// - Throws: ``MeldcodeError`` (`case-erased`), ``LedgerError/noAccess(stream:actor:)`` for a non-member.
    func snapshot(of id: String, asOf seq: Int? = nil, on day: CalendarDay) throws -> CaseSnapshot? {
        guard let last = seq ?? lastSeq, last >= 0 else { return nil }
        guard try writer.version(of: CaseStream.name(of: id)) > 0 else { return nil }
        return try snapshot(of: id, through: last, on: day)
    }

    /// Every case as of a seq the reader may read, judged on a day, handed to `body` one at a time in the order of
    /// their ids; erased cases, and cases the reader is not a member of, go to `skipped`.
    func forEachSnapshot(
        asOf seq: Int? = nil, on day: CalendarDay, skipped: (SkippedCase) -> Void = { _ in }, _ body: (CaseSnapshot) throws -> Void
    ) throws {
        guard let last = seq ?? lastSeq, last >= 0 else { return }
        for id in try caseIDs() {
            // Erased later than `last` too: the replay of an earlier day cannot open content whose keys are gone.
            if let erasure = content.erasures[id] {
                skipped(.erased(id, erasure))
                continue
            }
            defer { content.forget(case: id) }
            do {
                if let snapshot = try snapshot(of: id, through: last, on: day) { try body(snapshot) }
            } catch LedgerError.noAccess {
                skipped(.noAccess(id))
            } catch let error as LedgerError {
                guard case .unreadablePayload = error else { throw error }
                skipped(.unreadable(id, error.message))
            }
        }
    }

    /// The events of one case, in log order, with their content; noted as shown.
    func events(ofCase id: String) throws -> [RecordedEvent] {
        let events = try content.events(ofCase: id)
        shown[id] = events.last?.seq
        return events
    }

    /// Puts the reads of this command on the record: one `case.viewed` per case shown, naming the command and
    /// the seqs of the content it was computed from (unless the profile in force turns this off).
    /// - Throws: ``LedgerError`` if the append fails.
    func recordViews(_ arguments: ParsedArguments, _ context: Context) throws {
        guard profiles.current.access.recordViews, !shown.isEmpty else { return }
        let ids = shown.keys.sorted()
        // A listing of many cases records its reads a group at a time, so it never holds more than one group's
        // cases (their events and their keys) at once.
        for start in stride(from: 0, to: ids.count, by: Self.viewsPerAppend) {
            let group = ids[start..<min(start + Self.viewsPerAppend, ids.count)].compactMap { id in
                shown[id].map { Self.viewDraft(ofCase: id, through: $0, command: arguments.spec.name) }
            }
            let checked = try CheckedAppend(
                group, writer: writer, author: reader.actor, keys: reader.keys, now: SystemClock().now(), checkingLedgerNow: false, content: content)
            _ = try checked.append(group)
            for draft in group { CaseStream.caseID(of: draft.stream).map(content.forget) }
        }
        shown = [:]
    }

    /// How many cases' reads one append records.
    private static let viewsPerAppend = 64

    /// The `case.viewed` of a read that showed some of a case's records (a report): the command and their seqs, today.
    static func viewDraft(ofCase id: String, seqs: [Int], command: String) -> EventDraft {
        viewDraft(ofCase: id, command: command, shown: ["events": .array(seqs.map { .integer(Int64($0)) })])
    }

    /// The `case.viewed` of a read that showed every record of a case up to a seq: the command and that seq, today.
    static func viewDraft(ofCase id: String, through seq: Int, command: String) -> EventDraft {
        viewDraft(ofCase: id, command: command, shown: ["through": .integer(Int64(seq))])
    }

    private static func viewDraft(ofCase id: String, command: String, shown: [String: JSONValue]) -> EventDraft {
        EventDraft(type: "case.viewed", stream: CaseStream.name(of: id), payload: shown.merging([
            "command": .string(command), "viewedOn": .string(CalendarDay(SystemClock().now()).description),
        ]) { first, _ in first })
    }

    /// The case folded from its events up to `last` (of any stream), judged on a day.
    private func snapshot(of id: String, through last: Int, on day: CalendarDay) throws -> CaseSnapshot? {
        var events = try content.events(ofCase: id).filter { $0.seq <= last }
        guard !events.isEmpty else { return nil }
        shown[id] = events.last?.seq
        if events.last?.seq != last {
            let marker = try writer.event(atSeq: last)
            events.append(RecordedEvent(
                seq: last, recordedAt: marker.header.recordedAt, author: marker.header.author, type: "log.position",
                stream: RegistryEvent.stream, payload: [:]))
        }
        return CaseReplay.snapshots(in: events, profiles: profiles, actorRoles: actorRoles, on: day).first { $0.state.id == id }
    }

    /// The last seq the arguments name: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY`
    /// (`-1` when nothing was recorded by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    func asOf(_ arguments: ParsedArguments) throws -> Int? {
        try Self.asOf(arguments, count: writer.state.nextSeq) { seq in try writer.event(atSeq: seq).header.recordedAt }
    }

    /// The last seq the arguments name, in a log of `count` events recorded at `recordedAt(seq)`.
    /// - Returns: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY` (`-1` when nothing was recorded
    ///   by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    static func asOf(_ arguments: ParsedArguments, count: Int, recordedAt: (Int) throws -> Timestamp) throws -> Int? {
        if let day = try day(arguments, "known-on") {
            guard arguments.value("as-of") == nil else {
                throw UsageError(message: "give --as-of SEQ or --known-on DAY, not both", command: arguments.spec.name)
            }
            return try LogPrefix.lastSeq(knownOn: day, count: count, recordedAt: recordedAt) ?? -1
        }
        guard let seq = try arguments.count("as-of") else { return nil }
        guard seq < count else {
            throw UsageError(message: "--as-of \(seq) lies beyond the log, whose last seq is \(count > 0 ? String(count - 1) : "none")", command: arguments.spec.name)
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
