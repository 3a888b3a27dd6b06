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

    /// The cases due for erasure on a day: of the log's case outlines, those closed or redirected and not erased.
    /// - Parameters:
    ///   - outlines: The log's cases as their headers show them (``CaseOutline/all(in:)``).
    ///   - rule: The access rule of the profile in force.
    ///   - day: The day judged on.
    /// - Returns: The cases due, by id.
    public static func cases(in outlines: [CaseOutline], under rule: AccessRule, on day: CalendarDay) -> [RetentionDue] {
        outlines.compactMap { outline in
            guard outline.erasure == nil, let closedAt = outline.closedAt else { return nil }
            let closedOn = CalendarDay(closedAt)
            let due = rule.erasureDue(closedOn: closedOn)
            return due <= day ? RetentionDue(caseID: outline.id, closedOn: closedOn, due: due) : nil
        }
    }
}
