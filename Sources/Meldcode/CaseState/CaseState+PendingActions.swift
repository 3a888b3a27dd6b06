import Ledger

extension CaseState {
    /// The working days after a successful help evaluation within which its monitoring is followed up.
    /// No seed sets this term (002 line 273 asks the school to agree one: "Leg termijnen en verwachtingen
    /// vast"); four weeks is this logbook's default.
    public static let monitoringWorkingDays = 20

    /// What the case waits for, oldest first. A closed or redirected case waits for nothing.
    /// - Parameters:
    ///   - feedbackWorkingDays: The working days within which Veilig Thuis reports back (the profile's
    ///     ``VeiligThuisFeedbackRule/workingDays``, 5 in the basismodel).
    ///   - workingDays: The working days (by default Monday to Friday less the Dutch public holidays).
    /// - Returns: The pending actions, with their due days.
    public func pendingActions(feedbackWorkingDays: Int, workingDays: WorkingDays = WorkingDays()) -> [PendingAction] {
        guard lifecycle == .open else { return [] }
        let feedback = meldingenAwaitingFeedback.compactMap { seq in
            day(of: seq, field: .madeOn).map {
                PendingAction(kind: .veiligThuisFeedback, seq: seq, due: workingDays.day(feedbackWorkingDays, workingDaysAfter: $0))
            }
        }
        let terms = helpAwaitingEvaluation.compactMap { seq in
            day(of: seq, field: .term).map { PendingAction(kind: .helpTerm, seq: seq, due: $0) }
        }
        let monitoring = helpAwaitingMonitoring.compactMap { seq in
            day(of: seq, field: .evaluatedOn).map {
                PendingAction(kind: .monitoring, seq: seq, due: workingDays.day(Self.monitoringWorkingDays, workingDaysAfter: $0))
            }
        }
        return (feedback + terms + monitoring).sorted { ($0.due, $0.seq) < ($1.due, $1.seq) }
    }

    /// What the case waits for under a profile, in its working days.
    /// - Parameter profile: The protocol profile in force.
    /// - Returns: The pending actions, with their due days.
    public func pendingActions(under profile: ProtocolProfile) -> [PendingAction] {
        pendingActions(feedbackWorkingDays: profile.veiligThuisFeedback.workingDays, workingDays: profile.workingDays)
    }
}
