import Ledger
import Meldcode

/// `logboek case list`: every case with its child, status, events and number of findings.
enum CaseListCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "list"], abstract: "List the cases: child, status, events and findings.",
        options: [
            OptionSpec(name: "open", valueName: nil, help: "Only cases that are not closed or redirected."),
            CommonOptions.json,
        ] + CommonOptions.moment + CommonOptions.reading)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        var json = [JSONValue]()
        var lines = [String]()
        var skipped = [SkippedCase]()
        try reading.forEachSnapshot(asOf: seq, on: day, skipped: { skipped.append($0) }) { snapshot in
            guard !arguments.flag("open") || isOpen(snapshot.state.phase) else { return }
            if arguments.flag("json") { json.append(Self.json(snapshot)) } else { lines.append(line(snapshot)) }
        }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(.array(json))
            return .success
        }
        if lines.isEmpty, skipped.isEmpty { context.console.out("No cases.") }
        lines.forEach(context.console.out)
        SkippedCase.notes(skipped).forEach(context.console.out)
        return .success
    }

    private static func line(_ snapshot: CaseSnapshot) -> String {
        let state = snapshot.state
        let events = "seq \(state.events.first?.seq ?? 0)–\(state.lastSeq ?? 0)"
        let child = state.child.map { "\($0.name)\($0.group.map { " (\($0))" } ?? "")" } ?? "?"
        return "\(state.id)\t\(child)\t\(state.phase.rawValue)\t\(events)\t\(snapshot.findings.count) findings"
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
