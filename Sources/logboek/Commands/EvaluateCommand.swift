import Ledger
import Meldcode

/// `logboek evaluate`: a case decision by decision, for the school's evaluation of the meldcode.
enum EvaluateCommand: Command {
    static let spec = CommandSpec(
        path: ["evaluate"], abstract: "Evaluate a case decision by decision: what was known, required and overdue then; the time line in days.",
        options: [OptionSpec(name: "case", valueName: "ID", help: "The case."), CommonOptions.json, CommonOptions.asOf, CommonOptions.knownOn] + CommonOptions.reading,
        discussion: """
            Each weighing, decision, help organised or evaluated, melding and closing, on its day: what those who decided
            and those present knew (from the knowledge projection) and what the log already held that they did not; what
            the afwegingskader route required just before; what was overdue; the findings as they stood. Then the time
            line from the first signal to Veilig Thuis' feedback in days, and records made long after the fact.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        let reading = try CaseReading.read(arguments, context)
        let seq = try reading.asOf(arguments)
        guard let evaluation = CaseEvaluation.evaluate(id, in: try reading.events(ofCase: id), through: seq, profiles: reading.profiles, actorRoles: reading.actorRoles) else {
            throw LedgerError.invalidInput("no case '\(id)' was opened\(seq == nil ? "" : " by then"); see `logboek case list`")
        }
        try reading.recordViews(arguments, context)
        if arguments.flag("json") {
            context.console.json(evaluation.json)
        } else {
            evaluation.lines(actorRoles: reading.actorRoles).forEach(context.console.out)
        }
        return .success
    }
}
