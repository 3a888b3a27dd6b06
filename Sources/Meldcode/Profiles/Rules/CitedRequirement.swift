import Ledger

/// A requirement that is either in a profile or not, with the seed lines that impose it: the sixth step
/// "volgen en afsluiten", or weighing a registration in the verwijsindex.
public struct CitedRequirement: ProfileRule {
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(citations: [Citation], note: String? = nil) {
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let basis = try reader.basis()
        try reader.finish()
        self.init(citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { [:] }
}
