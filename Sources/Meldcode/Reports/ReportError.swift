/// Why a report cannot be made; nothing was written.
public enum ReportError: Error, Equatable, Sendable {
    /// The case was not opened by the seq the report is asked as of.
    case caseNotFound(String)
    /// A Veilig Thuis report asked for a case without a decision to make a melding (and not as a draft).
    case noMeldingDecision(String)
    /// A parents' report of a case where a conversation with the parents was skipped for someone's safety.
    case unsafeForParents(String, seqs: [Int])
    /// A parents' report whose free text names staff, a role, a third party or Veilig Thuis in items the school has not
    /// yet released or redacted.
    case pendingForParents(String, seqs: [Int])
    /// A release or redaction of an item the parents' report cannot show (not an event of the case, or closed to parents).
    case unknownRelease(String, seq: Int)

    /// A stable, machine-readable identifier of the kind of error.
    public var code: String {
        switch self {
        case .caseNotFound: "case-not-found"
        case .noMeldingDecision: "no-melding-decision"
        case .unsafeForParents: "unsafe-for-parents"
        case .pendingForParents: "pending-for-parents"
        case .unknownRelease: "unknown-release"
        }
    }

    /// A sentence for people: what is wrong and what to do about it.
    public var message: String {
        switch self {
        case .caseNotFound(let id): "no case '\(id)' was opened by that seq; see `logboek case list`"
        case .noMeldingDecision(let id):
            "case '\(id)' has no decision to make a melding; record one (decision.recorded --question melding) or ask for a --draft"
        case .unsafeForParents(let id, let seqs):
            "in case '\(id)' talking with the parents was skipped because it would endanger the child or others "
                + "(\(seqs.map { "#\($0)" }.joined(separator: ", ")); 001 l.300-304): a report for them can do the same. Consult Veilig Thuis; "
                + "if the school judges it safe now, say why with --safe-to-share TEXT (the skip's explanation stays out of the report)"
        case .pendingForParents(let id, let seqs):
            "in case '\(id)' the text of \(seqs.map { "#\($0)" }.joined(separator: ", ")) names a member of staff, a role, a third party or "
                + "Veilig Thuis: release each with --release SEQ --reason TEXT or redact it with --redact SEQ --reason TEXT; --draft shows "
                + "what each one names"
        case .unknownRelease(let id, let seq):
            "#\(seq) is no item the parents' report of case '\(id)' can show (not an event of the case, or in the part closed to parents)"
        }
    }
}
