import Ledger

/// A case as of one seq, judged on one day under one profile: its state, what it waits for, and its
/// findings. What `case show` prints.
public struct CaseSnapshot: Sendable, Equatable {
    /// The state folded from the case's events up to ``asOf``.
    public let state: CaseState
    /// The last seq folded.
    public let asOf: Int
    /// The day terms are judged on.
    public let day: CalendarDay
    /// The name of the profile the findings are judged against.
    public let profileName: String
    /// What follows afweging 2 = doubt under that profile.
    public let doubtRoute: DoubtRoute
    /// What the case waits for, with the due days.
    public let pendingActions: [PendingAction]
    /// Where the record departs from the profile.
    public let findings: [Finding]

    /// Judges a case's state.
    /// - Parameters:
    ///   - state: The state.
    ///   - asOf: The last seq folded into it.
    ///   - context: The profile, roles and day.
    public init(_ state: CaseState, asOf: Int, in context: FindingContext) {
        self.state = state
        self.asOf = asOf
        self.day = context.day
        self.profileName = context.profile.name
        self.doubtRoute = context.profile.doubt.route
        self.pendingActions = state.pendingActions(under: context.profile)
        self.findings = state.findings(in: context)
    }

    /// The child's age on ``day``, if the child is known.
    public var childAge: Int? { state.child?.age(on: day) }

    /// The snapshot as JSON:
    /// `{"asOf", "day", "profile", "childAge"?, "state": <CaseState.json>, "pendingActions": [<PendingAction.json(on: day)>],
    /// "findings": [<Finding.json>]}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "asOf": .integer(Int64(asOf)), "day": .string(day.description), "profile": .string(profileName), "state": state.json(routeAfterDoubt: doubtRoute),
            "pendingActions": .array(pendingActions.map { $0.json(on: day) }), "findings": .array(findings.map(\.json)),
        ]
        if let childAge { members["childAge"] = .integer(Int64(childAge)) }
        return .object(members)
    }
}
