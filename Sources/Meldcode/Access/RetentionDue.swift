import Ledger

/// A closed case whose content is due for erasure: closed (or redirected, and not re-opened since) on a day
/// whose retention period under the profile in force has passed. Read from the headers alone, so a retention
/// run needs no case key.
public struct RetentionDue: Sendable, Equatable {
    /// The case id.
    public let caseID: String
    /// The day (Dutch time) the case was last closed or redirected, as the log recorded it.
    public let closedOn: CalendarDay
    /// The day its content fell due for erasure.
    public let due: CalendarDay

    /// The cases due for erasure on a day.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - rule: The access rule of the profile in force.
    ///   - day: The day judged on.
    ///   - erased: The cases already erased (left out).
    /// - Returns: The cases due, by id.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public static func cases(in writer: LogWriter, under rule: AccessRule, on day: CalendarDay, erased: Set<String>) throws(LedgerError) -> [RetentionDue] {
        var due = [RetentionDue]()
        for id in try writer.streams().compactMap(CaseStream.caseID).sorted() where !erased.contains(id) {
            let headers = try writer.events(inStream: CaseStream.name(of: id)).map(\.header)
            guard let last = headers.last(where: { ["case.closed", "case.redirected", "case.reopened"].contains($0.type) }),
                  last.type != "case.reopened"
            else { continue }
            let closedOn = CalendarDay(last.recordedAt)
            let dueOn = rule.erasureDue(closedOn: closedOn)
            if dueOn <= day { due.append(RetentionDue(caseID: id, closedOn: closedOn, due: dueOn)) }
        }
        return due
    }
}
