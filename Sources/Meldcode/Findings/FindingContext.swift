import Ledger

/// What findings are judged against: the profile in force (with its working days), the actors' roles and the day.
public struct FindingContext: Sendable {
    /// The protocol profile in force.
    public let profile: ProtocolProfile
    /// Each actor's roles, by actor id (from the actor registry).
    public let actorRoles: [String: Set<Role>]
    /// The day terms are judged on (passed in; findings never read a clock).
    public let day: CalendarDay
    /// The working days terms are counted in: the profile's (Dutch public holidays and its closed days).
    public var workingDays: WorkingDays { profile.workingDays }

    /// Creates a context.
    /// - Parameters:
    ///   - profile: The profile in force.
    ///   - actorRoles: Each actor's roles.
    ///   - day: The day terms are judged on.
    public init(profile: ProtocolProfile, actorRoles: [String: Set<Role>], day: CalendarDay) {
        self.profile = profile
        self.actorRoles = actorRoles
        self.day = day
    }

    /// Creates a context with the roles of a registry's actors (revoked actors keep the roles they held).
    /// - Parameters:
    ///   - profile: The profile in force.
    ///   - registry: The actor registry.
    ///   - day: The day terms are judged on.
    public init(profile: ProtocolProfile, registry: ActorRegistry, day: CalendarDay) {
        self.init(profile: profile, actorRoles: registry.actors.mapValues { Set($0.profile.roles) }, day: day)
    }

    /// Whether any of the actors holds one of the roles.
    func anyone(_ actors: [String], holdsOneOf roles: [Role]) -> Bool {
        actors.contains { actor in actorRoles[actor].map { !$0.isDisjoint(with: roles) } ?? false }
    }

    /// The roles of `required` that none of the actors holds.
    func roles(_ required: [Role], missingAmong actors: [String]) -> [Role] {
        let held = actors.reduce(into: Set<Role>()) { $0.formUnion(actorRoles[$1] ?? []) }
        return required.filter { !held.contains($0) }
    }
}
