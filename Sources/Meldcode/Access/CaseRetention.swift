import Ledger

/// A closed case whose retention period has passed (DESIGN.md, "Privacy"): it was closed or redirected
/// (`case.closed` / `case.redirected`, read from the event headers, so no key is needed) and the profile's
/// `access.retentionYears` have passed since that day (Europe/Amsterdam); it is due for erasure.
public struct CaseRetention: Sendable, Equatable {
    /// The case id.
    public let caseID: String
    /// The day the case was closed or redirected (the last time, if it was re-opened in between).
    public let closedOn: CalendarDay
    /// The first day on which it is due for erasure.
    public let dueOn: CalendarDay

    /// The cases that are closed, not erased, and due for erasure by a day.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - rule: The access rule of the profile in force (its retention period).
    ///   - day: The day to judge on.
    /// - Returns: The due cases, by case id.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public static func due(in writer: LogWriter, under rule: AccessRule, on day: CalendarDay) throws(LedgerError) -> [CaseRetention] {
        let erasures = try CaseErasure.all(in: writer)
        var due = [CaseRetention]()
        for stream in try writer.streams() {
            guard let id = CaseStream.caseID(of: stream), erasures[id] == nil else { continue }
            var closedOn: CalendarDay?
            for event in try writer.events(inStream: stream) {
                switch event.header.type {
                case "case.closed", "case.redirected": closedOn = CalendarDay(event.header.recordedAt)
                case "case.reopened": closedOn = nil
                default: break
                }
            }
            guard let closedOn else { continue }
            let dueOn = adding(years: rule.retentionYears, to: closedOn)
            if dueOn <= day { due.append(CaseRetention(caseID: id, closedOn: closedOn, dueOn: dueOn)) }
        }
        return due.sorted { $0.caseID < $1.caseID }
    }

    /// The same day and month `years` later; 29 February becomes 28 February in a common year.
    private static func adding(years: Int, to day: CalendarDay) -> CalendarDay {
        let (year, month, date) = day.civil
        return CalendarDay(year: year + years, month: month, day: date) ?? CalendarDay(year: year + years, month: month, day: date - 1) ?? day
    }
}
