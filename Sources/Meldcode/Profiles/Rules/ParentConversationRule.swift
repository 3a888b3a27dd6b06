import Ledger

/// Step 3 with the parents: who must attend the conversation.
public struct ParentConversationRule: ProfileRule {
    /// At least one person holding one of these roles attends every conversation with parents (empty: no requirement).
    public let attendAnyOf: [Role]
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(attendAnyOf: [Role], citations: [Citation], note: String? = nil) {
        self.attendAnyOf = attendAnyOf.sorted()
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let attendAnyOf = try reader.roles("attendAnyOf")
        let basis = try reader.basis()
        try reader.finish()
        self.init(attendAnyOf: attendAnyOf, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["attendAnyOf": attendAnyOf.json] }
}
