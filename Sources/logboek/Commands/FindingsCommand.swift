import Ledger
import Meldcode

/// `logboek findings`: where the record of each case departs from the school's protocol profile.
enum FindingsCommand: Command {
    static let spec = CommandSpec(
        path: ["findings"], abstract: "List where cases depart from the protocol profile (findings inform; they never block).",
        options: [OptionSpec(name: "case", valueName: "ID", help: "Only this case."), CommonOptions.json] + CommonOptions.moment + CommonOptions.reading,
        discussion: "Each finding has a stable code, a severity, the events involved and the seed lines its rule comes from.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        var cases = [(id: String, findings: [Finding])]()
        if let id = arguments.value("case") {
            guard let snapshot = try reading.snapshot(of: id, asOf: seq, on: day) else {
                throw LedgerError.invalidInput("no case '\(id)' was opened; see `logboek case list`")
            }
            cases.append((id, snapshot.findings))
        } else {
            var skipped = [SkippedCase]()
            try reading.forEachSummary(asOf: seq, on: day, skipped: { skipped.append($0) }) { cases.append(($0.id, $0.findings)) }
            if !arguments.flag("json") { SkippedCase.notes(skipped).forEach(context.console.err) }
        }
        try reading.recordViews(arguments, context)
        let findings = cases.flatMap(\.findings)
        if arguments.flag("json") {
            context.console.json(.array(findings.map(\.json)))
            return .success
        }
        if findings.isEmpty { context.console.out("Geen bevindingen in \(cases.count) dossier(s).") }
        for (id, caseFindings) in cases where !caseFindings.isEmpty {
            context.console.out("Dossier \(id)")
            caseFindings.flatMap(CaseReport.finding).forEach(context.console.out)
        }
        return .success
    }
}
