import Ledger

/// The meldcode's part of the authority table: who may sign which event type in which stream, checked at every
/// seq from headers and the plaintext events of stream `logbook` alone, so that `verify` needs no key.
///
/// - Stream `logbook`: actor events keep the registry's rules; `profile.adopted`, `case.erased` and every other
///   type only by an active administrator, except `case.access_granted` and `case.access_withdrawn`, which only
///   an actor holding a coordinating role of the profile in force at that seq signs.
/// - Stream `case/<id>`: every payload sealed; the first event is `case.opened` (by any active actor) and no
///   later one is; every later event by a member at that seq: the opener (unless their access was withdrawn), an
///   actor holding a coordinating role, or an actor granted access and not withdrawn since; nothing after the
///   case's `case.erased`.
/// - Any other stream (not the meldcode's: notes a school keeps beside its cases): any active actor.
///
/// The profile's other rules (who may record a diagnosis, a missing source) need content and are checked when a
/// member folds the case.
public struct CaseAuthority: SigningRules, Equatable {
    /// The roles that coordinate cases under the profile in force.
    public private(set) var coordinators: Set<Role> = Set(AccessRule.standard.coordinators)
    /// Each case's grants and withdrawals in force.
    public private(set) var access: [String: CaseAccess] = [:]
    /// The seq of each erased case's `case.erased`.
    public private(set) var erasures: [String: Int] = [:]

    /// The rules before the first event: the standard coordinators, no grant, no erasure.
    public init() {}

    /// Checks one event against the table and folds it in.
    /// - Parameters:
    ///   - event: The event as stored, with its stream's opener.
    ///   - registry: The registry just before the event.
    /// - Throws: ``SigningRefusal`` naming who may sign it.
    public mutating func admit(_ event: SignedEvent, registry: ActorRegistry) throws(SigningRefusal) {
        let header = event.header
        if header.stream == RegistryEvent.stream {
            try admitLogbookEvent(event, registry: registry)
        } else if let id = CaseStream.caseID(of: header.stream) {
            try admitCaseEvent(event, caseID: id, registry: registry)
        }
    }

    /// Whether an actor holds a coordinating role under the profile in force.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - registry: The registry.
    public func coordinates(_ actor: String, in registry: ActorRegistry) -> Bool {
        registry.actors[actor].map { coordinates(roles: $0.profile.roles) } ?? false
    }

    /// Whether one of these roles is a coordinating role under the profile in force.
    /// - Parameter roles: The roles (of an actor, or of one about to be enrolled).
    public func coordinates(roles: [Role]) -> Bool { roles.contains { coordinators.contains($0) } }

    /// Whether an actor may write in and read a case now.
    /// - Parameters:
    ///   - actor: The actor id.
    ///   - caseID: The case.
    ///   - opener: Who opened it.
    ///   - registry: The registry.
    public func isMember(_ actor: String, ofCase caseID: String, openedBy opener: String, in registry: ActorRegistry) -> Bool {
        guard registry.actors[actor]?.isActive == true else { return false }
        let access = access[caseID] ?? CaseAccess()
        return coordinates(actor, in: registry) || access.granted.contains(actor) || (actor == opener && !access.withdrawn.contains(actor))
    }

    private mutating func admitLogbookEvent(_ event: SignedEvent, registry: ActorRegistry) throws(SigningRefusal) {
        let header = event.header
        guard !RegistryEvent.isRegistryType(header.type) else { return }
        switch header.type {
        case CaseAccess.grantType, CaseAccess.withdrawalType:
            guard coordinates(header.author, in: registry) else {
                throw SigningRefusal("only an actor holding a coordinating role (\(Self.names(coordinators))) grants or withdraws access to a case; '\(header.author)' holds none")
            }
            guard let payload = event.payload, let id = payload[.case]?.stringValue, let actor = payload[.actor]?.stringValue else {
                throw SigningRefusal("\(header.type) names the case ('case') and the actor ('actor')")
            }
            access[id, default: CaseAccess()].apply(header.type, to: actor)
        default:
            guard registry.actors[header.author]?.isActiveAdministrator == true else {
                throw SigningRefusal("only an active administrator signs \(header.type) in stream 'logbook'; '\(header.author)' is not one")
            }
            if header.type == ProfileAdoption.eventType { coordinators = try Self.coordinators(adoptedBy: event.payload) }
            if header.type == CaseErasure.eventType {
                guard let id = event.payload?[.case]?.stringValue else { throw SigningRefusal("case.erased names the case ('case')") }
                erasures[id] = erasures[id] ?? header.seq
            }
        }
    }

