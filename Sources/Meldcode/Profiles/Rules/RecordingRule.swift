import Ledger

/// Verslaglegging: when a record counts as made too long after what it records.
public struct RecordingRule: ProfileRule {
    /// A record made more than this many working days after the observation it describes counts as late.
    public let lateAfterWorkingDays: Int
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(lateAfterWorkingDays: Int, citations: [Citation], note: String? = nil) {
        self.lateAfterWorkingDays = lateAfterWorkingDays
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let days = try reader.integer("lateAfterWorkingDays", in: 0...60)
        let basis = try reader.basis()
        try reader.finish()
        self.init(lateAfterWorkingDays: days, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["lateAfterWorkingDays": .integer(Int64(lateAfterWorkingDays))] }
}
