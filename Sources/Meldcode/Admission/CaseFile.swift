/// What the admission rules need to know of one case: its status, its events by seq and which
/// hypotheses are settled. Richer projections (steps, route, deadlines) fold the same events.
public struct CaseFile: Sendable, Equatable {
    /// The case id.
    public let id: String
    /// The seq of its `case.opened`.
    public let openedAt: Int
    /// Its status.
    public internal(set) var status: CaseStatus = .open
    /// The type of each of its meldcode events, by seq.
    public internal(set) var eventTypes: [Int: String] = [:]
    /// The child's date of birth, from `case.opened`: nothing about the child happened before it.
    public internal(set) var birthDate: CalendarDay?
    /// The seqs of hypotheses confirmed or refuted.
    public internal(set) var settledHypotheses: Set<Int> = []
}
