/// Someone who can know a fact: an actor of this logbook, or an outside party named in a payload
/// (Veilig Thuis, the parents, the bevoegd gezag, a named person).
public enum Knower: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// An actor, by id (e.g. `dir.jansen`).
    case actor(String)
    /// An outside party, as the payload names it (e.g. `het bevoegd gezag (Stichting Wolderwijs)`).
    case party(String)

    /// Whether the knower is one of the school's actors.
    public var isActor: Bool {
        if case .actor = self { true } else { false }
    }

    /// The id or the party's name.
    public var description: String {
        switch self {
        case .actor(let id): id
        case .party(let name): name
        }
    }

    /// Actors first, then parties, each by the code points of its name.
    public static func < (lhs: Knower, rhs: Knower) -> Bool {
        guard lhs.isActor == rhs.isActor else { return lhs.isActor }
        return lhs.description.unicodeScalars.lexicographicallyPrecedes(rhs.description.unicodeScalars) { $0.value < $1.value }
    }
}
