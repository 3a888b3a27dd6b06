import Ledger

extension CaseEvaluation {
    /// The evaluation as Dutch text: the time line, late records, then each decision with what was known then.
    /// - Parameter actorRoles: Each actor's roles, to name people.
    /// - Returns: The lines.
    public func lines(actorRoles: [String: Set<Role>]) -> [String] {
        let names = KnowledgeSentences(knowledge, actorRoles: actorRoles)
        let child = state.child.map { " (\($0.name))" } ?? ""
        var lines = ["Evaluatie van dossier \(state.id)\(child), besluit voor besluit", "", "Tijdlijn (dagen sinds het eerste signaal)"]
        lines += timeline.map { "  \($0.label): \($0.day.dutchText) (seq \($0.seq))" + ($0.daysFromFirstSignal.map { ", dag \($0)" } ?? "") }
        lines += ["", "Lang na de feiten vastgelegd"] + (lateRecords.isEmpty ? ["  niets"] : lateRecords.flatMap(\.details).map { "  - \($0)" })
        for (number, point) in points.enumerated() {
            lines += [""] + decision(point, number: number + 1, names)
        }
        return lines
    }

    private func decision(_ point: DecisionPoint, number: Int, _ names: KnowledgeSentences) -> [String] {
        var lines = [
            "Besluit \(number): \(names.fact(point.event.seq)) op \(point.day.dutchText) (vastgelegd \(CalendarDay(point.event.recordedAt).dutchText))",
            "  Protocol: \(point.profileName); \(point.requiredBefore.dutchText)",
        ]
        for person in point.people {
            let role = person.decided ? "besliste" : "aanwezig of geraadpleegd"
            lines.append("  \(KnowledgeSentences.capitalised(names.name(person.knower))) (\(role)) wist van \(Self.seqs(person.knew)); wist nog niet wat het logboek al had: \(Self.seqs(person.didNotKnow))")
        }
        lines.append("  Over tijd op die dag: " + (point.overdue.isEmpty ? "niets" : point.overdue.map { $0.dutchText(naming: names.fact) }.joined(separator: "; ")))
        lines.append("  Bevindingen toen: " + (point.findings.isEmpty ? "geen" : ""))
        lines += point.findings.map { "    - \($0.severity.dutchName): \($0.code.dutchText)" }
        return lines
    }

    private static func seqs(_ seqs: [Int]) -> String {
        seqs.isEmpty ? "niets" : "\(seqs.count) vastlegging(en) (" + seqs.map { "#\($0)" }.joined(separator: ", ") + ")"
    }
}
