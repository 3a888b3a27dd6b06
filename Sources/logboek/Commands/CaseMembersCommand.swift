import Ledger
import Meldcode

/// `logboek case members --case ID`: who reads a case now and why (a member's own read, recorded as `case.viewed`).
enum CaseMembersCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "members"], abstract: "List who reads a case and why: opened it, coordinating role, or a grant (members only).",
        options: [OptionSpec(name: "case", valueName: "ID", help: "The case id, e.g. 2026-004."), CommonOptions.json] + CommonOptions.signing,
        discussion: "Reading the grants reads the case's sealed events, so the listing is recorded as case.viewed like any read.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        _ = try RecordCommand.stream(id, arguments)
        let reading = try CaseReading.read(arguments, context)
        let events = try reading.events(ofCase: id)
        guard !events.isEmpty else { throw MeldcodeError.refused(.caseNotFound, "case \(id) was never opened") }
        let registry = reading.content.writer.state.registry
        let membership = CaseMembership(events)
        var lastGrant = [String: RecordedEvent]()
        for event in events where event.type == "case.access_granted" {
            if let actor = event.payload["actor"]?.stringValue { lastGrant[actor] = event }
        }
        let rows = membership.members(in: registry, under: reading.content.rule).sorted().map { actor -> (String, String) in
            if CaseMembership.isCoordinator(actor, in: registry, under: reading.content.rule) { return (actor, "role coordinator") }
            if actor == membership.opener, !membership.withdrawn.contains(actor) { return (actor, "opened it") }
            let grant = lastGrant[actor]
            return (actor, "granted on \(grant?.payload["grantedOn"]?.stringValue ?? "?") by \(grant?.author ?? "?")")
        }
        if arguments.flag("json") {
            context.console.json(.array(rows.map { .object(["actor": .string($0.0), "why": .string($0.1)]) }))
        } else {
            for (actor, why) in rows { context.console.out("\(actor)\t\(why)") }
        }
        try reading.recordViews(arguments, context)
        return .success
    }
}
