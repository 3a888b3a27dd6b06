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
    /// The seqs whose stored line an evidence bundle may carry: the entries shown whole whose line does not reveal a shielded melder.
    public let provableSeqs: [Int]
    /// How many entries have no line in a bundle because it would reveal a shielded melder (as author or in the payload).
    public let withheldForMelder: Int
    /// How many entries have no line in a bundle because the report shows only part of their content.
    public let withheldAsPartial: Int

    /// Creates a report.
    /// - Parameters:
    ///   - kind: Which report.
    ///   - organisation: The school.
    ///   - caseID: The case id.
    ///   - asOf: The last seq.
    ///   - asOfMoment: Its moment.
    ///   - isDraft: Whether it is a draft.
    ///   - sections: The non-empty sections.
    ///   - revealingMelder: The seqs of events whose stored line would reveal a shielded melder.
    public init(
        kind: ReportKind, organisation: String, caseID: String, asOf: Int, asOfMoment: Timestamp, isDraft: Bool, sections: [ReportSection],
        revealingMelder: Set<Int> = []
    ) {
        self.kind = kind
        self.organisation = organisation
        self.caseID = caseID
        self.asOf = asOf
        self.asOfMoment = asOfMoment
        self.isDraft = isDraft
        self.sections = sections.filter { !$0.isEmpty }
        let entries = Dictionary(self.sections.flatMap(\.entries).map { ($0.seq, $0) }) { first, _ in first }
        self.includedSeqs = entries.keys.sorted()
        let shielded = includedSeqs.filter { revealingMelder.contains($0) }
        let partial = includedSeqs.filter { entries[$0]?.isComplete == false && !revealingMelder.contains($0) }
        self.provableSeqs = includedSeqs.filter { !revealingMelder.contains($0) && entries[$0]?.isComplete == true }
        self.withheldForMelder = shielded.count
        self.withheldAsPartial = partial.count
    }

    /// What the report says about the entries an evidence bundle cannot carry, in Dutch (none when all can).
    public var evidenceNotes: [String] {
        var notes = [String]()
        if withheldForMelder > 0 { notes.append("\(Self.events(withheldForMelder)) zonder bewijsregel, ter bescherming van de melder.") }
        if withheldAsPartial > 0 {
            notes.append("\(Self.events(withheldAsPartial)) zonder bewijsregel, omdat dit verslag maar een deel van de inhoud toont.")
        }
        return notes
    }

    private static func events(_ count: Int) -> String { count == 1 ? "1 gebeurtenis" : "\(count) gebeurtenissen" }

    /// The report as JSON: `{"kind", "title", "organisation", "case", "asOf", "asOfMoment", "draft", "sections", "includedSeqs"}`.
    public var json: JSONValue {
        .object([
            "kind": .string(kind.rawValue), "title": .string(kind.title), "organisation": .string(organisation), "case": .string(caseID),
            "asOf": .integer(Int64(asOf)), "asOfMoment": .string(asOfMoment.description), "draft": .bool(isDraft),
            "sections": .array(sections.map(\.json)), "includedSeqs": .array(includedSeqs.map { .integer(Int64($0)) }),
            "provableSeqs": .array(provableSeqs.map { .integer(Int64($0)) }), "evidenceNotes": .array(evidenceNotes.map { .string($0) }),
        ])
    }
}
