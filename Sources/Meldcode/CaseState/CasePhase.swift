/// Where a case stands, as people ask it: still open, a melding made, help running, closed, or redirected.
public enum CasePhase: String, Sendable, Equatable, CaseIterable {
    /// Open, with neither a melding nor help under way.
    case open
    /// A melding to Veilig Thuis was made (and the case is not closed).
    case meldingMade = "melding-made"
    /// Help was organised and has not yet been evaluated (and no melding was made).
    case helpRunning = "help-running"
    /// Closed.
    case closed
    /// Passed on outside the stappenplan.
    case redirected
}
