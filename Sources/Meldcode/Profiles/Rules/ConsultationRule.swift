import Ledger

/// Step 2, collegiale consultatie: whom the signals must be discussed with.
public struct ConsultationRule: ProfileRule {
    /// Roles that must be among the participants of a step-2 consultation (empty: any knowledgeable colleague).
    public let mustConsult: [Role]
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(mustConsult: [Role], citations: [Citation], note: String? = nil) {
        self.mustConsult = mustConsult.sorted()
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let mustConsult = try reader.roles("mustConsult")
        let basis = try reader.basis()
        try reader.finish()
        self.init(mustConsult: mustConsult, citations: basis.citations, note: basis.note)
    }

    /// Whether the IB'er must be consulted in step 2.
    public var requiresInternBegeleider: Bool { mustConsult.contains(.internBegeleider) }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["mustConsult": mustConsult.json] }
}
