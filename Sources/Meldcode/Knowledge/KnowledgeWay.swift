/// How someone came to know a fact (docs/DOMAIN.md, "Who knew what when").
public enum KnowledgeWay: String, Sendable, Equatable, CaseIterable {
    /// They recorded it themselves.
    case authored
    /// They were present when it happened or was discussed (a consultation, conversation, weighing, decision).
    case present
    /// Someone told them (`information.shared`, `parents.informed`, a melding to Veilig Thuis).
    case told
    /// They read it in Logboek (`case.viewed`).
    case read
    /// They received a report holding it (`report.issued`).
    case reportReceived = "report-received"
}
