import Ledger
import Meldcode

/// One signed-in request on its way through a page: the request, the person, and the way into the logbook (a
/// ``CaseSession`` opened for the request, under the logbook's lock, with the person's keys).
struct Visit {
    /// The request.
    let page: PageRequest
    /// The signed-in person.
    let signedIn: SignedIn
    /// The configuration.
    let configuration: WebConfiguration

    /// The person's display name and form token, for the page frame.
    var person: (name: String, token: String) { (signedIn.actor, signedIn.formToken) }

    /// Runs `body` on a session of this request, then puts the case content it showed on the record (`case.viewed`,
    /// naming the page); a thrown error becomes its Dutch page.
    func reading(page name: String, _ body: (CaseSession) throws -> HTTPResponse) -> HTTPResponse {
        do {
            let session = try open()
            let response = try body(session)
            try session.recordViews(command: "web \(name)")
            return response
        } catch {
            return ErrorPage.response(for: error, person: person)
        }
    }

    /// A session on the logbook as the signed-in person.
    /// - Throws: ``LedgerError`` if the logbook cannot be opened, ``ProfileError``.
    func open() throws -> CaseSession {
        let writer = try LogWriter(opening: configuration.layout, lockTimeout: configuration.lockTimeout, rules: CaseAuthority())
        return try CaseSession(writer: writer, reader: signedIn.actor, keys: signedIn.keys, clock: SystemClock())
    }

    /// The display name of an actor in a registry ("M. Jansen (directeur)"), else the id.
    static func name(of actor: String, in registry: ActorRegistry) -> String {
        guard let profile = registry.actors[actor]?.profile else { return actor }
        let roles = profile.roles.map(\.dutchName).joined(separator: ", ")
        return roles.isEmpty ? profile.name : "\(profile.name) (\(roles))"
    }
}
