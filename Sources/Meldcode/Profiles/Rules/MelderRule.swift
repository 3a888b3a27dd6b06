import Ledger

/// Who makes the melding to Veilig Thuis, who must know of it, and where that is agreed.
public struct MelderRule: ProfileRule {
    /// The roles that may make the melding.
    public let melders: [Role]
    /// Roles that must be informed of the melding (e.g. the director, seed 000).
    public let mustInform: [Role]
    /// Where it is agreed who makes the melding.
    public let agreedIn: Forum
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(melders: [Role], mustInform: [Role], agreedIn: Forum, citations: [Citation], note: String? = nil) {
        self.melders = melders.sorted()
        self.mustInform = mustInform.sorted()
        self.agreedIn = agreedIn
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let melders = try reader.roles("melders")
        guard !melders.isEmpty else { throw .invalidValue(path: reader.path(of: "melders"), reason: "someone must be able to make a melding") }
        let mustInform = try reader.roles("mustInform")
        let agreedIn = try reader.value("agreedIn", as: Forum.self, choices: Forum.slugList)
        let basis = try reader.basis()
        try reader.finish()
        self.init(melders: melders, mustInform: mustInform, agreedIn: agreedIn, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] {
        ["melders": melders.json, "mustInform": mustInform.json, "agreedIn": .string(agreedIn.rawValue)]
    }
}
