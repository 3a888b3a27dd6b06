import Ledger

extension CaseState {
    /// The date member each dated record carries: what it records happened on that day.
    static let recordedDates: [EventType: PayloadField] = [
        .signalRecorded: .observedOn, .checklistCompleted: .completedOn, .consultationHeld: .heldOn,
        .conversationHeld: .heldOn, .weighingRecorded: .weighedOn, .decisionRecorded: .decidedOn,
        .decisionConfirmed: .confirmedOn, .meldingDiscussed: .heldOn, .meldingMade: .madeOn,
        .helpEvaluated: .evaluatedOn, .veiligthuisFeedback: .receivedOn, .verwijsindexWeighed: .weighedOn,
        .followupRecorded: .observedOn, .parentsInformed: .informedOn, .noteRecorded: .contactOn,
        .caseRedirected: .reportedOn, .caseOpened: .openedOn, .caseClosed: .closedOn, .caseReopened: .reopenedOn,
        .hypothesisRecorded: .formedOn, .hypothesisConfirmed: .settledOn, .hypothesisRefuted: .settledOn,
        .conversationSkipped: .skippedOn, .helpOrganised: .startsOn, .recordCorrected: .correctedOn,
        .informationShared: .sharedOn, .reportIssued: .issuedOn, .caseAccessGranted: .grantedOn,
        .caseAccessWithdrawn: .withdrawnOn, .caseViewed: .viewedOn, .peopleRecorded: .notedOn,
    ]

    /// The date member of a type's records, if it has one.
    /// - Parameter type: The event type.
    static func dateField(of type: String) -> PayloadField? { EventType(of: type).flatMap { recordedDates[$0] } }

    /// The day a payload member of one of the case's events holds.
    /// - Parameters:
    ///   - seq: The event's seq.
    ///   - field: The member, a date `YYYY-MM-DD`.
    /// - Returns: The day, or `nil` if the event or a valid date is missing.
    func day(of seq: Int, field: PayloadField) -> CalendarDay? {
        payload(at: seq)?[field]?.stringValue.flatMap(CalendarDay.init)
    }

    /// The day an event records (its date member: observed, held, weighed, decided, made…), if it has one.
    /// - Parameter seq: The event's seq.
    /// - Returns: The day, or `nil`.
    func recordedDay(of seq: Int) -> CalendarDay? {
        positionOfSeq[seq].flatMap { worldDays[$0] }
    }

    /// The day the school knew what an event records: its day in the world or, for information a third party gave,
    /// the day the school was told (`source.date`) when that is later (002 l.74: "altijd de bron en datum").
    /// - Parameter seq: The event's seq.
    /// - Returns: The day, or `nil` if the event records none.
    public func knownDay(of seq: Int) -> CalendarDay? {
        guard let day = recordedDay(of: seq) else { return nil }
        guard let told = payload(at: seq)?[.source]?[.date]?.stringValue.flatMap(CalendarDay.init), told > day else { return day }
        return told
    }

    /// The first event of one of the types after `seq`.
    func first(of types: [EventType], after seq: Int) -> Int? {
        types.compactMap { type -> Int? in
            let all = seqs(of: type)
            guard let last = all.last, last > seq else { return nil }
            return all.first { $0 > seq }
        }.min()
    }

    /// The first Veilig Thuis advice (a consultation of kind `veilig-thuis-advice`) recorded after `seq`.
    func veiligThuisAdvice(after seq: Int) -> Int? {
        seqs(of: .consultationHeld).first { $0 > seq && payload(at: $0)?[.kind]?.stringValue == "veilig-thuis-advice" }
    }

    /// The melding that answers an afweging: the first melding recorded after it, or else a melding made on or
    /// after the day it was given (in an emergency the melding is often recorded before the weighing).
    /// - Parameter answer: An afweging answer.
    /// - Returns: The melding's seq, or `nil` if none answers it.
    func melding(answering answer: AfwegingAnswer) -> Int? {
        if let after = first(of: [.meldingMade], after: answer.seq) { return after }
        guard let answered = recordedDay(of: answer.seq) else { return nil }
        return seqs(of: .meldingMade).last { day(of: $0, field: .madeOn).map { $0 >= answered } ?? false }
    }
}
