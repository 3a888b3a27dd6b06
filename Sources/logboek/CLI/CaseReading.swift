import Ledger
import Meldcode

/// What the case commands read from a logbook in one pass: every event as the meldcode folds it, the
/// profile history and the actors' roles; and from those, the cases judged on a day.
struct CaseReading {
    /// Every event of the log, in order.
    let events: [RecordedEvent]
    /// The profiles the logbook adopted.
    let profiles: ProfileHistory
    /// Each actor's roles.
    let actorRoles: [String: Set<Role>]

    /// Reads the logbook named by the arguments.
    /// - Throws: ``LedgerError`` for a missing or damaged log, ``ProfileError`` for an adoption that does not read.
    static func read(_ arguments: ParsedArguments, _ context: Context) throws -> CaseReading {
        var events = [RecordedEvent]()
        var adoptions = [Event]()
        let state = try LogbookReading.read(arguments, context) { event in
            events.append(RecordedEvent(event))
            if event.header.type == ProfileAdoption.eventType { adoptions.append(event) }
        }
        return CaseReading(
            events: events, profiles: try ProfileHistory(adoptions),
            actorRoles: state.registry.actors.mapValues { Set($0.profile.roles) })
    }

    /// The last seq `--as-of` may name, or `nil` for an empty log.
    var lastSeq: Int? { events.last?.seq }

    /// Every case as of a seq, judged on a day under the profile in force at that seq.
    /// - Parameters:
    ///   - seq: The last seq to fold (`nil`: the whole log).
    ///   - day: The day terms are judged on.
    /// - Returns: The snapshots, ordered by case id.
    func snapshots(asOf seq: Int? = nil, on day: CalendarDay) -> [CaseSnapshot] {
        CaseReplay.snapshots(in: events, asOf: seq, profiles: profiles, actorRoles: actorRoles, on: day)
    }

    /// The last seq the arguments name: `--as-of SEQ`, or the last seq recorded by the end of `--known-on DAY`
    /// (`-1` when nothing was recorded by then), else `nil` for the whole log.
    /// - Throws: ``UsageError`` for both options at once, a seq the log does not hold, or a day that does not read.
    func asOf(_ arguments: ParsedArguments) throws -> Int? {
        if let day = try Self.day(arguments, "known-on") {
            guard arguments.value("as-of") == nil else {
                throw UsageError(message: "give --as-of SEQ or --known-on DAY, not both", command: arguments.spec.name)
            }
            return LogPrefix.lastSeq(knownOn: day, in: events) ?? -1
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
        if let seq, let event = events.first(where: { $0.seq == seq }) { return CalendarDay(event.recordedAt) }
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
