import Ledger

extension FindingRules {
    /// Hypotheses open at closing, late records, specific forms without advice, the verwijsindex.
    func recordingFindings() -> [Finding] {
        hypothesisFindings() + lateRecordFindings() + followUpFindings() + [specificFormsFinding(), verwijsindexFinding()].compactMap { $0 }
    }

    /// At each closing, the hypotheses recorded before it and not settled before it (002 line 73).
    private func hypothesisFindings() -> [Finding] {
        state.seqs(of: .caseClosed).compactMap { closing -> Finding? in
            let open = state.hypotheses.filter { $0.seq < closing && ($0.settledBy.map { $0 > closing } ?? true) }
            guard !open.isEmpty else { return nil }
            let seqs = open.map { String($0.seq) }.joined(separator: ", ")
            return finding(.hypothesesOpenAtClosing, [closing] + open.map(\.seq),
                           "the case was closed at seq \(closing) with hypotheses neither confirmed nor refuted (seq \(seqs))")
        }
    }

    /// One finding per case listing the records made more working days after the school knew what they record
    /// than the profile allows: from the day of the event, or from the day a third party told it (`source.date`)
    /// when that is later. Records entered from a paper record (``EventDefinition/paperRecordField``) are left out.
    private func lateRecordFindings() -> [Finding] {
        let rule = context.profile.recording
        var late = [String](), seqs = [Int](), details = [String](), fromPaper = 0
        for ((event, worldDay), recorded) in zip(zip(state.events, state.worldDays), state.recordedDays) {
            guard let day = worldDay, day < recorded, let field = CaseState.dateField(of: event.type) else { continue }
            let told = state.knownDay(of: event.seq).flatMap { $0 > day ? $0 : nil }
            let days = context.workingDays.count(after: told ?? day, through: recorded)
            guard days > rule.lateAfterWorkingDays else { continue }
            guard event.payload[EventDefinition.paperRecordField.name] == nil else { fromPaper += 1; continue }
            seqs.append(event.seq)
            let since = told.map { "the school was told on \($0) (source.date)" } ?? "\(field.rawValue) \(day)"
            late.append("seq \(event.seq) \(event.type) recorded on \(recorded), \(days) working days after \(since)")
            let name = EventCatalogue.standard.definition(of: event.type)?.dutchName ?? event.type
            details.append(
                "#\(event.seq) \(name): vastgelegd op \(DutchDate.text(recorded)), bekend sinds \(DutchDate.text(told ?? day)) (\(days) werkdagen)")
        }
        guard !seqs.isEmpty else { return [] }
        let paper = fromPaper == 0 ? "" : "; \(fromPaper) more entered from a paper record are not counted"
        if fromPaper > 0 { details.append("\(fromPaper) andere overgenomen van papier, niet meegeteld") }
        return [finding(
            .lateRecord, seqs,
            "\(seqs.count) record(s) made later than the profile allows (\(rule.lateAfterWorkingDays) working days, the profile's own term: "
                + "no seed sets a term; 5 is this logbook's default): \(late.joined(separator: ", "))\(paper)",
            citation: rule.citations.first, details: details)]
    }

    /// Closings after a melding or help with no follow-up recorded since, where the profile has step 6 (003 line 125).
    private func followUpFindings() -> [Finding] {
        guard let rule = context.profile.followUp else { return [] }
        return state.seqs(of: .caseClosed).compactMap { closing -> Finding? in
            guard let started = (state.seqs(of: .meldingMade) + state.seqs(of: .helpOrganised)).filter({ $0 < closing }).min(),
                  !state.seqs(of: .followupRecorded).contains(where: { $0 > started && $0 < closing })
            else { return nil }
            return finding(
                .closedWithoutFollowUp, [closing, started],
                "the case was closed at seq \(closing) without following up the effects of seq \(started) (\(state.event(at: started)?.type ?? "")), as the profile's step 6 asks",
                citation: rule.citations.first)
        }
    }

    /// Weighings naming specific forms the profile requires Veilig Thuis advice for, in a case without that advice.
    private func specificFormsFinding() -> Finding? {
        let required = Set(context.profile.specificForms.adviceRequiredFor)
        let weighings = state.seqs(of: .weighingRecorded).filter { seq in
            payload(seq)[.specificForms].texts.contains { ViolenceForm(rawValue: $0).map(required.contains) ?? false }
        }
        guard !weighings.isEmpty else { return nil }
        let advised = state.seqs(of: .consultationHeld).contains { payload($0)[.kind]?.stringValue == "veilig-thuis-advice" }
        guard !advised else { return nil }
        return finding(
            .specificFormsWithoutAdvice, weighings,
            "specific forms of violence were weighed (seq \(weighings.map(String.init).joined(separator: ", "))) and Veilig Thuis advice was never asked",
            citation: context.profile.specificForms.citations.first)
    }

    /// A melding made, or a closing after a strong suspicion, while no verwijsindex registration was ever weighed.
    private func verwijsindexFinding() -> Finding? {
        guard let rule = context.profile.verwijsindex, state.seqs(of: .verwijsindexWeighed).isEmpty else { return nil }
        let suspicion = state.answers.first { $0.afweging == 1 && $0.answer == "strong-suspicion" }?.seq
        let closing = suspicion.flatMap { after in state.seqs(of: .caseClosed).first { $0 > after } }
        guard let trigger = [state.seqs(of: .meldingMade).first, closing].compactMap({ $0 }).min() else { return nil }
        return finding(
            .verwijsindexNotWeighed, [trigger],
            "\(state.event(at: trigger)?.type ?? "") at seq \(trigger) with a concern, and a registration in the verwijsindex was never weighed",
            citation: rule.citations.first)
    }
}
