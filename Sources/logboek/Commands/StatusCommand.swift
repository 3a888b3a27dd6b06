import Ledger
import Meldcode

/// `logboek status`: the open cases, what is due and what is overdue.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        path: ["status"], abstract: "Show the open cases, what is due and what is overdue.",
        options: [CommonOptions.json] + CommonOptions.moment + CommonOptions.reading)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        var open = [(id: String, phase: CasePhase, findings: Int)]()
        var due = [(String, PendingAction)]()
        var skipped = [SkippedCase]()
        try reading.forEachSummary(asOf: seq, on: day, skipped: { skipped.append($0) }) { summary in
            guard summary.isOpen else { return }
            open.append((summary.id, summary.phase, summary.findings.count))
            due += summary.pendingActions.map { (summary.id, $0) }
        }
        try reading.recordViews(arguments, context)
        due.sort { $0.1.due < $1.1.due }
        if arguments.flag("json") {
            context.console.json(.object([
                "day": .string(day.description),
                "openCases": .array(open.map { .object(["id": .string($0.id), "status": .string($0.phase.rawValue)]) }),
                "pending": .array(due.map { id, action in
                    .object((action.json(on: day).objectValue ?? [:]).merging(["case": .string(id)]) { $1 })
                }),
                "findings": .integer(Int64(open.reduce(0) { $0 + $1.findings })),
            ]))
            return .success
        }
        let overdue = due.filter { $0.1.isOverdue(on: day) }.count
        context.console.out("Op \(DutchDate.text(day)): \(open.count) open dossier(s), \(overdue) handeling(en) te laat")
        for (id, phase, findings) in open { context.console.out("  \(id)\t\(phase.dutchName)\t\(findings) bevinding(en)") }
        if !due.isEmpty { context.console.out("Te doen") }
        for (id, action) in due { context.console.out("  \(id)" + CaseReport.pending(action, on: day).dropFirst()) }
        SkippedCase.notes(skipped).forEach(context.console.out)
        return .success
    }
}
