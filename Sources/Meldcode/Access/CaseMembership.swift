import Ledger

/// Who may read a case (docs/DOMAIN.md, "Need to know"): whoever opened it, unless their access was withdrawn; every
/// active actor holding a coordinating role of the profile in force; and whoever a coordinator granted access
/// (`case.access_granted` in stream `logbook`) until it is withdrawn (`case.access_withdrawn`). The same table
/// ``CaseAuthority`` checks every case event's author against.
public struct CaseMembership: Sendable, Equatable {
    /// Who opened the case.
    public let opener: String?
    /// The grants and withdrawals in force.
    public let access: CaseAccess

    /// The membership of one case.
    /// - Parameters:
    ///   - caseID: The case.
    ///   - opener: Who opened it (the author of its first event), or `nil` for a case never opened.
    ///   - authority: The authority table as the log stands.
    public init(ofCase caseID: String, openedBy opener: String?, authority: CaseAuthority) {
        self.opener = opener
        access = authority.access[caseID] ?? CaseAccess()
    }

    /// Who holds access by a grant that was not withdrawn since.
    public var granted: Set<String> { access.granted }

    /// The active actors who are members now.
    /// - Parameters:
    ///   - registry: The logbook's actors.
    ///   - authority: The authority table as the log stands (its coordinating roles).
    /// - Returns: Their ids.
    public func members(in registry: ActorRegistry, authority: CaseAuthority) -> Set<String> {
        var members = access.granted
        if let opener, !access.withdrawn.contains(opener) { members.insert(opener) }
        for id in registry.actors.keys where authority.coordinates(id, in: registry) { members.insert(id) }
        return members.filter { registry.actors[$0]?.isActive == true }
    }
}

extension LogWriter {
    /// The active members of a case as its headers show them under an authority table: who opened it (unless
    /// withdrawn), whom the table's grants name, and every actor holding one of its coordinating roles. No event of
    /// the case is opened.
    /// - Parameters:
    ///   - id: The case id.
    ///   - authority: The table: the log's as it stands, or as a change about to be appended leaves it.
    public func members(ofCase id: String, authority: CaseAuthority) -> Set<String> {
        CaseMembership(ofCase: id, openedBy: firstAuthor(of: CaseStream.name(of: id)), authority: authority)
            .members(in: state.registry, authority: authority)
    }

    /// The authority table as the log stands: the signing rules every event was checked against.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a writer opened without the meldcode's rules (a programming error).
    public func caseAuthority() throws(LedgerError) -> CaseAuthority {
        guard let authority = state.rules as? CaseAuthority else {
            throw .invalidInput("the logbook was opened without the meldcode's signing rules (LogWriter(opening:rules: CaseAuthority()))")
        }
        return authority
    }
}
