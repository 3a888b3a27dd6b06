import Ledger

/// Step 4, wegen: where the weighing happens and whether the afwegingskader is used.
public struct WeighingRule: ProfileRule {
    /// Where the signals are weighed.
    public let forum: Forum
    /// Whether the five questions of the afwegingskader are followed (mandatory since 1 January 2019).
    public let usesAfwegingskader: Bool
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(forum: Forum, usesAfwegingskader: Bool, citations: [Citation], note: String? = nil) {
        self.forum = forum
        self.usesAfwegingskader = usesAfwegingskader
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let forum = try reader.value("forum", as: Forum.self, choices: Forum.slugList)
        let usesAfwegingskader = try reader.bool("afwegingskader")
        let basis = try reader.basis()
        try reader.finish()
        self.init(forum: forum, usesAfwegingskader: usesAfwegingskader, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] {
        ["forum": .string(forum.rawValue), "afwegingskader": .bool(usesAfwegingskader)]
    }
}
