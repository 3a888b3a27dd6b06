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

    init(_ key: String, _ statement: String, _ rule: any ProfileRule) {
        self.key = key
        self.statement = statement
        citations = rule.citations
        note = rule.note
    }
}
