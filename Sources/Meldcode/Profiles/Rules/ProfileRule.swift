import Ledger

/// What every rule of a profile has: the seed lines it encodes and an optional note on how it was read.
public protocol ProfileRule: Sendable, Equatable {
    /// The seed lines the rule encodes; none for a rule that is the school's own choice (its note says why).
    var citations: [Citation] { get }
    /// How the rule was read from the seeds, where that needed a choice (English).
    var note: String? { get }
    /// The rule's own members, without `citations` and `note`.
    var ruleMembers: [String: JSONValue] { get }
}

extension ProfileRule {
    /// The rule as the JSON object a profile carries.
    public var json: JSONValue {
        var members = ruleMembers
        members["citations"] = .array(citations.map(\.json))
        if let note { members["note"] = .string(note) }
        return .object(members)
    }
}
