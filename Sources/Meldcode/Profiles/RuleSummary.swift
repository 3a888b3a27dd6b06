/// One rule of a profile, stated for people, with the seed lines it encodes (what `profile show` prints).
public struct RuleSummary: Sendable, Equatable {
    /// The rule's member name in the profile's JSON, e.g. `decision`.
    public let key: String
    /// What the rule requires, in one English sentence with the Dutch terms.
    public let statement: String
    /// The seed lines it encodes.
    public let citations: [Citation]
    /// How it was read from the seeds, if that needed a choice.
    public let note: String?

    /// Whether a seed line sets the rule; otherwise it is the school's own choice (or this logbook's default).
    public var isFromSeed: Bool { !citations.isEmpty }

    init(_ key: String, _ statement: String, _ rule: any ProfileRule) {
        self.init(key, statement, citations: rule.citations, note: rule.note)
    }

    init(_ key: String, _ statement: String, citations: [Citation], note: String?) {
        self.key = key
        self.statement = statement
        self.citations = citations
        self.note = note
    }
}
