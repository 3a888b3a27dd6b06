import Ledger

/// The derived state of one case, folded from its events: the child, the steps taken, the afwegingskader
/// route, hypotheses, corrections and what is still pending. A pure fold: the same events give the same
/// state, and the state after a prefix of the log is the state as of that prefix's last seq.
///
/// Folding one event costs constant time (amortised), so a logbook of 100 000 events folds in one pass.
public struct CaseState: Sendable, Equatable {
    /// The case id.
    public let id: String
    /// The child, from `case.opened`.
    public internal(set) var child: ChildRecord?
    /// Open, closed or redirected, as far as recording goes.
    public internal(set) var lifecycle: CaseStatus = .open
    /// Steps 1–6, each with the events that took it.
    public internal(set) var steps: [StepProgress] = MeldcodeStep.allCases.map { StepProgress(step: $0) }
    /// The afwegingskader answers so far, in log order.
    public internal(set) var answers: [AfwegingAnswer] = []
    /// Every hypothesis recorded, in log order, with how it stands.
    public internal(set) var hypotheses: [HypothesisRecord] = []
    /// The decisions that stand, by the seq of their `decision.recorded`, each with the seq from which it stands
    /// (its own when one of its deciders signed it, else that of the `decision.confirmed` by one of them).
    public internal(set) var standingDecisions: [Int: Int] = [:]
    /// Every correction, in log order.
    public internal(set) var corrections: [CorrectionRecord] = []
    /// The corrections that name a member and its new value: every derived value reads the corrected records.
    public internal(set) var fieldCorrections = Corrections()
    /// The case's meldcode events, in log order.
    public internal(set) var events: [RecordedEvent] = []
    /// The seqs of the case's events by type, each list in log order.
    var seqsByType: [String: [Int]] = [:]
    /// The position in ``events`` of each seq.
    var positionOfSeq: [Int: Int] = [:]
    /// The day in the world each event records (its date member), aligned with ``events``.
    var worldDays: [CalendarDay?] = []
    /// The day (in the Netherlands) each event was recorded, aligned with ``events``.
    var recordedDays: [CalendarDay] = []
    /// The position in ``hypotheses`` of each hypothesis seq.
    var hypothesisPosition: [Int: Int] = [:]
    /// Meldingen that Veilig Thuis has not yet reported back on.
    var meldingenAwaitingFeedback: [Int] = []
    /// `help.organised` events not yet evaluated.
    var helpAwaitingEvaluation: [Int] = []
    /// Successful help evaluations whose monitoring has not yet been followed up.
    var helpAwaitingMonitoring: [Int] = []

    /// An empty case, before its `case.opened`.
    /// - Parameter id: The case id.
    public init(id: String) {
        self.id = id
    }

    /// The state after some events of the case.
    /// - Parameters:
    ///   - id: The case id.
    ///   - events: The case's events, in log order.
    public init(id: String, events: some Sequence<RecordedEvent>) {
        self.init(id: id)
        for event in events { apply(event) }
    }

    /// The seq of the case's last event folded.
    public var lastSeq: Int? { events.last?.seq }

    /// The event with a seq, if it belongs to this case.
    /// - Parameter seq: A seq.
    /// - Returns: The event, or `nil`.
    public func event(at seq: Int) -> RecordedEvent? {
        positionOfSeq[seq].map { events[$0] }
    }

    /// The seqs of the case's events of a type, in log order.
    /// - Parameter type: An event type.
    /// - Returns: The seqs (empty if none).
    public func seqs(of type: EventType) -> [Int] { seqsByType[type.rawValue] ?? [] }

    /// The payload of one of the case's events as the projections read it: with its corrections applied.
    /// - Parameter seq: A seq.
    /// - Returns: The payload, or `nil` if the event is not the case's.
    public func payload(at seq: Int) -> [String: JSONValue]? {
        event(at: seq).map { fieldCorrections.applied(to: $0).payload }
    }

    /// The hypotheses neither confirmed nor refuted.
    public var openHypotheses: [HypothesisRecord] { hypotheses.filter { $0.standing == .open } }

    /// Where the case stands: closed or redirected first, then a melding made, then help running, else open.
    public var phase: CasePhase {
        switch lifecycle {
        case .closed: return .closed
        case .redirected: return .redirected
        case .open: break
        }
        if !seqs(of: .meldingMade).isEmpty { return .meldingMade }
        return helpAwaitingEvaluation.isEmpty ? .open : .helpRunning
    }

    /// The route the afwegingskader now requires, from the latest answer, and whether a later event met it.
    /// - Parameter doubt: What follows afweging 2 = doubt (the profile's ``DoubtRule``; a melding at once by default).
    /// - Returns: The requirement.
    public func requiredRoute(afterDoubt doubt: DoubtRoute = .melding) -> RouteRequirement {
        let latest = answers.last
        let (action, meldnorm) = RouteRequirement.route(after: latest, doubt: doubt)
        let metBy: Int?
        if let latest, meldnorm != nil {
            metBy = melding(answering: latest)
        } else if action == .askAdvice, let latest {
            metBy = veiligThuisAdvice(after: latest.seq)
        } else {
            metBy = first(of: action.metByTypes, after: latest?.seq ?? -1)
        }
        return RouteRequirement(action: action, meldnorm: meldnorm, basedOn: latest, metBy: metBy)
    }
}
