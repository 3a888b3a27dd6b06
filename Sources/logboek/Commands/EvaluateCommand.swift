import Ledger
import Meldcode

/// `logboek evaluate`: a case decision by decision, for the school's evaluation of the meldcode, as text, as JSON,
/// or as the Dutch HTML evaluation report.
enum EvaluateCommand: Command {
    static let spec = CommandSpec(
        path: ["evaluate"], abstract: "Evaluate a case decision by decision: what was known, required and overdue then; the time line in days.",
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case."), CommonOptions.json,
            OptionSpec(name: "format", valueName: "text|html", help: "text (default): lines for the terminal; html: the Dutch evaluation report."),
            CommonOptions.asOf, CommonOptions.knownOn,
        ] + CommonOptions.output(help: "With --format html: write the report to FILE (default: standard output).") + CommonOptions.reading,
        discussion: """
            Each weighing, decision, help organised or evaluated, melding and closing, on its day: what those who decided
            and those present knew (from the knowledge projection) and what the log already held that they did not; what
            the afwegingskader route required just before; what was overdue; the findings as they stood. Then the time
            line from the first signal to Veilig Thuis' feedback in days, and records made long after the fact.
            --json gives each person's knowledge as what they did not yet know and how much they knew; everything else
            of the case's `seqs` before the decision they knew.
            --format html writes one self-contained, printable Dutch HTML document for the school's evaluator (the same
            as `logboek report evaluatie`), made after the whole log was verified; print it to PDF with any browser.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        if try wantsHTML(arguments) {
            let asReport = ParsedArguments(
                spec: ReportCommand.spec, positionals: [ReportKind.evaluatie.rawValue], values: arguments.values, flags: arguments.flags,
                ordered: arguments.ordered)
            return try ReportCommand.make(.evaluatie, command: "evaluate", asReport, context)
        }
        if arguments.value("out") != nil {
            throw UsageError(message: "--out applies to --format html; text and --json go to standard output", command: spec.name)
        }
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

    /// Whether `--format html` was asked for.
    /// - Throws: ``UsageError`` for another format, or html together with `--json`.
    private static func wantsHTML(_ arguments: ParsedArguments) throws -> Bool {
        switch arguments.value("format") ?? "text" {
        case "text": return false
        case "html":
            guard !arguments.flag("json") else { throw UsageError(message: "give --json or --format html, not both", command: spec.name) }
            return true
        case let other: throw UsageError(message: "--format takes text or html (for JSON give --json), not '\(other)'", command: spec.name)
        }
    }
}
