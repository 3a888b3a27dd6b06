import Ledger

/// Every string that identifies an actor in a text: actor id, name, surname, initials, the parts of the
/// id, and their roles (slug, Dutch name and the words schools use for it, such as "IB'er"). What a report
/// for the family must not hold of a melder who stays anonymous towards it.
public enum MelderIdentity {
    /// Name words that say nothing on their own.
    private static let particles: Set<String> = ["de", "den", "der", "van", "het", "te", "ten", "ter", "el", "la", "le"]

    /// The words schools write for a role beside its Dutch name and slug (seed 003 writes "IB'er").
    private static let roleWords: [Role: [String]] = [
        .internBegeleider: ["IB'er", "IB-er", "IBer", "ib’er", "intern begeleidster"],
        .directeur: ["directrice", "schoolleider", "locatieleider"],
        .leerkracht: ["juf", "juffrouw", "meester", "leraar", "lerares", "docent"],
        .mentor: ["docent"],
        .smw: ["schoolmaatschappelijk werker", "schoolmaatschappelijk werk"],
        .vertrouwenspersoon: ["interne vertrouwenspersoon"],
    ]

    /// The identifying strings of an actor.
    /// - Parameter actor: The actor's enrolment.
    /// - Returns: The strings, each at least two characters long.
    public static func strings(of actor: ActorProfile) -> [String] {
        let roles = actor.roles.flatMap(words(for:))
        return Array(Set((names(of: actor) + roles).filter { $0.count >= 2 })).sorted()
    }

    /// The strings that name an actor as a person: id, name, surnames, initials and the parts of the id.
    /// - Parameter actor: The actor's enrolment.
    /// - Returns: The strings, each at least two characters long.
    static func names(of actor: ActorProfile) -> [String] {
        let words = actor.name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let surnames = words.filter { $0.count >= 3 && !$0.hasSuffix(".") && !particles.contains($0.lowercased()) }
        let initials = String(words.compactMap(\.first).filter(\.isUppercase))
        let idParts = actor.id.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).map(String.init).filter { $0.count >= 4 }
        let all = [actor.id, actor.name, initials] + surnames + idParts
        return Array(Set(all.filter { $0.count >= 2 })).sorted()
    }

    /// The words for a role: its slug, its Dutch name and the words schools use for it.
    /// - Parameter role: The role.
    /// - Returns: The words.
    static func words(for role: Role) -> [String] { [role.rawValue, role.dutchName] + (roleWords[role] ?? []) }
}
