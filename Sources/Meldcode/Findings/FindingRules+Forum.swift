import Ledger

extension FindingRules {
    /// Weighings and melding decisions taken by one person where the profile names a forum that weighs or
    /// decides (004 lines 133-134 and 140-142, 003's ZBO, 000's ondersteuningsteam), and meldingen not agreed
    /// in the forum the profile names (004 lines 159-161).
    func forumFindings() -> [Finding] {
        weighingForumFindings() + decisionForumFindings() + meldingAgreementFindings()
    }

    private func weighingForumFindings() -> [Finding] {
        let rule = context.profile.weighing
        guard rule.forum != .individueel else { return [] }
        return state.seqs(of: .weighingRecorded).compactMap { seq -> Finding? in
            guard !takenTogether(weighing: seq) else { return nil }
            return finding(
                .weighingWithoutForum, [seq],
                "the weighing at seq \(seq) was made by one person; the profile has it made in forum '\(rule.forum.rawValue)'",
                citation: rule.citations.first)
        }
    }

    private func decisionForumFindings() -> [Finding] {
        let rule = context.profile.decision
        guard rule.forum != .individueel else { return [] }
        return meldingDecisions.compactMap { seq -> Finding? in
            guard !takenTogether(decision: seq) else { return nil }
            return finding(
                .decisionWithoutForum, [seq],
                "the decision on a melding at seq \(seq) was taken by one person; the profile has it taken in forum '\(rule.forum.rawValue)'",
                citation: rule.citations.first)
        }
    }

    private func meldingAgreementFindings() -> [Finding] {
        let rule = context.profile.melder
        guard rule.agreedIn != .individueel else { return [] }
        return state.seqs(of: .meldingMade).compactMap { seq -> Finding? in
            let referenced = payload(seq)[.decision]?.integerValue.map(Int.init)
            let decision = referenced ?? meldingDecisions.last { $0 < seq }
            guard !(decision.map { takenTogether(decision: $0) } ?? false) else { return nil }
            let what = decision.map { "its decision at seq \($0) was taken by one person" } ?? "no decision on it was recorded before it"
            return finding(
                .meldingNotAgreedInForum, [seq] + (decision.map { [$0] } ?? []),
                "the melding at seq \(seq) was not agreed in forum '\(rule.agreedIn.rawValue)', as the profile requires: \(what)",
                citation: rule.citations.first)
        }
    }

    /// The decisions on a melding (`question` = `melding`).
    private var meldingDecisions: [Int] {
        state.seqs(of: .decisionRecorded).filter { payload($0)[.question]?.stringValue == "melding" }
    }

    /// Whether more than one person weighed: the participants (the author when none is named) and those from outside, or
    /// the weighing names a forum (not `individueel`) as where it was made.
    private func takenTogether(weighing seq: Int) -> Bool {
        let payload = payload(seq)
        if let forum = payload[.forum]?.stringValue, forum != Forum.individueel.rawValue { return true }
        let named = payload[.participants].texts
        let actors = Set(named.isEmpty ? [state.event(at: seq)?.author].compactMap { $0 } : named)
        return actors.count + payload[.outsideParticipants].texts.count > 1
    }

    /// Whether more than one person took a decision: those who decided, were consulted, or were consulted from outside.
    private func takenTogether(decision seq: Int) -> Bool {
        let payload = payload(seq)
        if let forum = payload[.forum]?.stringValue, forum != Forum.individueel.rawValue { return true }
        let actors = Set(payload[.decidedBy].texts + payload[.consulted].texts)
        return actors.count + payload[.outsideConsulted].texts.count > 1
    }
}
