import Ledger

extension Casebook {
    /// Checks that a draft may be appended at `seq`: its payload matches its type, its references point
    /// at earlier events of the same case of the right types, and the case is in a state to take it.
    /// Drafts of types the meldcode does not know pass unchecked outside case streams, and are refused in them.
    /// - Parameters:
    ///   - draft: The draft.
    ///   - seq: The seq it would have.
    ///   - author: Its author.
    ///   - recordedAt: The moment of recording.
    /// - Throws: ``MeldcodeError/refused(_:_:)`` with the first rule it breaks.
    public func admit(_ draft: EventDraft, seq: Int, author: String, at recordedAt: Timestamp) throws(MeldcodeError) {
        guard let definition = EventCatalogue.standard.definition(of: draft.type) else {
            guard !draft.stream.hasPrefix(CaseStream.prefix) else {
                throw .refused(.unknownType, "\(draft.type) is not a meldcode event type; a case stream takes only those")
            }
            return
        }
        guard definition.scope == .case else {
            guard draft.stream == RegistryEvent.stream else {
                throw .refused(.wrongStream, "\(draft.type) belongs in stream '\(RegistryEvent.stream)', not '\(draft.stream)'")
            }
            _ = try definition.validate(draft.payload, recordedAt: recordedAt)
            return
        }
        guard let id = CaseStream.caseID(of: draft.stream) else {
            throw .refused(.wrongStream, "\(draft.type) belongs in a case stream case/ID, not '\(draft.stream)'")
        }
        let checked = try definition.validate(draft.payload, recordedAt: recordedAt)
        let file = try caseFile(id, taking: draft.type)
        for reference in checked.references {
            try check(reference, from: seq, in: file, type: draft.type)
        }
        if let born = file.birthDate, let early = checked.worldDates.first(where: { $0.day < born }) {
            throw .refused(.dateBeforeBirth, "\(draft.type): '\(early.path)' is \(early.day), before the child was born (\(born))")
        }
        try checkSkipReason(draft)
        try checkCorrection(draft, seq: seq, at: recordedAt, in: file)
        try checkDecision(draft, author: author, in: file)
        try checkMelder(draft, in: file)
        if draft.type == EventType.hypothesisConfirmed || draft.type == EventType.hypothesisRefuted,
           let hypothesis = draft.payload[.hypothesis]?.integerValue, file.settledHypotheses.contains(Int(hypothesis)) {
            throw .refused(.alreadySettled, "\(draft.type): the hypothesis at seq \(hypothesis) is already confirmed or refuted")
        }
    }

    /// Admits a draft and folds it in, as the log will once it is appended.
    /// - Parameters:
    ///   - draft: The draft.
    ///   - seq: The seq it will have.
    ///   - author: Its author.
    ///   - recordedAt: The moment of recording.
    /// - Returns: The draft as a recorded event.
    /// - Throws: ``MeldcodeError/refused(_:_:)`` if it is refused; the casebook is then unchanged.
    @discardableResult
    public mutating func record(_ draft: EventDraft, seq: Int, author: String, at recordedAt: Timestamp) throws(MeldcodeError) -> RecordedEvent {
        try admit(draft, seq: seq, author: author, at: recordedAt)
        let event = RecordedEvent(draft, seq: seq, author: author, recordedAt: recordedAt)
        apply(event)
        return event
    }

    /// The case a draft of `type` goes into, if it may.
    private func caseFile(_ id: String, taking type: String) throws(MeldcodeError) -> CaseFile {
        if type == EventType.caseOpened {
            guard let existing = cases[id] else { return CaseFile(id: id, openedAt: -1) }
            throw .refused(.caseAlreadyOpen, "case \(id) was opened at seq \(existing.openedAt)")
        }
        guard let file = cases[id] else { throw .refused(.caseNotFound, "case \(id) was never opened") }
        if type == EventType.caseReopened {
            guard file.status != .open else { throw .refused(.caseNotClosed, "case \(id) is open; there is nothing to re-open") }
            return file
        }
        // A report of a closed or redirected case (for the Inspectie, a transfer) is issued all the same.
        // So is a read of it.
        if [EventType.reportIssued.rawValue, EventType.caseViewed.rawValue].contains(type) { return file }
        guard file.status == .open else { throw .refused(.caseNotOpen, "case \(id) is \(file.status.rawValue); \(type) cannot be added") }
        return file
    }

