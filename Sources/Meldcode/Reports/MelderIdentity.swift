import Ledger

/// Every string that identifies an actor in a text: actor id, name, surname, initials, the parts of the
/// id, and their roles (slug and Dutch name). What a report for the family must not hold of a melder who
/// stays anonymous towards it.
public enum MelderIdentity {
    /// Name words that say nothing on their own.
    private static let particles: Set<String> = ["de", "den", "der", "van", "het", "te", "ten", "ter", "el", "la", "le"]

    /// The identifying strings of an actor.
    /// - Parameter actor: The actor's enrolment.
    /// - Returns: The strings, each at least two characters long.
    public static func strings(of actor: ActorProfile) -> [String] {
        let words = actor.name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let surnames = words.filter { $0.count >= 3 && !$0.hasSuffix(".") && !particles.contains($0.lowercased()) }
        let initials = String(words.compactMap(\.first).filter(\.isUppercase))
        let idParts = actor.id.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).map(String.init).filter { $0.count >= 4 }
        let roles = actor.roles.flatMap { [$0.rawValue, $0.dutchName] }
        let all = [actor.id, actor.name, initials] + surnames + idParts + roles
        return Array(Set(all.filter { $0.count >= 2 })).sorted()
    }
}
