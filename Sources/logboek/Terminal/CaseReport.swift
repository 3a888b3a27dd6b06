import Meldcode

/// The text the case commands print for the school's staff, in Dutch: a case's state, its deadlines and its
/// findings. Values show their Dutch names; `--json` keeps the slugs.
enum CaseReport {
    /// The full report of one case, as `case show` prints it.
    static func lines(_ snapshot: CaseSnapshot) -> [String] {
        let state = snapshot.state
        var lines = [heading(snapshot)]
        lines.append("Stand: \(state.phase.dutchName) · protocol \(snapshot.profileName) · tot en met seq \(snapshot.asOf) · beoordeeld op \(DutchDate.text(snapshot.day))")
        let reads = state.seqs(of: .caseViewed)
        lines += ["", "Vastleggingen"] + state.eventLines.filter { !reads.contains($0.seq) }.map { "  \($0.text)" }
        if let last = reads.last.flatMap(state.event(at:)) {
            lines.append("  (\(reads.count) keer ingezien, het laatst op \(DutchDate.text(last.recordedAt)) door \(last.author); `logboek knowledge` zegt wie wat las)")
        }
        lines += ["", "Stappen"] + state.steps.map(step)
        lines += ["", "Afwegingskader"] + state.answers.map(answer)
        lines.append("  Nu nodig: \(route(state.requiredRoute(afterDoubt: snapshot.doubtRoute)))")
        if !state.hypotheses.isEmpty { lines += ["", "Hypothesen"] + state.hypotheses.map(hypothesis) }
        if !state.corrections.isEmpty { lines += ["", "Correcties"] + state.corrections.map(correction) }
        lines += ["", "Openstaand"] + (snapshot.pendingActions.isEmpty ? ["  niets"] : snapshot.pendingActions.map { pending($0, on: snapshot.day) })
        lines += ["", "Bevindingen (\(snapshot.findings.count))"] + (snapshot.findings.isEmpty ? ["  geen"] : snapshot.findings.flatMap(finding))
        return lines
    }

    /// The first line: the case and the child.
    static func heading(_ snapshot: CaseSnapshot) -> String {
        guard let child = snapshot.state.child else { return "Dossier \(snapshot.state.id)" }
        let group = child.group.map { " (\($0))" } ?? ""
        let age = snapshot.childAge.map { ", \($0) jaar op \(DutchDate.text(snapshot.day))" } ?? ""
        return "Dossier \(snapshot.state.id) — \(child.name)\(group), geboren \(DutchDate.text(child.birthDate))\(age)"
    }

    /// One pending action, marked when overdue.
    static func pending(_ action: PendingAction, on day: CalendarDay) -> String {
        let text = action.dutchText { "seq \($0)" }
        return action.isOverdue(on: day) ? "  ! \(text) — TE LAAT" : "  - \(text)"
    }

    /// One finding: its severity and Dutch sentence, the events involved and the seed lines it comes from, then
    /// its details one per line.
    static func finding(_ finding: Finding) -> [String] {
        let events = finding.seqs.map(String.init).joined(separator: ", ")
        return ["  \(finding.severity.dutchName): \(finding.code.dutchText) (seq \(events); bron \(finding.citation.dutchText))"]
            + finding.details.map { "      \($0)" }
    }

    private static func step(_ progress: StepProgress) -> String {
        let mark = progress.isTaken ? "[x]" : "[ ]"
        let events = progress.events.isEmpty ? "" : "  seq " + progress.events.map(String.init).joined(separator: ", ")
        return "  \(mark) \(progress.step.rawValue) \(progress.step.dutchName)\(events)"
    }

    private static func answer(_ answer: AfwegingAnswer) -> String {
        let replaced = answer.replaces.map { "; neemt de plaats in van het antwoord van seq \($0)" } ?? ""
        return "  afweging \(answer.afweging): \(answer.dutchName) (seq \(answer.seq)\(replaced))"
    }

    private static func route(_ requirement: RouteRequirement) -> String {
        requirement.dutchText + (requirement.metBy.map { " — gedaan bij seq \($0)" } ?? "")
    }

    private static func hypothesis(_ record: HypothesisRecord) -> String {
        let standing = record.settledBy.map { "\(record.standing.dutchName) bij seq \($0)" } ?? "OPEN"
        return "  seq \(record.seq) (\(standing)): \(record.statement)"
    }

    private static func correction(_ record: CorrectionRecord) -> String {
        let change = record.dutchChange.map { " [\($0)]" } ?? ""
        return "  seq \(record.seq) corrigeert seq \(record.corrects): \(record.correction)\(change)"
    }
}
