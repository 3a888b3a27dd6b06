import Ledger

/// The rules that find where one case's record departs from the meldcode and the profile in force.
/// Each rule reads the folded ``CaseState``; together they take time linear in the case's events.
struct FindingRules {
    /// The case.
    let state: CaseState
    /// The profile, roles and day.
    let context: FindingContext

    /// Every finding, ordered by the first event involved, then by code.
    func all() -> [Finding] {
        let found = meldingFindings() + routeFindings() + roleFindings() + forumFindings() + conversationFindings() + recordingFindings() + termFindings() + dutyFindings()
        return found.sorted { ($0.seqs.first ?? -1, $0.code.rawValue) < ($1.seqs.first ?? -1, $1.code.rawValue) }
    }

    /// A finding about this case.
    func finding(
        _ code: FindingCode, _ seqs: [Int], _ message: String, severity: FindingSeverity? = nil, citation: Citation? = nil,
        details: [String] = []
    ) -> Finding {
        Finding(code, caseID: state.id, seqs: seqs, message: message, severity: severity, citation: citation, details: details)
    }

    /// The payload of one of the case's events (empty if the seq is not the case's).
    func payload(_ seq: Int) -> [String: JSONValue] { state.payload(at: seq) ?? [:] }

    /// Whether an event of one of the types was recorded before `seq`.
    func recorded(_ types: [EventType], before seq: Int) -> Bool {
        types.contains { state.seqs(of: $0).first.map { $0 < seq } ?? false }
    }
}

extension CaseState {
    /// Where the case's record departs from the meldcode and the profile in force. Findings inform; they
    /// never block.
    /// - Parameter context: The profile, the actors' roles and the day terms are judged on.
    /// - Returns: The findings, ordered by the first event involved, then by code.
    public func findings(in context: FindingContext) -> [Finding] {
        FindingRules(state: self, context: context).all()
    }
}
