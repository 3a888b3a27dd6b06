import Ledger

/// Replays a logbook's cases as of any seq: the fold of the events with seq ≤ N, judged under the profile
/// in force at N, on the day of event N unless another day is given.
public enum CaseReplay {
    /// Every case as of a seq.
    /// - Parameters:
    ///   - events: The log's events in order (any streams).
    ///   - seq: The last seq to fold.
    /// - Returns: The cases as they stood after the event at `seq`.
    public static func cases(in events: some Sequence<RecordedEvent>, asOf seq: Int) -> CaseStates {
        CaseStates(events, through: seq)
    }

    /// One case as of a seq, with its pending actions and findings.
    /// - Parameters:
    ///   - id: The case id.
    ///   - events: The log's events in order (any streams).
    ///   - seq: The last seq to fold.
    ///   - profiles: The profile history of the logbook (the profile in force at `seq` is used).
    ///   - actorRoles: Each actor's roles.
    ///   - day: The day terms are judged on; by default the Dutch day the last event folded was recorded.
    /// - Returns: The snapshot, or `nil` if the case was not opened by `seq`.
    public static func snapshot(
        of id: String, in events: some Sequence<RecordedEvent>, asOf seq: Int, profiles: ProfileHistory = ProfileHistory(),
        actorRoles: [String: Set<Role>], on day: CalendarDay? = nil
    ) -> CaseSnapshot? {
        snapshots(in: events, asOf: seq, profiles: profiles, actorRoles: actorRoles, on: day)
            .first { $0.state.id == id }
    }

    /// Every case as of a seq, each with its pending actions and findings, folded in one pass.
    /// - Parameters:
    ///   - events: The log's events in order (any streams).
    ///   - seq: The last seq to fold; `nil` folds them all.
    ///   - profiles: The profile history of the logbook (the profile in force at `seq` is used).
    ///   - actorRoles: Each actor's roles.
    ///   - day: The day terms are judged on; by default the Dutch day the last event folded was recorded.
    /// - Returns: The snapshots, ordered by case id (none before any event).
    public static func snapshots(
        in events: some Sequence<RecordedEvent>, asOf seq: Int? = nil, profiles: ProfileHistory = ProfileHistory(),
        actorRoles: [String: Set<Role>], on day: CalendarDay? = nil
    ) -> [CaseSnapshot] {
        let states = CaseStates(events, through: seq)
        guard let last = states.lastSeq, let moment = states.lastRecordedAt else { return [] }
        let context = FindingContext(
            profile: profiles.profile(asOf: last), actorRoles: actorRoles, day: day ?? CalendarDay(moment))
        return states.snapshots(in: context)
    }
}
