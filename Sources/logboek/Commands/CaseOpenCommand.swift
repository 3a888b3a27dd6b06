import Ledger
import Meldcode

/// `logboek case open ID`: opens a case (appends `case.opened` in stream `case/ID`).
enum CaseOpenCommand: Command {
    static let spec = CommandSpec(
        path: ["case", "open"], abstract: "Open a case about one child (records case.opened in stream case/ID).",
        positionals: [PositionalSpec(name: "ID", help: "The case id, e.g. 2026-004.")],
        options: [
            OptionSpec.freeText("child-ref", valueName: "REF", help: "The pupil number or internal reference."),
            OptionSpec.freeText("child-name", valueName: "NAME", help: "The child's name."),
            OptionSpec(name: "birth-date", valueName: "YYYY-MM-DD", help: "The child's date of birth."),
            OptionSpec.freeText("group", valueName: "G", help: "The child's group or location (optional)."),
            OptionSpec.freeText("reason", help: "Why the case is opened."),
            OptionSpec(name: "opened-on", valueName: "YYYY-MM-DD", help: "The day the case was opened (default: today, with a note; required with --recorded-from-paper)."),
            PaperRecord.option, CommonOptions.json,
        ] + CommonOptions.signing)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        var payload = [String: JSONValue](fields: [
            .childRef: .string(try arguments.required("child-ref")),
            .childName: .string(try arguments.required("child-name")),
            .birthDate: .string(try arguments.required("birth-date")),
            .reason: .string(try arguments.required("reason")),
        ])
        let (day, paper) = try PaperRecord.day(arguments, option: "opened-on", label: "de datum van openen", context)
        payload[.openedOn] = .string(day)
        if let paper { payload[EventDefinition.paperRecordField.name] = .string(paper) }
        if let group = arguments.value("group") { payload[.group] = .string(group) }
        let stream = try RecordCommand.stream(arguments.positionals[0], arguments)
        let draft = EventDraft(type: EventType.caseOpened.rawValue, stream: stream, payload: payload)
        let checked = try Signer.checkedAppend([draft], arguments, context)
        if let event = try checked.append([draft]).first { EventSummary.reportRecorded(event, json: arguments.flag("json"), context) }
        return .success
    }
}
