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
        let json = arguments.flag("json")
        // Each case's findings are turned into output as the case is read (the JSON array's elements as bytes after its
        // `[`, far smaller than their values; or the text's lines); nothing else of it is kept, and nothing is written
        // before the reads are on the record.
        var output = [UInt8](), lines = [String](), count = 0, cases = 0
        func add(_ id: String, _ findings: [Finding]) {
            cases += 1
            count += findings.count
            if json {
                for finding in findings {
                    output.append(output.isEmpty ? 0x5B : 0x2C)
                    output += CanonicalJSON.encode(finding.json)
                }
            } else if !findings.isEmpty {
                lines += ["Dossier \(id)"] + findings.flatMap(CaseReport.finding)
            }
        }
        if let id = arguments.value("case") {
            guard let snapshot = try reading.snapshot(of: id, asOf: seq, on: day) else {
                throw LedgerError.invalidInput("no case '\(id)' was opened; see `logboek case list`")
            }
            add(id, snapshot.findings)
        } else {
            var skipped = [SkippedCase]()
            try reading.forEachSummary(asOf: seq, on: day, skipped: { skipped.append($0) }) { add($0.id, $0.findings) }
            if !json { SkippedCase.notes(skipped).forEach(context.console.err) }
        }
        try reading.recordViews(arguments, context)
        if json {
            if output.isEmpty { output.append(0x5B) }
            output.append(0x5D)
            context.console.jsonLine(output)
            return .success
        }
        if count == 0 { context.console.out("Geen bevindingen in \(cases) dossier(s).") }
        lines.forEach(context.console.out)
        return .success
    }
}
