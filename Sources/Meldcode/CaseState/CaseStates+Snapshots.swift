import Ledger

extension CaseStates {
    /// Every case judged in one context: its pending actions and findings, as `logboek status` and
    /// `logboek findings` list them.
    /// - Parameter context: The profile in force, the actors' roles and the day terms are judged on.
    /// - Returns: One snapshot per case, ordered by case id, each as of the last seq folded.
    public func snapshots(in context: FindingContext) -> [CaseSnapshot] {
        ids.compactMap { id in cases[id].map { CaseSnapshot($0, asOf: lastSeq ?? $0.lastSeq ?? 0, in: context) } }
    }
}
