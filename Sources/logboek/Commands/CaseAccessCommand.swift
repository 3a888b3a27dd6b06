import Ledger
import Meldcode

/// `logboek case grant` and `logboek case withdraw`: a coordinator gives someone access to a case's content, or
/// ends it (`case.access_granted`, `case.access_withdrawn`), each with a reason.
enum CaseAccessCommand {
    /// The options both commands take.
    static func options(dateOption: String, dateHelp: String) -> [OptionSpec] {
        [
            OptionSpec(name: "case", valueName: "ID", help: "The case."),
            OptionSpec.freeText("reason", help: "Why (recorded in stream logbook, readable by the verifier: no content of the case, no names)."),
            OptionSpec(name: dateOption, valueName: "YYYY-MM-DD", help: dateHelp),
            PaperRecord.option, CommonOptions.json,
        ] + CommonOptions.signing
    }

    /// Records the change of access named by the arguments.
    static func run(type: String, dateField: PayloadField, dateOption: String, _ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        let actor = arguments.positionals[0]
        try ActorArguments.checkID(actor, command: arguments.spec.name)
        let id = try arguments.required("case")
        _ = try RecordCommand.stream(id, arguments)
        // A grant lives in stream logbook, whose events carry no paper-record field: from paper, the day is required.
        let (day, _) = try PaperRecord.day(arguments, option: dateOption, label: "de datum", context)
        let draft = EventDraft(type: type, stream: RegistryEvent.stream, payload: [String: JSONValue](fields: [
            .case: .string(id), .actor: .string(actor), .reason: .string(try arguments.required("reason")), dateField: .string(day),
        ]))
        let checked = try Signer.checkedAppend([draft], arguments, context)
        if let event = try checked.append([draft]).first { EventSummary.reportRecorded(event, json: arguments.flag("json"), context) }
        return .success
    }
}

/// `logboek case grant ACTOR --case ID --reason TEXT --as COORDINATOR`.
enum CaseGrantCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "grant"], abstract: "Give someone access to a case's content (a coordinator records case.access_granted).",
        positionals: [PositionalSpec(name: "ACTOR", help: "Who may read the case from now on.")],
        options: CaseAccessCommand.options(dateOption: "granted-on", dateHelp: "The day access was given (default: today)."),
        discussion: """
            A case is read by whoever opened it, by the roles the protocol profile names as coordinators (rule access,
            `logboek profile show`) and by whom a coordinator grants access. The case's keys are sealed to the new member
            (and written to disk) before the event is appended; from then on they read every record of the case.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        try CaseAccessCommand.run(type: EventType.caseAccessGranted.rawValue, dateField: .grantedOn, dateOption: "granted-on", arguments, context)
    }
}

/// `logboek case withdraw ACTOR --case ID --reason TEXT --as COORDINATOR`.
enum CaseWithdrawCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "withdraw"], abstract: "End someone's access to a case's content (a coordinator records case.access_withdrawn).",
        positionals: [PositionalSpec(name: "ACTOR", help: "Whose access ends.")],
        options: CaseAccessCommand.options(dateOption: "withdrawn-on", dateHelp: "The day access ended (default: today)."),
        discussion: """
            The case gets a new key for every record from then on, sealed to the remaining members and the recovery key,
            and the withdrawn member's copies of the case's keys are destroyed. Coordinators read every case by their role:
            to end that, change their role.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        try CaseAccessCommand.run(type: EventType.caseAccessWithdrawn.rawValue, dateField: .withdrawnOn, dateOption: "withdrawn-on", arguments, context)
    }
}
