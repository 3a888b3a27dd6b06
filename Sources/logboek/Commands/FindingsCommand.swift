import Ledger
import Meldcode

/// `logboek findings`: where the record of each case departs from the school's protocol profile.
enum FindingsCommand: Command {
    static let spec = CommandSpec(
        path: ["findings"], abstract: "List where cases depart from the protocol profile (findings inform; they never block).",
        options: [OptionSpec(name: "case", valueName: "ID", help: "Only this case."), CommonOptions.json] + CommonOptions.moment,
        discussion: "Each finding has a stable code, a severity, the events involved and the seed lines its rule comes from.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        var cases = reading.snapshots(asOf: seq, on: try reading.day(arguments, asOf: seq))
        if let id = arguments.value("case") {
            cases = cases.filter { $0.state.id == id }
            guard !cases.isEmpty else { throw LedgerError.invalidInput("no case '\(id)' was opened; see `logboek case list`") }
        }
        let findings = cases.flatMap(\.findings)
        if arguments.flag("json") {
            context.console.json(.array(findings.map(\.json)))
            return .success
        }
        if findings.isEmpty { context.console.out("No findings in \(cases.count) case(s).") }
        for snapshot in cases where !snapshot.findings.isEmpty {
            context.console.out("Case \(snapshot.state.id)")
            snapshot.findings.map(CaseReport.finding).forEach(context.console.out)
        }
        return .success
    }
}
