import Ledger

/// Specific forms of violence for which Veilig Thuis advice (or specific expertise) must be sought.
public struct SpecificFormsRule: ProfileRule {
    /// The forms that require Veilig Thuis advice when they are involved.
    public let adviceRequiredFor: [ViolenceForm]
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    init(adviceRequiredFor: [ViolenceForm], citations: [Citation], note: String? = nil) {
        self.adviceRequiredFor = adviceRequiredFor.sorted()
        self.citations = citations
        self.note = note
    }

    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let forms = try reader.values("adviceRequiredFor", as: ViolenceForm.self)
        let basis = try reader.basis()
        try reader.finish()
        self.init(adviceRequiredFor: forms, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] { ["adviceRequiredFor": .array(adviceRequiredFor.map { .string($0.rawValue) })] }
}
