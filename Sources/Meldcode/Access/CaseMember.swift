import Ledger

/// One member of a case now, and on what ground they read it (docs/DOMAIN.md, "Need to know").
public struct CaseMember: Sendable, Equatable {
    /// Why someone reads a case.
    public enum Ground: Sendable, Equatable {
        /// They hold one of the profile's coordinating roles (these roles).
        case coordinator(roles: [Role])
        /// A coordinator granted them access (`case.access_granted`), not withdrawn since.
        case granted(by: String, on: String, seq: Int, reason: String)
        /// They opened the case.
        case opener
    }

    /// The member's actor id.
    public let actor: String
    /// Why they read the case.
    public let ground: Ground
}

extension CaseContent {
    /// The active members of a case, by actor id, each with the ground they read it on: a coordinating role before a
    /// grant before having opened it.
    /// - Parameter id: The case id.
    /// - Throws: ``LedgerError`` if stream `logbook` cannot be read, ``MeldcodeError`` (`payload-undecodable`) for a
    ///   grant without its day or reason.
    public func members(withGroundsOf id: String) throws -> [CaseMember] {
        let registry = writer.state.registry
        let membership = membership(ofCase: id)
        let grants = Dictionary(try writer.events(inStream: RegistryEvent.stream).filter { event in
            event.header.type == CaseAccess.grantType && event.payload[.case]?.stringValue == id
        }.compactMap { event in event.payload[.actor]?.stringValue.map { ($0, event) } }) { _, later in later }
        return try membership.members(in: registry, authority: authority).sorted().map { actor throws -> CaseMember in
            if authority.coordinates(actor, in: registry) {
                let roles = registry.actors[actor]?.profile.roles.filter { authority.coordinators.contains($0) } ?? []
                return CaseMember(actor: actor, ground: .coordinator(roles: roles))
            }
            if let grant = grants[actor], membership.granted.contains(actor) {
                return CaseMember(actor: actor, ground: .granted(
                    by: grant.header.author, on: try grant.payload.text(.grantedOn), seq: grant.header.seq, reason: try grant.payload.text(.reason)))
            }
            return CaseMember(actor: actor, ground: .opener)
        }
    }
}
