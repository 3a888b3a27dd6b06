/// With whom an intended melding is discussed beforehand, for one age band.
public enum DiscussionParties: String, Sendable, Equatable, Hashable, CaseIterable {
    /// With the parents (ouders/verzorgers).
    case parents
    /// With the child.
    case child
    /// With the child and/or the parents: at least one of them.
    case childOrParents = "child-or-parents"
    /// With the child and with the parents: both.
    case childAndParents = "child-and-parents"

    /// The slugs, in a list people can read.
    public static var slugList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether a discussion with these people satisfies the rule.
    /// - Parameters:
    ///   - child: Whether the melding was discussed with the child.
    ///   - parents: Whether it was discussed with the parents.
    /// - Returns: `true` if the rule is met.
    public func isSatisfied(child: Bool, parents: Bool) -> Bool {
        switch self {
        case .parents: parents
        case .child: child
        case .childOrParents: child || parents
        case .childAndParents: child && parents
        }
    }
}
