/// Where a case stands as far as recording is concerned.
public enum CaseStatus: String, Sendable, Equatable {
    /// Events may be recorded.
    case open
    /// Closed; only `case.reopened` may follow.
    case closed
    /// Passed on outside the stappenplan; only `case.reopened` may follow.
    case redirected
}
