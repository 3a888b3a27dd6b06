import Ledger

extension FindingRules {
    /// Duties the profiles declare that the other rules leave unchecked: informing the roles the profile names of a
    /// melding, weighing before a melding, evaluating help by its term, and making the melding at once after unsafety.
    func dutyFindings() -> [Finding] {
        informedFindings() + weighingFindings() + helpTermFindings() + delayedMeldingFindings()
    }

    /// Meldingen no one holding a role the profile requires to be informed knew of, by any way the knowledge
    /// projection sees: made, decided, present or told of the melding or its decision (000 l.220–224).
    private func informedFindings() -> [Finding] {
        let rule = context.profile.melder
        let meldingen = state.seqs(of: .meldingMade)
        guard !rule.mustInform.isEmpty, !meldingen.isEmpty else { return [] }
        let knowledge = CaseKnowledge(id: state.id, events: state.events)
        return meldingen.compactMap { melding -> Finding? in
            let decision = payload(melding)[.decision]?.integerValue.map(Int.init)
            let knowers = ([melding] + [decision].compactMap { $0 }).flatMap { knowledge.knowers(of: $0).map(\.knower) }
            let missing = rule.mustInform.filter { role in !knowers.contains { Self.knower($0, holds: role, in: context) } }
            guard !missing.isEmpty else { return nil }
            return finding(
                .informedRoleNotInformed, [melding],
                "the melding at seq \(melding) was made without \(Self.list(missing)) knowing of it or of its decision, as the profile requires; record information.shared")
        }
    }

    /// Whether a knower holds a role: an actor with it, or the outside party of that role (the bevoegd gezag, the director).
    private static func knower(_ knower: Knower, holds role: Role, in context: FindingContext) -> Bool {
        switch knower {
        case .actor(let id): return context.actorRoles[id]?.contains(role) ?? false
        case .party(let name):
            let party = role == .bestuur ? "bevoegd-gezag" : role.rawValue
            return Vocabulary.outsideParties.first { $0.value == party }.map { name.hasPrefix($0.label) } ?? false
        }
    }

    /// Meldingen with no weighing recorded before them, nor weighed on or before the day they were made (002 Bijlage 1).
    private func weighingFindings() -> [Finding] {
        let weighings = state.seqs(of: .weighingRecorded)
        return state.seqs(of: .meldingMade).compactMap { melding -> Finding? in
            let madeOn = state.day(of: melding, field: .madeOn)
            let weighed = weighings.contains { seq in
                seq < melding || (madeOn.map { made in state.day(of: seq, field: .weighedOn).map { $0 <= made } ?? false } ?? false)
            }
            guard !weighed else { return nil }
            return finding(.meldingWithoutWeighing, [melding], "melding at seq \(melding) without a weighing with the afwegingskader (step 4) before it")
        }
    }

    /// Help whose term has passed on the context's day without an evaluation (002 l.263: afweging 5).
    private func helpTermFindings() -> [Finding] {
        state.pendingActions(under: context.profile)
            .filter { $0.kind == .helpTerm && $0.isOverdue(on: context.day) }
            .map { finding(.helpTermPassedWithoutEvaluation, [$0.seq], "the term of the help at seq \($0.seq) passed on \($0.due) and the help was not evaluated (afweging 5)") }
    }

    /// Unsafety (or doubt) weighed in afweging 2, and the melding answering it made days later (002 l.243: direct); the
    /// next day still counts as at once (a weighing late in the day, the call the next morning).
    private func delayedMeldingFindings() -> [Finding] {
        state.answers.filter { $0.afweging == 2 && AfwegingAnswer.unsafeAnswers.contains($0.answer) }.compactMap { answer -> Finding? in
            guard let melding = state.melding(answering: answer), let weighed = state.recordedDay(of: answer.seq),
                  let madeOn = state.day(of: melding, field: .madeOn), madeOn > weighed.adding(days: 1) else { return nil }
            let days = madeOn.daysSinceEpoch - weighed.daysSinceEpoch
            return finding(
                .unsafetyMeldingDelayed, [answer.seq, melding],
                "afweging 2 = \(answer.answer) at seq \(answer.seq) on \(weighed), and the melding at seq \(melding) was made \(days) day(s) later, on \(madeOn), not at once")
        }
    }
}
