import Ledger
import Meldcode

/// `logboek retention`: the closed cases whose retention period has passed, and with `--run` their erasure.
enum RetentionCommand: Command {
    static let spec = CommandSpec(
        path: ["retention"], abstract: "List closed cases whose retention period has passed; with --run, erase them.",
        options: [
            OptionSpec(name: "on", valueName: "YYYY-MM-DD", help: "The day to judge on (default: today)."),
            OptionSpec(name: "run", valueName: nil, help: "Erase the listed cases (ground retention; needs --as and --reason)."),
            OptionSpec(name: "reason", valueName: "TEXT", help: "With --run: the legal ground in words, recorded with each erasure."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            A case is due when it was closed or redirected (read from the event headers; no key is needed) at least \
            the profile's access.retentionYears before the day, counted in Europe/Amsterdam days, and was not erased.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let day = try judgedDay(arguments)
        let due = try {
            let writer = try Signer.openWriter(arguments, context)
            return try CaseRetention.due(in: writer, under: try ProfileHistory(adoptedIn: writer).current.access, on: day)
        }()
        var destroyed = [String: [String]]()
        if arguments.flag("run") {
            let reason = try arguments.required("reason")
            guard !reason.allSatisfy(\.isWhitespace) else { throw LedgerError.invalidInput("the reason is empty; give the legal ground in words") }
            let signer = try Signer.load(arguments, context)
            for retention in due {
                destroyed[retention.caseID] = try EraseCommand.erase(
                    retention.caseID, ground: "retention", reason: reason, arguments, context, signer: signer)
            }
        }
        if arguments.flag("json") {
            context.console.json(.array(due.map { retention in
                var object: [String: JSONValue] = [
                    "case": .string(retention.caseID), "closedOn": .string(retention.closedOn.description),
                    "dueOn": .string(retention.dueOn.description),
                ]
                if let copies = destroyed[retention.caseID] { object["destroyed"] = .array(copies.map { .string($0) }) }
                return .object(object)
            }))
        } else {
            for retention in due {
                let erased = destroyed[retention.caseID].map { "\terased: destroyed \($0.count) key copies" } ?? ""
                context.console.out("\(retention.caseID)\tclosed \(retention.closedOn)\tdue \(retention.dueOn)\(erased)")
            }
            if due.isEmpty { context.console.err("No closed case is past its retention period on \(day).") }
        }
        return .success
    }

    private static func judgedDay(_ arguments: ParsedArguments) throws -> CalendarDay {
        guard let text = arguments.value("on") else { return CalendarDay(SystemClock().now()) }
        guard let day = CalendarDay(text) else {
            throw UsageError(message: "--on takes a day written YYYY-MM-DD, not '\(text)'", command: spec.name)
        }
        return day
    }
}
