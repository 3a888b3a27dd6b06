import Ledger

/// A case replayed decision by decision for the organisation's evaluation of the meldcode (001 l.374, 000 l.425–427):
/// at each decision what those involved knew and did not yet know, what the profile required and what was overdue,
/// the findings then; and the case's time line in days. Built in one pass over the log.
public struct CaseEvaluation: Sendable, Equatable {
    /// The case's state at the end of the evaluation.
    public let state: CaseState
    /// The case's knowledge at the end, for naming facts and people.
    public let knowledge: CaseKnowledge
    /// The case's records the evaluation weighs, in log order: every event but the reads (`case.viewed`), which show
    /// only as knowledge of what was read.
    public let seqs: [Int]
    /// The decisions, in log order.
    public let points: [DecisionPoint]
    /// The time line: the first event of each kind, in the stappenplan's order.
    public let timeline: [TimelineMark]
    /// Records made later after what they record than the profile allows (`late-record` findings at the end).
    public let lateRecords: [Finding]

    /// Evaluates one case.
    /// - Parameters:
    ///   - id: The case id.
    ///   - events: The log's events in order (any streams).
    ///   - seq: The last seq to fold; `nil` folds them all.
    ///   - profiles: The logbook's profile history (each decision is judged under the profile in force then).
    ///   - actorRoles: Each actor's roles.
    /// - Returns: The evaluation, or `nil` if the case was not opened by `seq`.
    public static func evaluate(
        _ id: String, in events: some Sequence<RecordedEvent>, through seq: Int? = nil, profiles: ProfileHistory = ProfileHistory(),
        actorRoles: [String: Set<Role>]
    ) -> CaseEvaluation? {
        let stream = CaseStream.name(of: id)
        let caseEvents = events.prefix(while: { event in seq.map { event.seq <= $0 } ?? true })
            .filter { $0.stream == stream && EventCatalogue.standard.definition(of: $0.type)?.scope == .case }
        let corrections = Self.corrections(in: caseEvents)
        var state: CaseState?
        var knowledge = CaseKnowledge(id: id)
        knowledge.corrections = corrections
        var points = [DecisionPoint]()
        var open = [OpenPoint]()
        var facts = [Int]()
        for event in caseEvents {
            if state == nil, event.type == EventType.caseOpened {
                state = CaseState(id: id)
                state?.fieldCorrections = corrections
            }
            let profile = profiles.profile(asOf: event.seq)
            guard let required = state?.requiredRoute(afterDoubt: profile.doubt.route) else { continue }
            if let current = state, let day = open.first?.context.day, Self.day(of: event) != day {
                points += open.map { $0.judged(current) }
                open.removeAll()
            }
            state?.apply(event)
            knowledge.apply(event)
            if DecisionPoint.types.contains(event.type), let state {
                let context = FindingContext(
                    profile: profile, actorRoles: actorRoles, day: state.recordedDay(of: event.seq) ?? CalendarDay(event.recordedAt))
                open.append(OpenPoint(event: event, people: people(at: event, knowledge: knowledge, earlier: facts), requiredBefore: required, context: context))
            }
            if event.type != EventType.caseViewed { facts.append(event.seq) }  // a read is no record the evaluation weighs
        }
        guard let state else { return nil }
        points += open.map { $0.judged(state) }
        let last = CaseSnapshot(state, asOf: state.lastSeq ?? 0, in: FindingContext(
            profile: profiles.profile(asOf: state.lastSeq ?? 0), actorRoles: actorRoles,
            day: state.events.last.map { CalendarDay($0.recordedAt) } ?? CalendarDay(daysSinceEpoch: 0)))
        return CaseEvaluation(
            state: state, knowledge: knowledge, seqs: facts, points: points, timeline: timeline(of: state),
            lateRecords: last.findings.filter { $0.code == .lateRecord })
    }

    /// The corrections of the case that name a member and its new value: the evaluation reads every record as
    /// corrected from the start, so each decision is judged on the corrected dates.
    private static func corrections(in events: [RecordedEvent]) -> Corrections {
        var corrections = Corrections()
        var types = [Int: String]()
        for event in events {
            types[event.seq] = event.type
            _ = corrections.add(event, correcting: event.payload[.corrects]?.integerValue.flatMap { types[Int($0)] })
        }
        return corrections
    }

    /// A decision whose day has not ended yet in the log: what was overdue and the findings are judged once the
    /// records of its day are in (a melding made the same day as the weighing answers it; seed 001 l.447–452).
    private struct OpenPoint {
        let event: RecordedEvent
        let people: [PersonAtDecision]
        let requiredBefore: RouteRequirement
        let context: FindingContext

        /// The decision judged on the state at the end of its day.
        func judged(_ state: CaseState) -> DecisionPoint {
            let snapshot = CaseSnapshot(state, asOf: state.lastSeq ?? event.seq, in: context)
            return DecisionPoint(
                event: event, day: context.day, people: people, profileName: context.profile.name, requiredBefore: requiredBefore,
                overdue: snapshot.pendingActions.filter { $0.isOverdue(on: context.day) }, findings: snapshot.findings)
        }
    }

    /// The day in the world an event records, else the day it was logged.
    private static func day(of event: RecordedEvent) -> CalendarDay {
        CaseState.dateField(of: event.type).flatMap { event.payload[$0]?.stringValue }.flatMap(CalendarDay.init) ?? CalendarDay(event.recordedAt)
    }

    /// Those who took or attended the decision at `event`, with what each knew of `earlier`, the seqs of the case's
    /// records before it, in order.
    private static func people(at event: RecordedEvent, knowledge: CaseKnowledge, earlier: [Int]) -> [PersonAtDecision] {
        let (deciders, present) = DecisionPoint.people(of: event)
        var seen = Set<Knower>()
        let involved = (deciders.map { ($0, true) } + present.map { ($0, false) }).filter { seen.insert($0.0).inserted }
        return involved.map { knower, decided in
            let known = knowledge.seqs(knownBy: knower)
            var knew = [Int](), unknown = [Int]()
            knew.reserveCapacity(known.count)
            for seq in earlier {
                if known.contains(seq) { knew.append(seq) } else { unknown.append(seq) }
            }
            return PersonAtDecision(knower: knower, decided: decided, knew: knew, didNotKnow: unknown)
        }
    }

    private static func timeline(of state: CaseState) -> [TimelineMark] {
        let firsts = TimelineMark.kinds.compactMap { kind -> (String, Int, CalendarDay)? in
            let dated = kind.types.flatMap(state.seqs).compactMap { seq in state.knownDay(of: seq).map { (seq, $0) } }
            guard let first = dated.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
            return (kind.label, first.0, first.1)
        }
        let start = firsts.first { $0.0 == TimelineMark.kinds[0].label }?.2
        return firsts.map { label, seq, day in
            TimelineMark(label: label, seq: seq, day: day, daysFromFirstSignal: start.map { Int(day.daysSinceEpoch - $0.daysSinceEpoch) })
        }
    }

    /// The evaluation as JSON: `{"case", "seqs": [seq], "points": [<DecisionPoint.json>], "timeline": [<TimelineMark.json>],
    /// "lateRecords": [<Finding.json>]}`; `seqs` are ``seqs``.
    public var json: JSONValue {
        .object([
            "case": .string(state.id), "seqs": .array(seqs.map { .integer(Int64($0)) }),
            "points": .array(points.map(\.json)), "timeline": .array(timeline.map(\.json)),
            "lateRecords": .array(lateRecords.map(\.json)),
        ])
    }
}
