import Ledger
import Meldcode

/// `logboek case members --case ID --as ID`: who reads a case now, and why.
enum CaseMembersCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "members"], abstract: "List who reads a case's content and why (opened it, a coordinating role, a grant).",
        options: [OptionSpec(name: "case", valueName: "ID", help: "The case."), CommonOptions.json] + CommonOptions.reading)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        let reading = try CaseReading.read(arguments, context)
        let events = try reading.events(ofCase: id)
        guard !events.isEmpty else { throw LedgerError.invalidInput("no case '\(id)' was opened; see `logboek case list`") }
        let writer = reading.content.writer
        let registry = writer.state.registry
        let authority = reading.content.authority
        let membership = reading.content.membership(ofCase: id)
        let grants = Dictionary(try writer.events(inStream: RegistryEvent.stream).filter { event in
            event.header.type == CaseAccess.grantType && event.payload[.case]?.stringValue == id
        }.compactMap { event in event.payload[.actor]?.stringValue.map { ($0, event) } }) { _, later in later }
        let members = try membership.members(in: registry, authority: authority).sorted().map { actor throws -> (String, String) in
            if authority.coordinates(actor, in: registry) {
                let roles = registry.actors[actor]?.profile.roles.filter { authority.coordinators.contains($0) }.map(\.rawValue) ?? []
                return (actor, "coordinator (\(roles.joined(separator: ", ")))")
            }
            if let grant = grants[actor], membership.granted.contains(actor) {
                let (day, reason) = (try grant.payload.text(.grantedOn), try grant.payload.text(.reason))
                return (actor, "granted by \(grant.header.author) on \(day) (seq \(grant.header.seq)): \(reason)")
            }
            return (actor, "opened the case")
        }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(.array(members.map { .object(["actor": .string($0.0), "why": .string($0.1)]) }))
        } else {
            context.console.out("Case \(id) is read by \(members.count) member(s), and by the recovery key the board keeps:")
            for (actor, why) in members { context.console.out("  \(actor)\t\(why)") }
        }
        return .success
    }
}
