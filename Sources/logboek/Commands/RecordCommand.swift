import Ledger
import Meldcode

/// `logboek record TYPE`: records a meldcode event in a case, from flags, a JSON payload or guided entry.
enum RecordCommand: Command {
    static let spec = CommandSpec(
        path: ["record"], abstract: "Record a meldcode event in a case (TYPE-specific flags, --payload or --guided).",
        positionals: [PositionalSpec(name: "TYPE", help: "The event type, e.g. signal.recorded.")],
        options: common,
        discussion: "Event types (run `logboek record TYPE --help` for a type's flags):\n"
            + EventCatalogue.standard.definitions.filter { $0.scope == .case }
                .map { "  \($0.type.padding(toLength: 22, withPad: " ", startingAt: 0))step \($0.step.padding(toLength: 4, withPad: " ", startingAt: 0))\($0.summary)" }
                .joined(separator: "\n"))

    private static let common = [
        OptionSpec(name: "case", valueName: "ID", help: "The case, e.g. 2026-004 (stream case/ID)."),
        OptionSpec(name: "payload", valueName: "FILE|-", help: "The whole payload as a JSON object, instead of flags."),
        OptionSpec(name: "guided", valueName: nil, help: "Ask for each field in Dutch (answers from standard input), then confirm."),
        CommonOptions.json,
    ] + CommonOptions.signing

    /// The spec of one type: the common options plus a flag per top-level field.
    static func spec(for words: [String]) -> CommandSpec {
        guard let type = words.first, let definition = EventCatalogue.standard.definition(of: type), definition.scope == .case else {
            return spec
        }
        var typed = spec
        typed.options = common + PayloadFlags.options(for: definition)
        typed.discussion = """
            \(definition.type) — \(definition.dutchName) (step \(definition.step)): \(definition.summary)
            Members of a nested object are flags too (--source-kind sets source.kind); lists of objects are given with
            --payload or --guided. `logboek schema \(definition.type)` prints the full schema.
            \(FieldInput.listRule)
            A field whose flag would be one of record's own options takes its kind as a suffix (--help-text, --help-seq);
            --help always shows this help.
            """
        return typed
    }

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let definition = try EventCatalogue.standard.require(arguments.positionals[0])
        let caseID = try arguments.required("case")
        var signer: Signer?
        guard let payload = try payload(arguments, definition, context, signer: &signer) else {
            context.console.err("Niets vastgelegd.")
            return .failure
        }
        let draft = EventDraft(type: definition.type, stream: try stream(caseID, arguments), payload: payload)
        let fromFlags = PayloadFlags.anyGiven(arguments, definition: definition)
        let events: [Event]
        do {
            let checked = try CaseReading.session(as: signer ?? Signer.load(arguments, context), arguments, context).checkedAppend([draft])
            ReferenceEcho.lines(payload, definition, in: checked.events).forEach(context.console.err)
            PaperRecord.beforeOpening(payload, definition, caseID: caseID, in: checked.events).forEach(context.console.err)
            events = try checked.append([draft])
        } catch let error as MeldcodeError where fromFlags {
            throw PayloadFlags.namingFlags(error, definition: definition)
        }
        if let event = events.first { EventSummary.reportRecorded(event, json: arguments.flag("json"), context) }
        return .success
    }

    /// The stream of a case id given on the command line.
    static func stream(_ caseID: String, _ arguments: ParsedArguments) throws -> String {
        let stream = CaseStream.name(of: caseID)
        guard Names.isStream(stream), CaseStream.caseID(of: stream) == caseID else {
            throw LedgerError.invalidInput("'\(caseID)' is not a case id: \(ActorArguments.slugRule) (e.g. 2026-004)")
        }
        return stream
    }

    /// The payload from flags, `--payload` or guided entry (which first opens the signer's keys, handed back in
    /// `signer`, to show the case's events it may refer to).
    private static func payload(
        _ arguments: ParsedArguments, _ definition: EventDefinition, _ context: Context, signer: inout Signer?
    ) throws -> [String: JSONValue]? {
        let sources = [arguments.value("payload") != nil, arguments.flag("guided"), PayloadFlags.anyGiven(arguments, definition: definition)]
        guard sources.filter({ $0 }).count <= 1 else {
            throw UsageError(message: "give the payload one way: type-specific flags, --payload or --guided", command: arguments.spec.name)
        }
        if let file = arguments.value("payload") {
            return try DraftInput.object(try InputFile.read(file, as: .payload), what: "the payload")
        }
        if arguments.flag("guided") {
            let caseID = try arguments.required("case")
            _ = try stream(caseID, arguments)
            let reader = try Signer.load(arguments, context)
            signer = reader
            let showsEvents = definition.payload.fields.contains { $0.kind.refersToEvents }
            let caseEvents = showsEvents ? try CaseReading.eventsForGuidedEntry(ofCase: caseID, as: reader, arguments, context) : []
            return try GuidedEntry(
                definition: definition, console: context.console, now: SystemClock().now(), caseEvents: caseEvents, command: arguments.spec.name
            ).run()
        }
        let payload = try PayloadFlags.payload(arguments, definition: definition)
        try PayloadFlags.checkComplete(payload, definition: definition)
        return payload
    }
}
