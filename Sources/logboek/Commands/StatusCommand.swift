import Ledger
import Meldcode

/// `logboek status`: the open cases, what is due and what is overdue.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        path: ["status"], abstract: "Show the open cases, what is due and what is overdue.",
        options: [CommonOptions.json] + CommonOptions.moment)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        let open = reading.snapshots(asOf: seq, on: day).filter { CaseListCommand.isOpen($0.state.phase) }
        let due = open.flatMap { snapshot in snapshot.pendingActions.map { (snapshot.state.id, $0) } }.sorted { $0.1.due < $1.1.due }
        if arguments.flag("json") {
            context.console.json(.object([
                "day": .string(day.description),
                "openCases": .array(open.map { .object(["id": .string($0.state.id), "status": .string($0.state.phase.rawValue)]) }),
                "pending": .array(due.map { id, action in
                    .object((action.json(on: day).objectValue ?? [:]).merging(["case": .string(id)]) { $1 })
                }),
                "findings": .integer(Int64(open.reduce(0) { $0 + $1.findings.count })),
            ]))
            return .success
        }
        context.console.out("On \(day): \(open.count) open case(s), \(due.filter { $0.1.isOverdue(on: day) }.count) overdue action(s)")
        for snapshot in open {
            context.console.out("  \(snapshot.state.id)\t\(snapshot.state.phase.rawValue)\t\(snapshot.findings.count) findings")
        }
        if !due.isEmpty { context.console.out("Due") }
        for (id, action) in due { context.console.out("  \(id)" + CaseReport.pending(action, on: day).dropFirst()) }
        return .success
    }
}
