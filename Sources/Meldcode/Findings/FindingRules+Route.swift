import Ledger

extension FindingRules {
    /// The meldnormen (002 lines 281-283), the profile's route after doubt (002 line 243, 004 line 136) and the
    /// help of afweging 4 (002 line 259).
    func routeFindings() -> [Finding] {
        guard context.profile.weighing.usesAfwegingskader else { return helpFindings() }
        let unmet = state.answers.filter { state.melding(answering: $0) == nil }
        let adviceAfterDoubt = context.profile.doubt.route == .veiligThuisAdvice
        let doubts = unmet.filter { $0.afweging == 2 && $0.answer == "doubt" }
        let unsafe = unmet.filter { $0.afweging == 2 && AfwegingAnswer.unsafeAnswers.contains($0.answer) && !(adviceAfterDoubt && $0.answer == "doubt") }
        let noHelp = unmet.filter { ($0.afweging == 3 || $0.afweging == 4) && $0.answer == "no" }
        let failed = unmet.filter { $0.afweging == 5 && $0.answer == "no" }
        return [
            meldnormFinding(.unsafetyWithoutMelding, unsafe, "acute or structural unsafety (or doubt)", "A"),
            meldnormFinding(.noHelpWithoutMelding, noHelp, "no effective help possible or accepted", "B"),
            meldnormFinding(.failedHelpWithoutMelding, failed, "help that did not reach its result", "C"),
        ].compactMap { $0 } + (adviceAfterDoubt ? doubtFindings(doubts) : []) + helpFindings()
    }

    /// Doubt with neither Veilig Thuis advice nor a melding after it, where the profile asks for advice (004 line 136).
    private func doubtFindings(_ doubts: [AfwegingAnswer]) -> [Finding] {
        doubts.filter { state.veiligThuisAdvice(after: $0.seq) == nil }.map {
            finding(
                .doubtWithoutAdvice, [$0.seq], "afweging 2 = doubt at seq \($0.seq), and Veilig Thuis was not asked for (renewed) advice after it, as the profile requires",
                citation: context.profile.doubt.citations.first)
        }
    }

    private func meldnormFinding(_ code: FindingCode, _ answers: [AfwegingAnswer], _ what: String, _ meldnorm: String) -> Finding? {
        guard !answers.isEmpty else { return nil }
        let answered = answers.map { "afweging \($0.afweging) = \($0.answer) at seq \($0.seq)" }.joined(separator: ", ")
        return finding(
            code, answers.map(\.seq), "\(what) (\(answered)) and no melding after it (meldnorm \(meldnorm))",
            details: answers.map { "afweging \($0.afweging): \($0.dutchName) (seq \($0.seq)), daarna geen melding (meldnorm \(meldnorm))" })
    }

    /// Help accepted but never organised, and help whose term is not after the day it starts (002 l.259: a term
    /// within which the help must show its effect; help entered from paper after its term is judged by its start).
    private func helpFindings() -> [Finding] {
        let accepted = state.answers.filter { $0.afweging == 4 && $0.answer == "yes" && state.first(of: [.helpOrganised], after: $0.seq) == nil }
        let notOrganised = accepted.map {
            finding(
                .helpWithoutTermOrCaseManager, [$0.seq], "help accepted at seq \($0.seq) (afweging 4 = yes) but no help organised with a term and a case manager after it",
                details: ["hulp aanvaard bij seq \($0.seq), daarna geen hulp georganiseerd met een termijn en een casusregisseur"])
        }
        let noTerm = state.seqs(of: .helpOrganised).compactMap { seq -> Finding? in
            guard let term = state.day(of: seq, field: .term), let starts = state.day(of: seq, field: .startsOn), term <= starts else { return nil }
            return finding(
                .helpWithoutTermOrCaseManager, [seq], "help at seq \(seq) has its term on \(term), not after the day it starts (\(starts))",
                details: ["de termijn van de hulp bij seq \(seq) (\(DutchDate.text(term))) ligt niet na haar start (\(DutchDate.text(starts)))"])
        }
        return notOrganised + noTerm
    }
}
