import Ledger

/// One command's or one web request's way into the cases (the one read path): it holds the writer's lock for
/// its whole life, reads the profiles, the erasures and the actors' roles once, opens and decrypts each case
/// it is asked for once (through ``CaseContent``), and puts what it showed on the record once
/// (``recordViews(command:)``). Reads, replays, reports and the checked append all go through it, so the command
/// line and the web application only parse, call and render.
public final class CaseSession {
    /// The logbook's writer, holding its lock.
    public let writer: LogWriter
    /// The reader's actor id.
    public let reader: String
    /// The profiles the logbook adopted.
    public let profiles: ProfileHistory
    /// Each actor's roles.
    public let actorRoles: [String: Set<Role>]
    /// The reader's path to case content.
    public let content: CaseContent
    /// What the reader showed of each case so far, for `case.viewed`.
    var shown: [String: ShownRecords] = [:]
    /// The sealed per-case summaries listings read.
    let summaries: CaseSummaries
    /// The cases a listing showed from their summaries, with the last seq each one's stored summary covers, for
    /// ``ListedReads`` once the listing's reads are appended.
    var listed: [String: Int] = [:]
    /// The reads of earlier listings that the stored summaries do not cover yet (see ``ListedReads``), read once.
    lazy var listedReads: [String: [Int]] = ListedReads(layout: writer.layout).read(registry: writer.state.registry)
    let keys: ActorKeys
    let clock: any WallClock

    /// Opens a session on a writer, reading as an actor with their keys.
    /// - Parameters:
    ///   - writer: The logbook's writer (the session holds its lock until it is dropped).
    ///   - reader: The reader's actor id.
    ///   - keys: The reader's private keys (their encryption key opens their copies of case keys).
    ///   - clock: The clock that dates reads and appends.
    /// - Throws: ``ProfileError`` for an adoption that does not read, ``LedgerError`` if stream `logbook` cannot be read.
    public init(writer: LogWriter, reader: String, keys: ActorKeys, clock: any WallClock) throws {
        self.writer = writer
        self.reader = reader
        self.keys = keys
        self.clock = clock
        profiles = try ProfileHistory(adoptedIn: writer)
        actorRoles = writer.state.registry.actors.mapValues { Set($0.profile.roles) }
        content = try CaseContent(writer: writer, holder: .actor(reader), secret: keys.encryption, rule: profiles.current.access)
        summaries = CaseSummaries(layout: writer.layout, profiles: profiles, actorRoles: actorRoles)
    }

    /// The last seq of the log, or `nil` for an empty log.
    public var lastSeq: Int? { writer.state.nextSeq > 0 ? writer.state.nextSeq - 1 : nil }

    /// The ids of the streams `case/<id>`, sorted.
    /// - Throws: ``LedgerError`` if the saved state cannot be read.
    public func caseIDs() throws -> [String] { try writer.streams().compactMap(CaseStream.caseID).sorted() }

    /// The events of one case, in log order, with their content; noted as shown in full.
    /// - Parameter id: The case id.
    /// - Throws: As ``CaseContent/events(ofCase:)``.
    public func events(ofCase id: String) throws -> [RecordedEvent] {
        let events = try content.events(ofCase: id)
        if let last = events.last?.seq { shown[id] = .through(last) }
        return events
    }

    /// One case as of a seq, judged on a day under the profile in force at that seq; noted as shown.
    /// - Parameters:
    ///   - id: The case id.
    ///   - seq: The last seq to fold (default: the log's last).
    ///   - day: The day deadlines are judged on.
    /// - Returns: The snapshot, or `nil` if the case was not opened by then.
    /// - Throws: ``MeldcodeError`` (`case-erased`), ``LedgerError/noAccess(stream:actor:)`` for a non-member.
    public func snapshot(of id: String, asOf seq: Int? = nil, on day: CalendarDay) throws -> CaseSnapshot? {
        guard let last = seq ?? lastSeq, last >= 0 else { return nil }
        guard try writer.version(of: CaseStream.name(of: id)) > 0 else { return nil }
        return try snapshot(of: id, through: last, on: day)
    }

    /// Every case as of a seq the reader may read, judged on a day, handed to `body` one at a time in the order of
    /// their ids; erased cases, and cases the reader is not a member of, go to `skipped`. Each case's keys are let
    /// go of once it is handed over (a listing holds one case at a time).
    /// - Throws: What `body` throws, or ``LedgerError`` if the log cannot be read.
    public func forEachSnapshot(
        asOf seq: Int? = nil, on day: CalendarDay, skipped: (SkippedCase) -> Void = { _ in }, _ body: (CaseSnapshot) throws -> Void
    ) throws {
        guard let last = seq ?? lastSeq, last >= 0 else { return }
        for id in try caseIDs() {
            try list(id, skipped: skipped) {
                defer { content.forget(case: id) }
                if let snapshot = try snapshot(of: id, through: last, on: day) { try body(snapshot) }
            }
        }
    }

    /// One case of a listing: `show` runs unless the case was erased (later than the moment shown too: a replay of an
    /// earlier day cannot open content whose keys are gone); an erased case, one the reader does not read or holds no
    /// key of yet, and one whose content does not open go to `skipped`.
    /// - Throws: What `show` throws beyond those.
    func list(_ id: String, skipped: (SkippedCase) -> Void, _ show: () throws -> Void) throws {
        if let erasure = content.erasures[id] { return skipped(.erased(id, erasure)) }
        do {
            try show()
        } catch LedgerError.noAccess {
            skipped(.noAccess(id))
        } catch LedgerError.keyNotShared {
            skipped(.keyNotShared(id))
        } catch let error as LedgerError {
            guard case .unreadablePayload = error else { throw error }
            skipped(.unreadable(id, error.message))
        }
    }

    /// Checks drafts as the next events of the log, signed by the reader, through the cases this session already
    /// opened (see ``CheckedAppend``); nothing is written until the caller appends.
    /// - Parameter drafts: The events to record, in order.
    /// - Throws: What ``CheckedAppend`` throws.
    public func checkedAppend(_ drafts: [EventDraft]) throws -> CheckedAppend {
        try CheckedAppend(drafts, writer: writer, author: reader, keys: keys, now: clock.now(), content: content)
    }

    /// The case folded from its events up to `last` (of any stream), judged on a day.
    func snapshot(of id: String, through last: Int, on day: CalendarDay) throws -> CaseSnapshot? {
        var events = try content.events(ofCase: id).filter { $0.seq <= last }
        guard let shownLast = events.last?.seq else { return nil }
        shown[id] = .through(shownLast)
        if shownLast != last {
            // Only its header, read once per session however many cases are judged at it.
            let marker = try writer.header(atSeq: last)
            events.append(RecordedEvent(
                seq: last, recordedAt: marker.recordedAt, author: marker.author, type: "log.position",
                stream: RegistryEvent.stream, payload: [:]))
        }
        return CaseReplay.snapshots(in: events, profiles: profiles, actorRoles: actorRoles, on: day).first { $0.state.id == id }
    }
}
