/// How much a finding weighs. Findings inform; neither severity blocks anything.
public enum FindingSeverity: String, Sendable, Equatable, CaseIterable {
    /// A departure from a step or norm of the meldcode that someone should look at.
    case warning
    /// A point of care in the record (timeliness, completeness) or a term passing.
    case notice
}
