import Ledger

/// Issuing a report is an event: `report.issued` in the case's stream, naming the kind, the recipient, the
/// seqs the report holds, and the SHA-256 of the document and of its evidence bundle, and for a protected parents' report what it
/// showed, redacted or withheld and why, so who received what, and why, is part of the record.
public enum ReportIssue {
    /// The draft of the `report.issued` event for a report handed to someone.
    /// - Parameters:
    ///   - report: The report.
    ///   - recipient: To whom, by name or role.
    ///   - documentSHA256: The hex SHA-256 of the document.
    ///   - bundleSHA256: The hex SHA-256 of the bundle, if one goes with it.
    ///   - day: The day it is handed over.
    /// - Returns: The draft, to be admitted and appended like any meldcode event.
    public static func draft(
        of report: Report, to recipient: String, documentSHA256: String, bundleSHA256: String?, on day: CalendarDay
    ) -> EventDraft {
        var payload = [String: JSONValue](fields: [
            .kind: .string(report.kind.rawValue), .recipient: .string(recipient), .asOf: .integer(Int64(report.asOf)),
            .seqs: .array(report.includedSeqs.map { .integer(Int64($0)) }), .documentSHA256: .string(documentSHA256),
            .issuedOn: .string(day.description),
        ])
        if let bundleSHA256 { payload[.bundleSHA256] = .string(bundleSHA256) }
        if !report.decisions.isEmpty { payload[.decisions] = .array(report.decisions.map(\.json)) }
        return EventDraft(type: EventType.reportIssued.rawValue, stream: CaseStream.name(of: report.caseID), payload: payload)
    }
}
