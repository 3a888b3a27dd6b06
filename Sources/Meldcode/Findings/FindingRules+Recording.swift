import Ledger

extension FindingRules {
    /// Hypotheses open at closing, late records, specific forms without advice, the verwijsindex.
    func recordingFindings() -> [Finding] {
        hypothesisFindings() + lateRecordFindings() + [specificFormsFinding(), verwijsindexFinding()].compactMap { $0 }
    }

    /// At each closing, the hypotheses recorded before it and not settled before it (002 line 73).
    private func hypothesisFindings() -> [Finding] {
        state.seqs(of: "case.closed").compactMap { closing -> Finding? in
            let open = state.hypotheses.filter { $0.seq < closing && ($0.settledBy.map { $0 > closing } ?? true) }
            guard !open.isEmpty else { return nil }
            let seqs = open.map { String($0.seq) }.joined(separator: ", ")
            return finding(.hypothesesOpenAtClosing, [closing] + open.map(\.seq),
                           "the case was closed at seq \(closing) with hypotheses neither confirmed nor refuted (seq \(seqs))")
        }
    }

    /// One finding per case listing the records made more working days after the day they record than the
    /// profile allows; records entered from a paper record (``EventDefinition/paperRecordField``) are left out.
    private func lateRecordFindings() -> [Finding] {
        let rule = context.profile.recording
        var late = [String](), seqs = [Int](), fromPaper = 0
        for (event, worldDay) in zip(state.events, state.worldDays) {
            let recorded = CalendarDay(event.recordedAt)
            guard let day = worldDay, day < recorded, let field = CaseState.recordedDates[event.type] else { continue }
            let days = context.workingDays.count(after: day, through: recorded)
            guard days > rule.lateAfterWorkingDays else { continue }
            guard event.payload[EventDefinition.paperRecordField.name] == nil else { fromPaper += 1; continue }
            seqs.append(event.seq)
            late.append("seq \(event.seq) \(event.type) \(days) working days after \(field) \(day)")
        }
        guard !seqs.isEmpty else { return [] }
        let paper = fromPaper == 0 ? "" : "; \(fromPaper) more entered from a paper record are not counted"
        return [finding(
            .lateRecord, seqs,
            "\(seqs.count) record(s) made later than the profile allows (\(rule.lateAfterWorkingDays) working days): \(late.joined(separator: ", "))\(paper)",
            citation: rule.citations.first)]
    }

    /// Weighings naming specific forms the profile requires Veilig Thuis advice for, in a case without that advice.
    private func specificFormsFinding() -> Finding? {
        let required = Set(context.profile.specificForms.adviceRequiredFor)
        let weighings = state.seqs(of: "weighing.recorded").filter { seq in
            strings(payload(seq)["specificForms"]).contains { ViolenceForm(rawValue: $0).map(required.contains) ?? false }
        }
        guard !weighings.isEmpty else { return nil }
        let advised = state.seqs(of: "consultation.held").contains { payload($0)["kind"]?.stringValue == "veilig-thuis-advice" }
        guard !advised else { return nil }
        return finding(
            .specificFormsWithoutAdvice, weighings,
            "specific forms of violence were weighed (seq \(weighings.map(String.init).joined(separator: ", "))) and Veilig Thuis advice was never asked",
            citation: context.profile.specificForms.citations.first)
    }

    /// A melding made, or a closing after a strong suspicion, while no verwijsindex registration was ever weighed.
    private func verwijsindexFinding() -> Finding? {
        guard let rule = context.profile.verwijsindex, state.seqs(of: "verwijsindex.weighed").isEmpty else { return nil }
        let suspicion = state.answers.first { $0.afweging == 1 && $0.answer == "strong-suspicion" }?.seq
        let closing = suspicion.flatMap { after in state.seqs(of: "case.closed").first { $0 > after } }
        guard let trigger = [state.seqs(of: "melding.made").first, closing].compactMap({ $0 }).min() else { return nil }
        return finding(
            .verwijsindexNotWeighed, [trigger],
            "\(state.event(at: trigger)?.type ?? "") at seq \(trigger) with a concern, and a registration in the verwijsindex was never weighed",
            citation: rule.citations.first)
    }
}
