import Ledger

/// One section of a report: a heading, explanatory paragraphs, events, and labelled facts (shown in that order).
public struct ReportSection: Sendable, Equatable {
    /// The Dutch heading.
    public let heading: String
    /// Explanatory paragraphs.
    public let paragraphs: [String]
    /// Labelled facts about the case (shown as a table).
    public let facts: [ReportField]
    /// The events of the section, in log order.
    public let entries: [ReportEntry]

    /// Creates a section.
    /// - Parameters:
    ///   - heading: The heading.
    ///   - paragraphs: Explanatory paragraphs.
    ///   - facts: Labelled facts.
    ///   - entries: Events.
    public init(_ heading: String, paragraphs: [String] = [], facts: [ReportField] = [], entries: [ReportEntry] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.facts = facts
        self.entries = entries
    }

    /// Whether the section has nothing to show.
    public var isEmpty: Bool { paragraphs.isEmpty && facts.isEmpty && entries.isEmpty }

    /// The section as JSON.
    /// - Parameter citing: Whether entries name their seq and hash.
    public func json(citing: Bool) -> JSONValue {
        .object([
            "heading": .string(heading), "paragraphs": .array(paragraphs.map { .string($0) }), "facts": .array(facts.map(\.json)),
            "entries": .array(entries.map { $0.json(citing: citing) }),
        ])
    }
}
