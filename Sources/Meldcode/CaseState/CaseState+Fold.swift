import Ledger

extension CaseState {
    /// Folds the case's next event in. Never throws: what is in the log is history, and every payload folded here was
    /// decoded when its case was opened (``RecordedEvent/init(decoding:content:)``: a member its type requires that is
    /// missing stops the read with `payload-undecodable`) or validated when it was admitted, so the members it reads
    /// are there.
    /// - Parameter event: The next event of this case, in log order.
    /// A correction that names a member and its new value folds the case again, from its first event, reading the
    /// corrected record as corrected.
    public mutating func apply(_ logged: RecordedEvent) {
        if logged.type == EventType.recordCorrected, let target = logged.payload[.corrects]?.integerValue,
           fieldCorrections.add(logged, correcting: self.event(at: Int(target))?.type) != nil {
            var refolded = CaseState(id: id)
            refolded.fieldCorrections = fieldCorrections
            for earlier in events { refolded.apply(earlier) }
            refolded.apply(logged)
            self = refolded
            return
        }
        let event = fieldCorrections.applied(to: logged)
        positionOfSeq[event.seq] = events.count
        events.append(logged)
        recordedDays.append(CalendarDay(event.recordedAt))
        worldDays.append(Self.dateField(of: event.type).flatMap { event.payload[$0]?.stringValue }.flatMap(CalendarDay.init))
        seqsByType[event.type, default: []].append(event.seq)
        if let step = MeldcodeStep.of(type: event.type) {
            steps[step.rawValue - 1].events.append(event.seq)
        }
        if event.type != EventType.decisionRecorded { AfwegingAnswer.append(AfwegingAnswer.answers(in: event), to: &answers) }
        applyDecision(event)
        applyLifecycle(event)
        applyRecords(event)
        applyPending(event)
    }

    private mutating func applyLifecycle(_ event: RecordedEvent) {
        switch EventType(of: event.type) {
        case .caseOpened?: child = ChildRecord(payload: event.payload)
        case .caseClosed?: lifecycle = .closed
        case .caseRedirected?: lifecycle = .redirected
        case .caseReopened?: lifecycle = .open
        default: break
        }
    }

    private mutating func applyRecords(_ event: RecordedEvent) {
        let payload = event.payload
        switch EventType(of: event.type) {
        case .hypothesisRecorded?:
            hypothesisPosition[event.seq] = hypotheses.count
            hypotheses.append(HypothesisRecord(
                seq: event.seq, statement: payload[.statement]?.stringValue ?? "", signals: payload.seqs(.signals)))
        case .hypothesisConfirmed?, .hypothesisRefuted?:
            guard let target = payload[.hypothesis]?.integerValue, let position = hypothesisPosition[Int(target)],
                  hypotheses[position].standing == .open else { return }
            hypotheses[position].standing = event.type == EventType.hypothesisConfirmed ? .confirmed : .refuted
            hypotheses[position].settledBy = event.seq
        case .recordCorrected?:
            guard let target = payload[.corrects]?.integerValue.map(Int.init) else { return }
            let field = fieldCorrections.of(target).first { $0.seq == event.seq }
            corrections.append(CorrectionRecord(
                seq: event.seq, corrects: target, correction: payload[.correction]?.stringValue ?? "",
                reason: payload[.reason]?.stringValue ?? "", field: field,
                previous: field.flatMap { fieldCorrections.previous(of: $0, in: self.event(at: target)?.payload ?? [:]) }))
        default: break
        }
    }

    private mutating func applyPending(_ event: RecordedEvent) {
        let payload = event.payload
        switch EventType(of: event.type) {
        case .meldingMade?: meldingenAwaitingFeedback.append(event.seq)
        case .veiligthuisFeedback?:
            Self.settle(&meldingenAwaitingFeedback, reference: payload[.melding], before: event.seq)
        case .helpOrganised?: helpAwaitingEvaluation.append(event.seq)
        case .helpEvaluated?:
            Self.settle(&helpAwaitingEvaluation, reference: payload[.help], before: event.seq)
            if payload[.resultReached]?.boolValue == true { helpAwaitingMonitoring.append(event.seq) }
        case .followupRecorded?: helpAwaitingMonitoring.removeAll()
        default: break
        }
    }

    /// Removes the seq a reference names or, without a reference, the earliest one before `seq`.
    private static func settle(_ pending: inout [Int], reference: JSONValue?, before seq: Int) {
        if let target = reference?.integerValue {
            pending.removeAll { $0 == Int(target) }
        } else if let first = pending.firstIndex(where: { $0 < seq }) {
            pending.remove(at: first)
        }
    }
}
