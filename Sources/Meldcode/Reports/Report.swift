import Ledger

/// What one report holds, computed from the case's events as of a seq: the model that `Documents`
/// renders to HTML and to JSON, so the two never disagree.
public struct Report: Sendable, Equatable {
    /// Which report.
    public let kind: ReportKind
    /// The school.
    public let organisation: String
    /// The case id.
    public let caseID: String
    /// The last seq the report is computed from.
    public let asOf: Int
    /// The moment of that event.
    public let asOfMoment: Timestamp
    /// Whether this is a draft (a Veilig Thuis report before the decision to make a melding).
    public let isDraft: Bool
    /// The sections, in order.
    public let sections: [ReportSection]
    /// The seqs of the events the report relies on, ascending.
    public let includedSeqs: [Int]

    /// Creates a report.
    /// - Parameters:
    ///   - kind: Which report.
    ///   - organisation: The school.
    ///   - caseID: The case id.
    ///   - asOf: The last seq.
    ///   - asOfMoment: Its moment.
    ///   - isDraft: Whether it is a draft.
    ///   - sections: The non-empty sections.
    public init(kind: ReportKind, organisation: String, caseID: String, asOf: Int, asOfMoment: Timestamp, isDraft: Bool, sections: [ReportSection]) {
        self.kind = kind
        self.organisation = organisation
        self.caseID = caseID
        self.asOf = asOf
        self.asOfMoment = asOfMoment
        self.isDraft = isDraft
        self.sections = sections.filter { !$0.isEmpty }
        self.includedSeqs = Set(self.sections.flatMap { $0.entries.map(\.seq) }).sorted()
    }

    /// The report as JSON: `{"kind", "title", "organisation", "case", "asOf", "asOfMoment", "draft", "sections", "includedSeqs"}`.
    public var json: JSONValue {
        .object([
            "kind": .string(kind.rawValue), "title": .string(kind.title), "organisation": .string(organisation), "case": .string(caseID),
            "asOf": .integer(Int64(asOf)), "asOfMoment": .string(asOfMoment.description), "draft": .bool(isDraft),
            "sections": .array(sections.map(\.json)), "includedSeqs": .array(includedSeqs.map { .integer(Int64($0)) }),
        ])
    }
}
