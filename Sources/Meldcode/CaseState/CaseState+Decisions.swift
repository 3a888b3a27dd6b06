import Ledger

extension CaseState {
    /// Whether an actor is one of a decision's deciders (`decidedBy`).
    /// - Parameters:
    ///   - actor: An actor id.
    ///   - decision: A `decision.recorded` payload.
    /// - Returns: `true` if the payload names the actor among those who decided.
    public static func isDecider(_ actor: String, of decision: [String: JSONValue]) -> Bool {
        (decision[.decidedBy]?.arrayValue ?? []).contains { $0.stringValue == actor }
    }

    /// A decision signed by one of its deciders stands at once; one recorded in others' names stands once one of
    /// them confirms it. Only standing decisions give afwegingskader answers (002 lines 153, 207).
    mutating func applyDecision(_ event: RecordedEvent) {
        switch EventType(of: event.type) {
        case .decisionRecorded?:
            guard Self.isDecider(event.author, of: event.payload) else { return }
            stand(event, since: event.seq)
        case .decisionConfirmed?:
            guard let target = event.payload[.decision]?.integerValue, let decision = self.event(at: Int(target)).map(fieldCorrections.applied),
                  decision.type == EventType.decisionRecorded, standingDecisions[decision.seq] == nil,
                  Self.isDecider(event.author, of: decision.payload) else { return }
            stand(decision, since: event.seq)
        default:
            break
        }
    }

    /// Whether a standing decision on the melding answered yes before `seq`.
    /// - Parameter seq: A seq.
    /// - Returns: `true` if one stands from before `seq`.
    public func meldingDecided(before seq: Int) -> Bool {
        standingDecisions.contains { decision, since in
            let payload = self.payload(at: decision) ?? [:]
            return since < seq && payload[.question]?.stringValue == "melding" && payload[.answer]?.stringValue == "yes"
        }
    }

    private mutating func stand(_ decision: RecordedEvent, since seq: Int) {
        standingDecisions[decision.seq] = seq
        AfwegingAnswer.append(AfwegingAnswer.answers(in: decision).map { AfwegingAnswer(afweging: $0.afweging, answer: $0.answer, seq: seq) }, to: &answers)
    }
}
