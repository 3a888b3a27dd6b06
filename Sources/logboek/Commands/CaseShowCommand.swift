import Ledger
import Meldcode

/// `logboek case show`: one case's steps, afwegingskader route, hypotheses, deadlines and findings, now or as of any seq.
enum CaseShowCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "show"], abstract: "Show a case: step progress, route, hypotheses, deadlines and findings.",
        positionals: [PositionalSpec(name: "ID", help: "The case id, e.g. 2026-014.")],
        options: [CommonOptions.json] + CommonOptions.moment + CommonOptions.reading,
        discussion: """
            The state is a fold of the case's events; with --as-of SEQ, of the events up to and including SEQ, judged
            under the protocol profile in force at that seq, so a case can be replayed as it stood at any moment.
            Findings say where the record departs from the profile; they inform and never block.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = arguments.positionals[0]
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        let day = try reading.day(arguments, asOf: seq)
        guard let snapshot = try reading.snapshot(of: id, asOf: seq, on: day) else {
            let when = seq.map { $0 < 0 ? " by then" : " by seq \($0)" } ?? ""
            throw LedgerError.invalidInput("no case '\(id)' was opened\(when); see `logboek case list`")
        }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(snapshot.json)
        } else {
            CaseReport.lines(snapshot).forEach(context.console.out)
        }
        return .success
    }
}
