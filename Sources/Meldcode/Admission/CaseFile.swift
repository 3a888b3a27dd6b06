import Ledger

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
    /// Who each `decision.recorded` names as its deciders, by seq.
    public internal(set) var deciders: [Int: [String]] = [:]
    /// The seqs of the decisions that answer yes to the melding.
    public internal(set) var meldingDecisions: Set<Int> = []
    /// The seqs of the decisions that stand (signed or confirmed by one of their deciders).
    public internal(set) var standingDecisions: Set<Int> = []
    /// The seqs of hypotheses confirmed or refuted.
    public internal(set) var settledHypotheses: Set<Int> = []

    /// Whether a standing decision answered yes to the melding.
    public var meldingDecided: Bool { !standingDecisions.isDisjoint(with: meldingDecisions) }

    /// Folds a decision or its confirmation in.
    mutating func applyDecision(_ event: RecordedEvent) {
        switch EventType(of: event.type) {
        case .decisionRecorded?:
            let payload = event.payload
            deciders[event.seq] = (payload[.decidedBy]?.arrayValue ?? []).compactMap(\.stringValue)
            if payload[.question]?.stringValue == "melding", payload[.answer]?.stringValue == "yes" { meldingDecisions.insert(event.seq) }
            if CaseState.isDecider(event.author, of: payload) { standingDecisions.insert(event.seq) }
        case .decisionConfirmed?:
            guard let target = event.payload[.decision]?.integerValue.map(Int.init), deciders[target]?.contains(event.author) == true
            else { return }
            standingDecisions.insert(target)
        default:
            break
        }
    }
}
