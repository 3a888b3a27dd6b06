import Ledger

/// How soon Veilig Thuis is expected to report back after a melding.
public struct VeiligThuisFeedbackRule: ProfileRule {
    /// Working days after the melding within which Veilig Thuis decides and reports back.
    public let workingDays: Int
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(workingDays: Int, citations: [Citation], note: String? = nil) {
        self.workingDays = workingDays
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let workingDays = try reader.integer("workingDays", in: 1...60)
        let basis = try reader.basis()
        try reader.finish()
        self.init(workingDays: workingDays, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["workingDays": .integer(Int64(workingDays))] }
}
