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
    /// The last content event the report is computed from (a read, `case.viewed`, is no content).
    public let asOf: Int
    /// The moment of that event.
    public let asOfMoment: Timestamp
    /// Whether this is a draft: a Veilig Thuis report before the decision to make a melding, or the school's draft of a parents' report.
    public let isDraft: Bool
    /// The sections, in order.
    public let sections: [ReportSection]
    /// The seqs of the events the report relies on, ascending.
    public let includedSeqs: [Int]
    /// The seqs whose stored line an evidence bundle may carry: the entries shown whole (none for the parents, whose report
    /// and bundle hold no seq, hash, author or stored line).
    public let provableSeqs: [Int]
    /// How many entries have no line in a bundle because the report shows only part of their content.
    public let withheldAsPartial: Int
    /// What a protected parents' report did with each event it could show (recorded in `report.issued`, never shown to the parents).
    public let decisions: [ParentsDecision]

    /// Creates a report.
    /// - Parameters:
    ///   - kind: Which report.
    ///   - organisation: The school.
    ///   - caseID: The case id.
    ///   - asOf: The last content seq.
    ///   - asOfMoment: Its moment.
    ///   - isDraft: Whether it is a draft.
    ///   - sections: The non-empty sections.
    ///   - decisions: For a protected parents' report, what it did with each event.
    public init(
        kind: ReportKind, organisation: String, caseID: String, asOf: Int, asOfMoment: Timestamp, isDraft: Bool, sections: [ReportSection],
        decisions: [ParentsDecision] = []
    ) {
        self.kind = kind
        self.organisation = organisation
        self.caseID = caseID
        self.asOf = asOf
        self.asOfMoment = asOfMoment
        self.isDraft = isDraft
        self.sections = sections.filter { !$0.isEmpty }
        self.decisions = decisions
        let entries = Dictionary(self.sections.flatMap(\.entries).map { ($0.seq, $0) }) { first, _ in first }
        self.includedSeqs = entries.keys.sorted()
        let cites = kind.citesEvents
        self.provableSeqs = cites ? includedSeqs.filter { entries[$0]?.isComplete == true } : []
        self.withheldAsPartial = cites ? includedSeqs.count - provableSeqs.count : 0
    }

    /// Whether the report cites its events by seq and hash.
    public var citesEvents: Bool { kind.citesEvents }

    /// The items of a parents' report that still wait for the school to release or redact them.
    public var pending: [ParentsDecision] { decisions.filter { $0.outcome == .pending } }

    /// What the report says about the entries an evidence bundle cannot carry, in Dutch (none when all can).
    public var evidenceNotes: [String] {
        guard withheldAsPartial > 0 else { return [] }
        let count = withheldAsPartial == 1 ? "1 vastlegging" : "\(withheldAsPartial) vastleggingen"
        return ["\(count) zonder regel in het bewijsbestand, omdat dit verslag maar een deel van de inhoud toont."]
    }

    /// The report as JSON: `{"kind", "title", "organisation", "case", "draft", "sections"}`, and for a report that cites its
    /// events also `"asOf", "asOfMoment", "includedSeqs", "provableSeqs", "evidenceNotes"`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "kind": .string(kind.rawValue), "title": .string(kind.title), "organisation": .string(organisation), "case": .string(caseID),
            "draft": .bool(isDraft), "sections": .array(sections.map { $0.json(citing: citesEvents) }),
        ]
        guard citesEvents else { return .object(members) }
        members["asOf"] = .integer(Int64(asOf))
        members["asOfMoment"] = .string(asOfMoment.description)
        members["includedSeqs"] = .array(includedSeqs.map { .integer(Int64($0)) })
        members["provableSeqs"] = .array(provableSeqs.map { .integer(Int64($0)) })
        members["evidenceNotes"] = .array(evidenceNotes.map { .string($0) })
        return .object(members)
    }
}
