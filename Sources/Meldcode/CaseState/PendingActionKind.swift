/// The kinds of actions a case waits for.
public enum PendingActionKind: String, Sendable, Equatable, CaseIterable {
    /// Veilig Thuis decides and reports back within the profile's working days after a melding (002 line 249).
    case veiligThuisFeedback = "veiligthuis-feedback"
    /// The term of organised help ends: afweging 5 is due (002 lines 259-263).
    case helpTerm = "help-term"
    /// After help that reached its result, the monitoring agreed is followed up (002 lines 267, 273).
    case monitoring
}
