import Ledger

/// Who decides on a melding (step 5), whom they must consult first, and in which forum.
public struct DecisionRule: ProfileRule {
    /// The roles that may take the decision; a decision by anyone else departs from the profile.
    public let deciders: [Role]
    /// Roles that must have been consulted before the decision (e.g. the IB'er, seed 002).
    public let mustConsult: [Role]
    /// Where the decision is taken.
    public let forum: Forum
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(deciders: [Role], mustConsult: [Role], forum: Forum, citations: [Citation], note: String? = nil) {
        self.deciders = deciders.sorted()
        self.mustConsult = mustConsult.sorted()
        self.forum = forum
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let deciders = try reader.roles("deciders")
        guard !deciders.isEmpty else { throw .invalidValue(path: reader.path(of: "deciders"), reason: "someone must be able to decide") }
        let mustConsult = try reader.roles("mustConsult")
        let forum = try reader.value("forum", as: Forum.self, choices: Forum.slugList)
        let basis = try reader.basis()
        try reader.finish()
        self.init(deciders: deciders, mustConsult: mustConsult, forum: forum, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] {
        ["deciders": deciders.json, "mustConsult": mustConsult.json, "forum": .string(forum.rawValue)]
    }
}
