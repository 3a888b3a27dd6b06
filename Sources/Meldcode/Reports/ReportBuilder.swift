/// Computes what a report holds from a case as of a seq.
public enum ReportBuilder {
    /// The report of a kind.
    /// - Parameters:
    ///   - kind: Which report.
    ///   - input: The case, the school and its actors.
    ///   - draft: For Veilig Thuis: make it even without a decision to make a melding, marked CONCEPT.
    ///   - judgedSafe: For the parents: why the school judged the report safe to share although a conversation with
    ///     the parents was skipped because it would endanger the child, the professional or others.
    /// - Returns: The report.
    /// - Throws: ``ReportError/noMeldingDecision(_:)`` for a Veilig Thuis report of a case without that decision, unless
    ///   `draft`; ``ReportError/unsafeForParents(_:seqs:)`` for a parents' report of a case where talking with the
    ///   parents was skipped for safety, unless `judgedSafe`.
    public static func report(
        _ kind: ReportKind, from input: ReportInput, draft: Bool = false, judgedSafe: String? = nil
    ) throws(ReportError) -> Report {
        let sections: [ReportSection]
        var isDraft = false
        var revealingMelder = Set<Int>()
        switch kind {
        case .ouders:
            let report = ParentsReport(input, judgedSafe: judgedSafe)
            guard report.safetySkips.isEmpty || judgedSafe != nil else {
                throw .unsafeForParents(input.snapshot.state.id, seqs: report.safetySkips.sorted())
            }
            sections = report.sections
            revealingMelder = report.revealingMelder
        case .veiligThuis:
            let report = VeiligThuisReport(input)
            guard report.hasMeldingDecision || draft else { throw .noMeldingDecision(input.snapshot.state.id) }
            isDraft = !report.hasMeldingDecision
            sections = report.sections
        case .dossier:
            sections = DossierReport(input).sections
        case .evaluatie:
            sections = EvaluationReport(input).sections
        }
        let state = input.snapshot.state
        let asOfMoment = state.events.last { $0.seq <= input.snapshot.asOf }?.recordedAt ?? state.events.first?.recordedAt
        return Report(
            kind: kind, organisation: input.organisation, caseID: state.id, asOf: input.snapshot.asOf,
            asOfMoment: asOfMoment ?? .init(millisecondsSinceEpoch: 0), isDraft: isDraft, sections: sections,
            revealingMelder: revealingMelder)
    }
}
