import Ledger
import Meldcode

/// `logboek retention [--on DAY] [--run --reason TEXT --as ADMIN]`: the closed cases whose retention period has
/// passed, and their erasure.
enum RetentionCommand: Command {
    static let spec = CommandSpec(
        path: ["retention"], abstract: "List the closed cases whose retention period has passed; with --run, erase them.",
        options: [
            OptionSpec(name: "on", valueName: "YYYY-MM-DD", help: "The day judged on (default: today)."),
            OptionSpec(name: "run", valueName: nil, help: "Erase every case listed (ground retention), signed --as an administrator."),
            OptionSpec.freeText("reason", help: "With --run: the ground in words (default: the profile's retention period)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            The retention period is the protocol profile's (rule access, retentionYears after the day a case was closed or
            redirected and not re-opened). Read from the log's headers alone: listing needs no key.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        var day = CalendarDay(SystemClock().now())
        if let text = arguments.value("on") {
            guard let given = CalendarDay(text) else { throw UsageError(message: "--on takes a day written YYYY-MM-DD, not '\(text)'", command: spec.name) }
            day = given
        }
        let (rule, due) = try dueCases(on: day, arguments, context)
        if arguments.flag("run") {
            guard !due.isEmpty else {
                context.console.out("No case is due for erasure on \(day).")
                return .success
            }
            let reason = arguments.value("reason") ?? "bewaartermijn van \(rule.retentionYears) jaar na afsluiten verstreken"
            let drafts = try due.map { try EraseCommand.draft(case: $0.caseID, ground: "retention", reason: reason, command: spec.name) }
            return try EraseCommand.erase(drafts, arguments, context)
        }
        if arguments.flag("json") {
            context.console.json(.object(["day": .string(day.description), "retentionYears": .integer(Int64(rule.retentionYears)), "due": .array(due.map {
                .object(["case": .string($0.caseID), "closedOn": .string($0.closedOn.description), "due": .string($0.due.description)])
            })]))
        } else if due.isEmpty {
            context.console.out("No case is due for erasure on \(day) (retention: \(rule.retentionYears) years after closing).")
        } else {
            context.console.out("Due for erasure on \(day) (retention: \(rule.retentionYears) years after closing):")
            for item in due { context.console.out("  \(item.caseID)\tclosed \(item.closedOn)\tdue \(item.due)") }
            context.console.out("Erase them with `logboek retention --run --as ADMIN`.")
        }
        return .success
    }

    /// The profile's access rule and the cases due on a day, read under the writers' lock, which is let go before
    /// any erasure takes it again.
    private static func dueCases(on day: CalendarDay, _ arguments: ParsedArguments, _ context: Context) throws -> (AccessRule, [RetentionDue]) {
        let writer = try Signer.openWriter(arguments, context)
        let rule = try ProfileHistory(adoptedIn: writer).current.access
        return (rule, RetentionDue.cases(in: try CaseOutline.all(in: writer), under: rule, on: day))
    }
}
