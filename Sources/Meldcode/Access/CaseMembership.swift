import Ledger

/// Who may read a case (DESIGN.md, "Privacy"): whoever opened it, every active actor holding a coordinating
/// role of the profile in force, and whoever a coordinator granted access (`case.access_granted`) until it is
/// withdrawn (`case.access_withdrawn`).
public struct CaseMembership: Sendable, Equatable {
    /// Who opened the case.
    public private(set) var opener: String?
    /// Who holds access by a grant that was not withdrawn since.
    public private(set) var granted: Set<String> = []
    /// Whose access was withdrawn (and not granted again since).
    public private(set) var withdrawn: Set<String> = []

    /// The membership the case's events record.
    /// - Parameter events: The case's events, in log order (with their content).
    public init(_ events: [RecordedEvent]) {
        for event in events { apply(event) }
    }

    /// Folds one event of the case in.
    /// - Parameter event: The next event of the case.
    public mutating func apply(_ event: RecordedEvent) {
        switch event.type {
        case "case.opened":
            opener = event.author
        case "case.access_granted":
            guard let actor = event.payload["actor"]?.stringValue else { return }
            granted.insert(actor)
            withdrawn.remove(actor)
        case "case.access_withdrawn":
            guard let actor = event.payload["actor"]?.stringValue else { return }
            granted.remove(actor)
            withdrawn.insert(actor)
        default:
            break
        }
    }

    /// The active actors who are members now.
    /// - Parameters:
    ///   - registry: The logbook's actors.
    ///   - rule: The access rule of the profile in force.
    /// - Returns: Their ids.
    public func members(in registry: ActorRegistry, under rule: AccessRule) -> Set<String> {
        var members = granted
        if let opener, !withdrawn.contains(opener) { members.insert(opener) }
        for (id, actor) in registry.actors where rule.coordinates(actor.profile.roles) { members.insert(id) }
        return members.filter { registry.actors[$0]?.isActive == true }
    }

    /// Whether an actor coordinates cases under a rule (and so can neither lose access nor be granted it).
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - registry: The logbook's actors.
    ///   - rule: The access rule in force.
    public static func isCoordinator(_ actor: String, in registry: ActorRegistry, under rule: AccessRule) -> Bool {
        rule.coordinates(registry.actors[actor]?.profile.roles ?? [])
    }
}