    /// A decision is confirmed once, by one of its deciders with their own key (002 lines 153, 207).
    private func checkDecision(_ draft: EventDraft, author: String, in file: CaseFile) throws(MeldcodeError) {
        guard draft.type == EventType.decisionConfirmed, let target = draft.payload[.decision]?.integerValue.map(Int.init),
              let deciders = file.deciders[target] else { return }
        guard !file.standingDecisions.contains(target) else {
            throw .refused(.decisionAlreadyStands, "decision.confirmed: the decision at seq \(target) already stands")
        }
        guard deciders.contains(author) else {
            throw .refused(
                .notADecider, "decision.confirmed: \(author) is not among the deciders of seq \(target) (\(deciders.joined(separator: ", ")))")
        }
    }

    /// A melding by someone the profile does not let make it needs a standing decision on the melding behind it.
    private func checkMelder(_ draft: EventDraft, in file: CaseFile) throws(MeldcodeError) {
        guard draft.type == EventType.meldingMade, let rights, let melder = draft.payload[.madeBy]?.stringValue,
              !rights.mayMakeMelding(melder), !file.meldingDecided else { return }
        let roles = rights.profile.melder.melders.map(\.rawValue).joined(separator: ", ")
        throw .refused(
            .melderNotAllowed,
            "melding.made: \(melder) holds none of the roles profile \(rights.profile.name) lets make a melding (\(roles)), and no decision on the melding stands in case \(file.id)")
    }

    /// A correction that names a member names one of the corrected record's, with a value that fits it.
    private func checkCorrection(_ draft: EventDraft, seq: Int, at recordedAt: Timestamp, in file: CaseFile) throws(MeldcodeError) {
        guard draft.type == EventType.recordCorrected, let target = draft.payload[.corrects]?.integerValue,
              let type = file.eventTypes[Int(target)] else { return }
        do {
            _ = try FieldCorrection.resolve(draft.payload, seq: seq, correcting: type, recordedAt: recordedAt)
        } catch {
            throw .refused(.invalidPayload, "record.corrected: \(error.message)")
        }
    }

    /// A conversation skipped for the child's age or development is one with the child alone (004 lines 93-96, 186-190).
    private func checkSkipReason(_ draft: EventDraft) throws(MeldcodeError) {
        guard draft.type == EventType.conversationSkipped, draft.payload[.reason]?.stringValue == Vocabulary.youngChild,
              let partner = draft.payload[.with]?.stringValue, partner != "child" else { return }
        throw .refused(
            .skipReasonNotPermitted,
            "conversation.skipped: '\(Vocabulary.youngChild)' excuses only the conversation with the child, not with '\(partner)'")
    }

    private func check(_ reference: PayloadReference, from seq: Int, in file: CaseFile, type: String) throws(MeldcodeError) {
        let what = "\(type): '\(reference.path)' refers to seq \(reference.seq)"
        guard reference.seq < seq else { throw .refused(.unknownReference, "\(what), which is not an earlier event") }
        guard let referencedType = file.eventTypes[reference.seq] else {
            if let other = caseID(ofEventAt: reference.seq) {
                throw .refused(.referenceOtherCase, "\(what), an event of case \(other), not of case \(file.id)")
            }
            throw .refused(.referenceOtherCase, "\(what), which is no meldcode event of case \(file.id)")
        }
        guard reference.types.isEmpty || reference.types.contains(referencedType) else {
            throw .refused(reference.wrongType, "\(what), a \(referencedType), not a \(reference.types.joined(separator: " or "))")
        }
    }
}
