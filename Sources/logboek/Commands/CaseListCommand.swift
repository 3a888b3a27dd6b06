import Ledger
import Meldcode

/// `logboek case list`: every case with its child, status, events and number of findings.
enum CaseListCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "list"], abstract: "List the cases: child, status, events and findings.",
        options: [
            OptionSpec(name: "open", valueName: nil, help: "Only cases that are not closed or redirected."),
            CommonOptions.json,
        ] + CommonOptions.moment)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        let cases = reading.snapshots(asOf: seq, on: day).filter { !arguments.flag("open") || isOpen($0.state.phase) }
        if arguments.flag("json") {
            context.console.json(.array(cases.map(json)))
            return .success
        }
        if cases.isEmpty { context.console.out("No cases.") }
        for snapshot in cases {
            let state = snapshot.state
            let events = "seq \(state.events.first?.seq ?? 0)–\(state.lastSeq ?? 0)"
            let child = state.child.map { "\($0.name)\($0.group.map { " (\($0))" } ?? "")" } ?? "?"
            context.console.out("\(state.id)\t\(child)\t\(state.phase.rawValue)\t\(events)\t\(snapshot.findings.count) findings")
        }
        return .success
    }

    /// Whether a case in this phase still needs attention.
    static func isOpen(_ phase: CasePhase) -> Bool { phase != .closed && phase != .redirected }

    private static func json(_ snapshot: CaseSnapshot) -> JSONValue {
        let state = snapshot.state
        return .object([
            "id": .string(state.id), "status": .string(state.phase.rawValue), "child": state.child?.json ?? .null,
            "firstSeq": state.events.first.map { .integer(Int64($0.seq)) } ?? .null,
            "lastSeq": state.lastSeq.map { .integer(Int64($0)) } ?? .null, "findings": .integer(Int64(snapshot.findings.count)),
        ])
    }
}
