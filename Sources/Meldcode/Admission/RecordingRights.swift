import Ledger

/// Who may do what when an event is admitted: each actor's roles and the protocol profile in force.
public struct RecordingRights: Sendable, Equatable {
    /// Each actor's roles, by actor id.
    public let actorRoles: [String: Set<Role>]
    /// The profile in force.
    public let profile: ProtocolProfile

    /// Creates the rights.
    /// - Parameters:
    ///   - actorRoles: Each actor's roles.
    ///   - profile: The profile in force.
    public init(actorRoles: [String: Set<Role>], profile: ProtocolProfile) {
        self.actorRoles = actorRoles
        self.profile = profile
    }

    /// Whether an actor holds a role the profile lets make a melding.
    func mayMakeMelding(_ actor: String) -> Bool {
        !(actorRoles[actor] ?? []).isDisjoint(with: profile.melder.melders)
    }
}
