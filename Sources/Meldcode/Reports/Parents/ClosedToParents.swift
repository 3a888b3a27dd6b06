import Ledger

/// The part of the record closed to parents (004 l.11): which event types, and which members of a
/// consultation with outside parties, a parents' report leaves out. The default: personal working
/// notes, the content of consultations about the family with outside parties, signals about others
/// (which may name another child), and — when the melder stays anonymous towards the family (001
/// l.300, 002 l.199) — the melding and what reveals who made it.
public struct ClosedToParents: ProfileRule {
    /// Types never shown to parents.
    public let types: Set<String>
    /// Consultation kinds held within the school, whose content parents may read; the content (all but
    /// the kind and the day) of every other kind, a new one too, is withheld.
    public let schoolConsultationKinds: Set<String>
    /// Types also withheld when a melding of the case is anonymous towards the family.
    public let typesWhenMelderAnonymous: Set<String>
    /// The seed lines this rule encodes.
    public let citations: [Citation]
    /// How the rule was read from the seeds, where that needed a choice.
    public let note: String?

    /// Creates a rule.
    /// - Parameters:
    ///   - types: Types never shown to parents.
    ///   - schoolConsultationKinds: Consultation kinds held within the school.
    ///   - typesWhenMelderAnonymous: Types withheld when the melder stays anonymous.
    ///   - citations: The seed lines it encodes.
    ///   - note: How it was read from the seeds.
    public init(
        types: Set<String>, schoolConsultationKinds: Set<String>, typesWhenMelderAnonymous: Set<String>,
        citations: [Citation] = ClosedToParents.standard.citations, note: String? = nil
    ) {
        self.types = types
        self.schoolConsultationKinds = schoolConsultationKinds
        self.typesWhenMelderAnonymous = typesWhenMelderAnonymous
        self.citations = citations
        self.note = note
    }

    /// Reads the rule from a profile's JSON: every type a meldcode case type, every kind a consultation kind.
    init(json: JSONValue, path: String) throws(ProfileError) {
        var reader = try ProfileReader(json, path: path)
        let caseTypes = Set(EventCatalogue.standard.definitions.filter { $0.scope == .case }.map(\.type))
        let kinds = Set(Vocabulary.consultationKinds.map(\.value))
        func values(_ key: String, allowed: Set<String>) throws(ProfileError) -> Set<String> {
            let array = try reader.array(key)
            var result = Set<String>()
            for (index, element) in array.enumerated() {
                let value = try ProfileReader.string(element, path: "\(reader.path(of: key))[\(index)]")
                guard allowed.contains(value) else {
                    throw .invalidValue(path: "\(reader.path(of: key))[\(index)]", reason: "'\(value)' is not one of \(allowed.sorted().joined(separator: ", "))")
                }
                result.insert(value)
            }
            return result
        }
        let types = try values("types", allowed: caseTypes)
        let school = try values("schoolConsultationKinds", allowed: kinds)
        let anonymous = try values("typesWhenMelderAnonymous", allowed: caseTypes)
        let basis = try reader.basis()
        try reader.finish()
        self.init(types: types, schoolConsultationKinds: school, typesWhenMelderAnonymous: anonymous, citations: basis.citations, note: basis.note)
    }

    /// The rule's own members in a profile's JSON.
    public var ruleMembers: [String: JSONValue] {
        [
            "types": .array(types.sorted().map(JSONValue.string)),
            "schoolConsultationKinds": .array(schoolConsultationKinds.sorted().map(JSONValue.string)),
            "typesWhenMelderAnonymous": .array(typesWhenMelderAnonymous.sorted().map(JSONValue.string)),
        ]
    }

    /// The default of every built-in profile.
    public static let standard = ClosedToParents(
        types: [EventType.noteRecorded.rawValue, EventType.caseRedirected.rawValue, EventType.reportIssued.rawValue, EventType.caseViewed.rawValue],
        schoolConsultationKinds: ["colleague", "intern-begeleider", "aandachtsfunctionaris"],
        typesWhenMelderAnonymous: [
            EventType.meldingMade.rawValue, EventType.meldingDiscussed.rawValue, EventType.veiligthuisFeedback.rawValue, EventType.weighingRecorded.rawValue,
            EventType.decisionRecorded.rawValue, EventType.decisionConfirmed.rawValue, EventType.informationShared.rawValue, EventType.verwijsindexWeighed.rawValue,
        ],
        citations: [
            Citation(.zorgteam, 11, 11, "in het voor ouders afgesloten deel"),
            Citation(.basismodel, 300, 300, "Een melder kan echter ten opzichte van het gezin anoniem blijven"),
        ],
        note: "The seeds name a part closed to parents without listing it: personal working notes (note.recorded), the "
            + "content of consultations about the family with parties outside the school, who read the case (case.viewed, "
            + "access), and, when the melder stays anonymous towards the family, the melding and what reveals its maker: the "
            + "weighing and the decision that led to it, and what the school told others about it.")

    /// The consultation members shown to parents when its content is withheld.
    static let consultationMembersShown: Set<PayloadField> = [.kind, .heldOn]

    /// The paragraph a parents' report opens with, the same whatever the case holds, so it reveals nothing.
    static let explanation = """
        Dit verslag bevat wat de school over uw kind heeft vastgelegd en met u mag delen. Het bevat niet: \
        persoonlijke werkaantekeningen, de inhoud van overleg over het gezin met partijen buiten de school, \
        en gegevens over andere kinderen of over wie iets heeft gemeld.
        """
}