    private func admitCaseEvent(_ event: SignedEvent, caseID: String, registry: ActorRegistry) throws(SigningRefusal) {
        let header = event.header
        guard let payload = event.payload, payload["salt"] == nil, payload["sealed"] == .integer(SealedPayload.version) else {
            throw SigningRefusal("every payload in a case stream is sealed; this one is stored in plain text")
        }
        if let erased = erasures[caseID] {
            throw SigningRefusal("case \(caseID) was erased at seq \(erased); nothing is recorded in it after that")
        }
        guard let opener = event.opener else {
            guard header.type == Self.openingType else { throw SigningRefusal("the first event of a case is case.opened, not \(header.type)") }
            return
        }
        guard header.type != Self.openingType else { throw SigningRefusal("case \(caseID) was opened before; it is opened only once") }
        guard isMember(header.author, ofCase: caseID, openedBy: opener, in: registry) else {
            throw SigningRefusal("'\(header.author)' is not a member of case \(caseID) at this seq: not its opener, not granted access, no coordinating role")
        }
    }

    /// The table as it stands once the profiles a batch adopts (`profile.adopted` in stream `logbook`) are in force.
    /// - Parameter drafts: The batch.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for an adoption whose access rule does not read.
    func adopting(profilesIn drafts: [EventDraft]) throws(LedgerError) -> CaseAuthority {
        var authority = self
        for draft in drafts where draft.stream == RegistryEvent.stream && draft.type == ProfileAdoption.eventType {
            do {
                authority = try authority.adopting(draft.payload)
            } catch {
                throw .invalidInput(error.message)
            }
        }
        return authority
    }

    /// The table as it stands once a profile is adopted: its coordinating roles in force, the grants unchanged.
    /// - Parameter payload: The `profile.adopted` payload.
    /// - Throws: ``SigningRefusal`` for a payload that names no valid coordinating roles.
    func adopting(_ payload: [String: JSONValue]) throws(SigningRefusal) -> CaseAuthority {
        var adopted = self
        adopted.coordinators = try Self.coordinators(adoptedBy: payload)
        return adopted
    }

    /// The coordinating roles a `profile.adopted` payload puts in force (its `profile.access.coordinators`, or the
    /// standard ones when the profile has no access rule).
    private static func coordinators(adoptedBy payload: [String: JSONValue]?) throws(SigningRefusal) -> Set<Role> {
        guard case .object(let profile)? = payload?[.profile] else { throw SigningRefusal("profile.adopted carries a profile ('profile')") }
        guard let access = profile["access"] else { return Set(AccessRule.standard.coordinators) }
        guard case .array(let values)? = access.objectValue?["coordinators"] else {
            throw SigningRefusal("the adopted profile's access rule names its coordinating roles ('coordinators')")
        }
        var roles = Set<Role>()
        for value in values {
            guard let role = value.stringValue.flatMap(Role.init(rawValue:)) else {
                throw SigningRefusal("the adopted profile's coordinating roles are known roles")
            }
            roles.insert(role)
        }
        return roles
    }

    private static func names(_ roles: Set<Role>) -> String { roles.map(\.rawValue).sorted().joined(separator: ", ") }

    /// The type of a case's first event.
    static let openingType = EventType.caseOpened
}

/// The grants and withdrawals in force for one case, from stream `logbook`.
public struct CaseAccess: Sendable, Equatable {
    /// Who holds access by a grant not withdrawn since.
    public private(set) var granted: Set<String> = []
    /// Whose access was withdrawn and not granted again since.
    public private(set) var withdrawn: Set<String> = []

    /// The type of a grant.
    public static let grantType = EventType.caseAccessGranted
    /// The type of a withdrawal.
    public static let withdrawalType = EventType.caseAccessWithdrawn
    /// Both types that change who may read a case.
    public static let types = [grantType, withdrawalType]

    /// No grant and no withdrawal.
    public init() {}

    /// Whether a draft grants or withdraws access to a case (in stream `logbook`).
    /// - Parameter draft: A draft.
    public static func isChange(_ draft: EventDraft) -> Bool {
        draft.stream == RegistryEvent.stream && types.contains { draft.type == $0 }
    }

    /// Folds a grant or a withdrawal in.
    mutating func apply(_ type: String, to actor: String) {
        if type == Self.grantType {
            granted.insert(actor)
            withdrawn.remove(actor)
        } else {
            granted.remove(actor)
            withdrawn.insert(actor)
        }
    }
}
