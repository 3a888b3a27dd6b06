import Ledger
import Meldcode

/// `logboek case grant ACTOR --case ID`: a coordinator gives an actor access to a case's content
/// (appends `case.access_granted`; the case's keys are sealed to the actor before the append).
enum CaseGrantCommand: Command {
    static let spec = CaseAccessChange.spec(
        verb: "grant", abstract: "Give an actor access to a case's content (coordinators only; records case.access_granted).",
        discussion: "The actor is given a copy of every key of the case, so they read its whole history.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        try CaseAccessChange.run(type: "case.access_granted", dateField: "grantedOn", summary: "Granted", arguments, context)
    }
}

/// `logboek case withdraw ACTOR --case ID`: a coordinator ends an actor's access to a case
/// (appends `case.access_withdrawn`; later events are sealed with a new key epoch, the actor's copies are removed).
enum CaseWithdrawCommand: Command {
    static let spec = CaseAccessChange.spec(
        verb: "withdraw", abstract: "End an actor's access to a case's content (coordinators only; records case.access_withdrawn).",
        discussion: "Events recorded after the withdrawal are sealed with a new key the actor is not given; their copies of the case's keys are removed.")

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        try CaseAccessChange.run(type: "case.access_withdrawn", dateField: "withdrawnOn", summary: "Withdrew", arguments, context)
    }
}

/// What `case grant` and `case withdraw` share: their arguments and their one checked append.
enum CaseAccessChange {
    /// The command spec of `case VERB ACTOR --case ID --reason TEXT`.
    static func spec(verb: String, abstract: String, discussion: String) -> CommandSpec {
        CommandSpec(
            path: ["case", verb], abstract: abstract,
            positionals: [PositionalSpec(name: "ACTOR", help: "The actor whose access changes.")],
            options: [
                OptionSpec(name: "case", valueName: "ID", help: "The case id, e.g. 2026-004."),
                OptionSpec(name: "reason", valueName: "TEXT", help: "Why (recorded in the log, sealed with the case)."),
                CommonOptions.json,
            ] + CommonOptions.signing,
            discussion: discussion)
    }

    /// Appends the access event through the checked append, which does the key work.
    static func run(type: String, dateField: String, summary: String, _ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        let actor = arguments.positionals[0]
        try ActorArguments.checkID(actor, command: "case")
        let reason = try arguments.required("reason")
        guard !reason.allSatisfy(\.isWhitespace) else { throw LedgerError.invalidInput("the reason is empty; say why (--reason TEXT)") }
        let stream = try RecordCommand.stream(try arguments.required("case"), arguments)
        let draft = EventDraft(type: type, stream: stream, payload: [
            "actor": .string(actor), "reason": .string(reason),
            dateField: .string(CalendarDay(SystemClock().now()).description),
        ])
        let checked = try Signer.checkedAppend([draft], arguments, context)
        if let event = try checked.append([draft]).first { EventSummary.reportRecorded(event, json: arguments.flag("json"), context) }
        return .success
    }
}
