import Ledger

extension FindingRules {
    /// Who decides and whom they consult (step 5), whom step 2 consults, who attends a conversation with parents.
    func roleFindings() -> [Finding] {
        decisionFindings() + melderFindings() + [consultationFinding()].compactMap { $0 } + parentConversationFindings()
    }

    /// Decisions on a melding by someone the profile does not let decide, or without the roles it requires consulted.
    private func decisionFindings() -> [Finding] {
        let rule = context.profile.decision
        return state.seqs(of: .decisionRecorded).filter { state.standingDecisions[$0] != nil }.flatMap { seq -> [Finding] in
            let payload = payload(seq)
            guard payload[.question]?.stringValue == "melding" else { return [] }
            let deciders = payload[.decidedBy].texts
            var found = [Finding]()
            if !context.anyone(deciders, holdsOneOf: rule.deciders) {
                found.append(finding(
                    .deciderNotAllowed, [seq],
                    "the decision on a melding at seq \(seq) was taken by \(deciders.joined(separator: ", ")), none of whom holds a role the profile lets decide (\(Self.list(rule.deciders)))",
                    citation: rule.citations.first))
            }
            let missing = context.roles(rule.mustConsult, missingAmong: deciders + payload[.consulted].texts)
            if !missing.isEmpty {
                found.append(finding(
                    .decisionWithoutRequiredConsultation, [seq],
                    "the decision on a melding at seq \(seq) was taken without consulting \(Self.list(missing)), as the profile requires",
                    citation: rule.citations.first))
            }
            return found
        }
    }

    /// Meldingen made by someone holding none of the roles the profile lets make a melding.
    private func melderFindings() -> [Finding] {
        let rule = context.profile.melder
        return state.seqs(of: .meldingMade).compactMap { seq -> Finding? in
            guard let melder = payload(seq)[.madeBy]?.stringValue, !context.anyone([melder], holdsOneOf: rule.melders) else { return nil }
            return finding(
                .melderNotAllowed, [seq],
                "the melding at seq \(seq) was made by \(melder), who holds none of the roles the profile lets make a melding (\(Self.list(rule.melders)))",
                citation: rule.citations.first)
        }
    }

    /// Once the case is weighed, decided or reported, step 2 must have consulted the roles the profile requires.
    private func consultationFinding() -> Finding? {
        let rule = context.profile.consultation
        let later = [EventType.weighingRecorded, EventType.decisionRecorded, EventType.meldingMade].compactMap { state.seqs(of: $0).first }
        guard !rule.mustConsult.isEmpty, let trigger = later.min() else { return nil }
        let consultations = state.seqs(of: .consultationHeld).filter { $0 < trigger }
        var held = Set<Role>()
        for seq in consultations {
            let payload = payload(seq)
            if let role = payload[.kind]?.stringValue.flatMap({ Vocabulary.consultedRole[$0] }) { held.insert(role) }
            for actor in payload[.participants].texts { held.formUnion(context.actorRoles[actor] ?? []) }
        }
        let missing = rule.mustConsult.filter { !held.contains($0) }
        guard !missing.isEmpty else { return nil }
        return finding(
            .requiredConsultationMissing, [trigger] + consultations,
            "the case reached seq \(trigger) (\(state.event(at: trigger)?.type ?? "")) without a step-2 consultation of \(Self.list(missing)), as the profile requires",
            citation: rule.citations.first)
    }

    /// Conversations with the parents that no one holding a role the profile names attended.
    private func parentConversationFindings() -> [Finding] {
        let rule = context.profile.parentConversation
        guard !rule.attendAnyOf.isEmpty else { return [] }
        return state.seqs(of: .conversationHeld).compactMap { seq -> Finding? in
            let payload = payload(seq)
            guard let partner = payload[.with]?.stringValue, partner != "child" else { return nil }
            guard !context.anyone(payload[.attendees].texts, holdsOneOf: rule.attendAnyOf) else { return nil }
            return finding(
                .parentConversationWithoutRequiredAttendee, [seq],
                "the conversation with the parents at seq \(seq) was held without \(Self.list(rule.attendAnyOf, joinedBy: " or ")) attending",
                citation: rule.citations.first)
        }
    }

    /// Role slugs in a readable list.
    static func list(_ roles: [Role], joinedBy separator: String = ", ") -> String {
        roles.map(\.rawValue).joined(separator: separator)
    }
}
