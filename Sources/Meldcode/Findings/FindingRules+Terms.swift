import Ledger

extension FindingRules {
    /// Pending actions past due on the context's day: Veilig Thuis feedback overdue.
    func termFindings() -> [Finding] {
        state.pendingActions(under: context.profile)
            .filter { $0.kind == .veiligThuisFeedback && $0.isOverdue(on: context.day) }
            .map {
                finding(
                    .veiligThuisFeedbackOverdue, [$0.seq],
                    "Veilig Thuis has not reported back on the melding at seq \($0.seq); it was due \($0.due) (\(context.profile.veiligThuisFeedback.workingDays) working days)",
                    citation: context.profile.veiligThuisFeedback.citations.first)
            }
    }
}
