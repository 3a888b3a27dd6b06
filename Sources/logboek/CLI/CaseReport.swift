import Meldcode

/// The text the case commands print: a case's state, its deadlines and its findings.
enum CaseReport {
    /// The full report of one case, as `case show` prints it.
    static func lines(_ snapshot: CaseSnapshot) -> [String] {
        let state = snapshot.state
        var lines = [heading(snapshot)]
        lines.append("Status: \(state.phase.rawValue) · profile \(snapshot.profileName) · as of seq \(snapshot.asOf) · judged on \(snapshot.day)")
        lines += ["", "Events"] + state.eventLines.map { "  \($0.text)" }
        lines += ["", "Steps"] + state.steps.map(step)
        lines += ["", "Afwegingskader"] + state.answers.map { "  afweging \($0.afweging) = \($0.answer) (seq \($0.seq))" }
        lines.append("  Now required: \(route(state.requiredRoute(afterDoubt: snapshot.doubtRoute)))")
        if !state.hypotheses.isEmpty { lines += ["", "Hypotheses"] + state.hypotheses.map(hypothesis) }
        if !state.corrections.isEmpty {
            lines += ["", "Corrections"] + state.corrections.map { "  seq \($0.seq) corrects seq \($0.corrects): \($0.correction)" }
        }
        lines += ["", "Pending"] + (snapshot.pendingActions.isEmpty ? ["  nothing"] : snapshot.pendingActions.map { pending($0, on: snapshot.day) })
        lines += ["", "Findings (\(snapshot.findings.count))"] + (snapshot.findings.isEmpty ? ["  none"] : snapshot.findings.map(finding))
        return lines
    }

    /// The first line: the case and the child.
    static func heading(_ snapshot: CaseSnapshot) -> String {
        guard let child = snapshot.state.child else { return "Case \(snapshot.state.id)" }
        let group = child.group.map { " (\($0))" } ?? ""
        let age = snapshot.childAge.map { ", \($0) years old on \(snapshot.day)" } ?? ""
        return "Case \(snapshot.state.id) — \(child.name)\(group), born \(child.birthDate)\(age)"
    }

    /// One pending action, marked when overdue.
    static func pending(_ action: PendingAction, on day: CalendarDay) -> String {
        action.isOverdue(on: day) ? "  ! \(action.text) — OVERDUE" : "  - \(action.text)"
    }

    /// One finding: severity, code, events, message and the seed lines it comes from.
    static func finding(_ finding: Finding) -> String {
        let events = finding.seqs.map(String.init).joined(separator: ", ")
        return "  \(finding.severity.rawValue) \(finding.code.rawValue) [seq \(events)]: \(finding.message) (\(finding.seed) lines \(finding.citation.lines))"
    }

    private static func step(_ progress: StepProgress) -> String {
        let mark = progress.isTaken ? "[x]" : "[ ]"
        let events = progress.events.isEmpty ? "" : "  seq " + progress.events.map(String.init).joined(separator: ", ")
        return "  \(mark) \(progress.step.rawValue) \(progress.step.dutchName)\(events)"
    }

    private static func route(_ requirement: RouteRequirement) -> String {
        requirement.text + (requirement.metBy.map { " — done at seq \($0)" } ?? "")
    }

    private static func hypothesis(_ record: HypothesisRecord) -> String {
        let standing = record.settledBy.map { "\(record.standing.rawValue) at seq \($0)" } ?? "OPEN"
        return "  seq \(record.seq) (\(standing)): \(record.statement)"
    }
}
