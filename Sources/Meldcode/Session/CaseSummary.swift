import Ledger

/// What a listing shows of one case (`status`, `findings`, `case list --as`, the Overzicht): its child, phase,
/// first and last seq, what it waits for and its findings, judged on a day. Made from a ``CaseSnapshot`` (the fold of
/// the case's events) and kept, sealed under the case's key, as a derived summary that listings read instead of the
/// case's events (see ``CaseSummaries``).
public struct CaseSummary: Sendable, Equatable {
    /// The case id.
    public let id: String
    /// The child, from `case.opened`.
    public let child: ChildRecord?
    /// Where the case stands.
    public let phase: CasePhase
    /// The seq of the case's first event.
    public let firstSeq: Int
    /// The seq of the case's last event.
    public let lastSeq: Int
    /// What the case waits for, with the due days.
    public let pendingActions: [PendingAction]
    /// Where the record departs from the profile in force.
    public let findings: [Finding]
    /// The day the pending actions and findings are judged on.
    public let day: CalendarDay

    /// The summary of a case as a snapshot shows it.
    /// - Parameter snapshot: The case folded from its events and judged.
    public init(_ snapshot: CaseSnapshot) {
        self.init(
            id: snapshot.state.id, child: snapshot.state.child, phase: snapshot.state.phase, firstSeq: snapshot.state.events.first?.seq ?? 0,
            lastSeq: snapshot.state.lastSeq ?? 0, pendingActions: snapshot.pendingActions, findings: snapshot.findings, day: snapshot.day)
    }

    init(
        id: String, child: ChildRecord?, phase: CasePhase, firstSeq: Int, lastSeq: Int, pendingActions: [PendingAction], findings: [Finding],
        day: CalendarDay
    ) {
        self.id = id
        self.child = child
        self.phase = phase
        self.firstSeq = firstSeq
        self.lastSeq = lastSeq
        self.pendingActions = pendingActions
        self.findings = findings
        self.day = day
    }

    /// Whether the case still needs attention (not closed or redirected).
    public var isOpen: Bool { phase != .closed && phase != .redirected }

    /// The pending actions overdue on ``day``.
    public var overdue: [PendingAction] { pendingActions.filter { $0.isOverdue(on: day) } }

    /// The same summary judged on another day, if that day judges it the same: findings and what is overdue depend on
    /// the day only through which pending actions are overdue, so a day on which the same ones are overdue gives the
    /// same findings; `nil` otherwise (the case must be judged again from its events).
    /// - Parameter other: The day.
    func judged(on other: CalendarDay) -> CaseSummary? {
        guard other != day else { return self }
        guard pendingActions.allSatisfy({ $0.isOverdue(on: other) == $0.isOverdue(on: day) }) else { return nil }
        return CaseSummary(
            id: id, child: child, phase: phase, firstSeq: firstSeq, lastSeq: lastSeq, pendingActions: pendingActions, findings: findings, day: other)
    }

    /// The same summary after later reads of the case (`case.viewed`), if they cannot change it: a read adds only what
    /// the reader knew, which only settles the finding that a role the profile requires was not informed of a melding.
    /// - Parameter seq: The seq of the last read.
    func extended(through seq: Int) -> CaseSummary? {
        guard !findings.contains(where: { $0.code == .informedRoleNotInformed }) else { return nil }
        return CaseSummary(
            id: id, child: child, phase: phase, firstSeq: firstSeq, lastSeq: seq, pendingActions: pendingActions, findings: findings, day: day)
    }
}
