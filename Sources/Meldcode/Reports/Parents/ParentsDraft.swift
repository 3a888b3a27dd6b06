/// What a parents' draft shows the school only: each item of the case, what the report does with it and on
/// which ground, and what still waits for a decision (`--release SEQ --reason TEXT` or `--redact SEQ --reason
/// TEXT`). A draft is never handed over, so it may name seqs.
enum ParentsDraft {
    /// The heading of the draft's own section.
    static let heading = "Alleen voor de school: wat dit verslag toont en achterhoudt"

    /// The section listing every decision.
    /// - Parameter decisions: The decisions, in log order.
    /// - Returns: The section.
    static func section(_ decisions: [ParentsDecision]) -> ReportSection {
        let pending = decisions.filter { $0.outcome == .pending }
        let intro = pending.isEmpty
            ? "Niets wacht nog op een besluit. Dit concept gaat niet naar de ouders."
            : "\(pending.count == 1 ? "Eén onderdeel wacht" : "\(pending.count) onderdelen wachten") op een besluit: geef het vrij "
                + "(--release VOLGNUMMER --reason TEKST) of laat de namen en functies weg (--redact VOLGNUMMER --reason TEKST). "
                + "Dit concept gaat niet naar de ouders."
        let facts = decisions.map { decision in
            let detail = decision.found.isEmpty ? decision.ground : decision.found.joined(separator: ", ")
            return ReportField("#\(decision.seq) \(decision.title)", .text("\(decision.outcome.dutchName): \(detail)"))
        }
        return ReportSection(heading, paragraphs: [intro], facts: facts)
    }
}
