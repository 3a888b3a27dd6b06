import Ledger

extension ProtocolProfile {
    /// Reads a profile strictly from JSON: every required member present, no unknown member, only known
    /// roles, and citations that name a seed file, a line range inside it and a quote.
    /// - Parameter json: The profile object.
    /// - Throws: ``ProfileError`` naming the first problem and where it is.
    public init(json: JSONValue) throws(ProfileError) {
        var reader = try ProfileReader(json, path: "")
        let name = try reader.string("name")
        guard Names.isActorID(name) else {
            throw .invalidValue(path: "name", reason: "'\(name)' is not a slug: use lowercase letters, digits and . _ -")
        }
        let title = try reader.string("title")
        let version = try reader.integer("version", in: 1...1_000_000)
        let source = try reader.value("source", as: Seed.self, choices: Seed.fileNameList)
        try self.init(
            name: name, title: title, version: version, source: source,
            decision: DecisionRule(json: reader.member("decision"), path: "decision"),
            melder: MelderRule(json: reader.member("melder"), path: "melder"),
            consultation: ConsultationRule(json: reader.member("consultation"), path: "consultation"),
            parentConversation: ParentConversationRule(json: reader.member("parentConversation"), path: "parentConversation"),
            weighing: WeighingRule(json: reader.member("weighing"), path: "weighing"),
            doubt: reader.optional("doubt").map { value throws(ProfileError) in try DoubtRule(json: value, path: "doubt") } ?? .afwegingskader,
            veiligThuisFeedback: VeiligThuisFeedbackRule(json: reader.member("veiligThuisFeedback"), path: "veiligThuisFeedback"),
            recording: RecordingRule(json: reader.member("recording"), path: "recording"),
            ageRule: AgeRule(json: reader.member("ageRule"), path: "ageRule"),
            specificForms: SpecificFormsRule(json: reader.member("specificForms"), path: "specificForms"),
            followUp: reader.optional("followUp").map { value throws(ProfileError) in try CitedRequirement(json: value, path: "followUp") },
            verwijsindex: reader.optional("verwijsindex").map { value throws(ProfileError) in
                try CitedRequirement(json: value, path: "verwijsindex")
            },
            closedDays: reader.optional("closedDays").map { value throws(ProfileError) in try PublicHoliday.closedDays(json: value, path: "closedDays") } ?? [],
            access: reader.optional("access").map { value throws(ProfileError) in try AccessRule(json: value, path: "access") } ?? .standard,
            closedToParents: reader.optional("closedToParents").map { value throws(ProfileError) in
                try ClosedToParents(json: value, path: "closedToParents")
            } ?? .standard)
        try reader.finish()
    }

    /// Reads a profile strictly from the bytes of a JSON text (a user's profile file).
    /// - Parameter bytes: UTF-8 JSON.
    /// - Throws: ``ProfileError/invalidJSON(_:)`` if it is not JSON, else as ``init(json:)``.
    public init(bytes: [UInt8]) throws(ProfileError) {
        let value: JSONValue
        do {
            value = try CanonicalJSON.parse(bytes)
        } catch {
            throw .invalidJSON(error.message)
        }
        try self.init(json: value)
    }

    /// The profile as JSON; ``CanonicalJSON/encode(_:)`` of it is the profile's canonical form.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(name), "title": .string(title), "version": .integer(Int64(version)), "source": .string(source.rawValue),
            "decision": decision.json, "melder": melder.json, "consultation": consultation.json,
            "parentConversation": parentConversation.json, "weighing": weighing.json, "doubt": doubt.json,
            "veiligThuisFeedback": veiligThuisFeedback.json, "recording": recording.json, "ageRule": ageRule.json,
            "specificForms": specificForms.json, "access": access.json, "closedToParents": closedToParents.json,
        ]
        if let followUp { members["followUp"] = followUp.json }
        if let verwijsindex { members["verwijsindex"] = verwijsindex.json }
        if !closedDays.isEmpty { members["closedDays"] = .array(closedDays.map(\.json)) }
        return .object(members)
    }
}
