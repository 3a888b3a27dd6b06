/// The part of the record closed to parents (004 l.11): which event types, and which members of a
/// consultation with outside parties, a parents' report leaves out. The default: personal working
/// notes, the content of consultations about the family with outside parties, signals about others
/// (which may name another child), and — when the melder stays anonymous towards the family (001
/// l.300, 002 l.199) — the melding and what reveals who made it.
public struct ClosedToParents: Sendable, Equatable {
    /// Types never shown to parents.
    public let types: Set<String>
    /// Consultation kinds held within the school, whose content parents may read; the content (all but
    /// the kind and the day) of every other kind, a new one too, is withheld.
    public let schoolConsultationKinds: Set<String>
    /// Types also withheld when a melding of the case is anonymous towards the family.
    public let typesWhenMelderAnonymous: Set<String>

    /// Creates a rule.
    /// - Parameters:
    ///   - types: Types never shown to parents.
    ///   - schoolConsultationKinds: Consultation kinds held within the school.
    ///   - typesWhenMelderAnonymous: Types withheld when the melder stays anonymous.
    public init(types: Set<String>, schoolConsultationKinds: Set<String>, typesWhenMelderAnonymous: Set<String>) {
        self.types = types
        self.schoolConsultationKinds = schoolConsultationKinds
        self.typesWhenMelderAnonymous = typesWhenMelderAnonymous
    }

    /// The default of every built-in profile.
    public static let standard = ClosedToParents(
        types: ["note.recorded", "case.redirected", "report.issued"],
        schoolConsultationKinds: ["colleague", "intern-begeleider", "aandachtsfunctionaris"],
        typesWhenMelderAnonymous: ["melding.made", "melding.discussed", "veiligthuis.feedback"])

    /// The consultation members shown to parents when its content is withheld.
    static let consultationMembersShown: Set<String> = ["kind", "heldOn"]

    /// The paragraph a parents' report opens with, the same whatever the case holds, so it reveals nothing.
    static let explanation = """
        Dit verslag bevat wat de school over uw kind heeft vastgelegd en met u mag delen. Het bevat niet: \
        persoonlijke werkaantekeningen, de inhoud van overleg over het gezin met partijen buiten de school, \
        en gegevens over andere kinderen of over wie iets heeft gemeld.
        """
}
