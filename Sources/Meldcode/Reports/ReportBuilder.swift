/// Computes what a report holds from a case as of a seq.
public enum ReportBuilder {
    /// The report of a kind.
    /// - Parameters:
    ///   - kind: Which report.
    ///   - input: The case, the school and its actors.
    ///   - draft: For Veilig Thuis: make it even without a decision to make a melding, marked CONCEPT. For the parents: the
    ///     school's draft, which shows what each item holds and what still waits for a decision.
    ///   - parents: For the parents: what the school decided (why it is safe to share, releases, redactions, contact person).
    /// - Returns: The report.
    /// - Throws: ``ReportError/noMeldingDecision(_:)`` for a Veilig Thuis report of a case without that decision, unless
    ///   `draft`; ``ReportError/unsafeForParents(_:seqs:)`` for a parents' report of a case where talking with the
    ///   parents was skipped for safety, unless the school judged it safe; ``ReportError/pendingForParents(_:seqs:)`` while
    ///   items wait for a release or redaction, unless `draft`; ``ReportError/unknownRelease(_:seq:)`` for a release of
    ///   something the report cannot show.
    public static func report(
        _ kind: ReportKind, from input: ReportInput, draft: Bool = false, parents: ParentsChoices = ParentsChoices()
    ) throws(ReportError) -> Report {
        let sections: [ReportSection]
        var isDraft = false
        var decisions = [ParentsDecision]()
        let caseID = input.snapshot.state.id
        switch kind {
        case .ouders:
            let report = ParentsReport(input, choices: parents)
            guard report.safetySkips.isEmpty || parents.judgedSafe != nil || draft else {
                throw .unsafeForParents(caseID, seqs: report.safetySkips.sorted())
            }
            let found = report.items.decisions
            let decided = Set(found.map(\.seq))
            if let stray = Set(parents.releases.keys).union(parents.redactions.keys).subtracting(decided).min() {
                throw .unknownRelease(caseID, seq: stray)
            }
            let pending = found.filter { $0.outcome == .pending }.map(\.seq)
            guard pending.isEmpty || draft else { throw .pendingForParents(caseID, seqs: pending) }
            sections = report.sections(draft: draft)
            decisions = found
            isDraft = draft
        case .veiligThuis:
            let report = VeiligThuisReport(input)
            guard report.hasMeldingDecision || draft else { throw .noMeldingDecision(caseID) }
            isDraft = !report.hasMeldingDecision
            sections = report.sections
        case .dossier:
            sections = DossierReport(input).sections
        case .evaluatie:
            sections = EvaluationReport(input).sections
        }
        let state = input.snapshot.state
        let content = state.events.filter { $0.seq <= input.snapshot.asOf && $0.type != EventType.caseViewed }
        let last = content.last ?? state.events.first
        return Report(
            kind: kind, organisation: input.organisation, caseID: caseID, asOf: last?.seq ?? input.snapshot.asOf,
            asOfMoment: last?.recordedAt ?? .init(millisecondsSinceEpoch: 0), isDraft: isDraft, sections: sections, decisions: decisions)
    }
}
