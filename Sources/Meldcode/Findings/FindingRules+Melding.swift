import Ledger

extension FindingRules {
    /// The steps a melding needs before it: the types that take each, and what is missing without them.
    static let stepsBeforeMelding: [(code: FindingCode, types: [EventType], missing: String)] = [
        (.meldingWithoutSignals, [.signalRecorded, .checklistCompleted], "any signal recorded (step 1)"),
        (.meldingWithoutConsultation, [.consultationHeld], "a consultation (step 2)"),
        (.meldingWithoutConversation, [.conversationHeld, .conversationSkipped],
         "a conversation with the child or parents, or a permitted reason to skip it (step 3)"),
    ]

    /// Steps 1–3 before every melding, and its discussion by the age rule (001 lines 72-73, 504-508, 563-564).
    func meldingFindings() -> [Finding] {
        state.seqs(of: .meldingMade).flatMap { melding -> [Finding] in
            let emergency = isEmergency(before: melding)
            let note = emergency ? " (after acute unsafety was weighed: an emergency, where the steps may follow the melding)" : ""
            let missing = Self.stepsBeforeMelding.filter { !recorded($0.types, before: melding) }.map {
                finding($0.code, [melding], "melding at seq \(melding) without \($0.missing) before it\(note)", severity: emergency ? .notice : nil)
            }
            return missing + [ageRuleFinding(melding)].compactMap { $0 }
        }
    }

    /// Whether acute unsafety was weighed before `seq` (001 lines 447-452: in an emergency Veilig Thuis is called at once).
    private func isEmergency(before seq: Int) -> Bool {
        state.answers.contains { $0.afweging == 2 && $0.seq < seq && ($0.answer == "acute" || $0.answer == "acute-and-structural") }
    }

    /// The melding was not discussed beforehand with whom the age rule names, nor skipped for a permitted reason.
    private func ageRuleFinding(_ melding: Int) -> Finding? {
        guard let child = state.child, let madeOn = state.day(of: melding, field: .madeOn) else { return nil }
        let age = child.age(on: madeOn)
        guard let band = context.profile.ageRule.band(forAge: age) else { return nil }
        let discussions = state.seqs(of: .meldingDiscussed).filter { $0 < melding }
        var (withChild, withParents) = (false, false)
        for seq in discussions {
            let payload = payload(seq)
            guard payload[.discussed]?.boolValue != false else { return nil }
            let partner = payload[.with]?.stringValue
            withChild = withChild || partner == "child" || partner == "child-and-parents"
            withParents = withParents || partner == "parents" || partner == "child-and-parents"
        }
        guard !band.discussWith.isSatisfied(child: withChild, parents: withParents) else { return nil }
        let held = discussions.isEmpty ? "it was not discussed" : "it was discussed only with \(withChild ? "the child" : "the parents")"
        return finding(
            .meldingNotDiscussedByAge, [melding] + discussions,
            "melding at seq \(melding): the child was \(age) on \(madeOn), so the profile asks to discuss it beforehand with \(band.discussWith.rawValue); \(held)",
            citation: context.profile.ageRule.citations.first)
    }
}
