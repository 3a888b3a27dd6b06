import Ledger
import Meldcode

/// `logboek erase --case ID`: destroys a case's content by destroying every copy of its keys, after recording
/// `case.erased` in stream `logbook` (administrators; the sealed events stay in the log, unreadable).
enum EraseCommand: Command {
    static let spec = CommandSpec(
        path: ["erase"], abstract: "Erase a case's content: record case.erased, then destroy every copy of its keys.",
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case id, e.g. 2026-004."),
            OptionSpec(name: "ground", valueName: "retention|request", help: "Retention period ended, or a lawful request."),
            OptionSpec(name: "reason", valueName: "TEXT", help: "The legal ground or request in words (no names; recorded in plaintext)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            The log is not changed: the case's sealed events stay, and the chain, checkpoints, proofs and witness \
            cosignatures still verify. Nobody, the recovery key included, can open the content afterwards. A backup of \
            casekeys/ made before the erasure still holds the keys until that backup is destroyed.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        _ = try RecordCommand.stream(id, arguments)
        let ground = try arguments.required("ground")
        guard Vocabulary.erasureGrounds.contains(where: { $0.value == ground }) else {
            throw UsageError(message: "--ground is 'retention' or 'request', not '\(ground)'", command: spec.name)
        }
        let reason = try arguments.required("reason")
        guard !reason.allSatisfy(\.isWhitespace) else { throw LedgerError.invalidInput("the reason is empty; give the legal ground in words") }
        let destroyed = try erase(id, ground: ground, reason: reason, arguments, context)
        if arguments.flag("json") {
            context.console.json(.object(["case": .string(id), "destroyed": .array(destroyed.map { .string($0) })]))
        } else {
            context.console.out("Erased case \(id): destroyed \(destroyed.count) key copies (\(destroyed.joined(separator: ", ")))")
        }
        return .success
    }

    /// Records `case.erased` through the checked append (whose key plan destroys the copies) and returns
    /// what was destroyed, one `holder epoch N` per copy; `signer` is the loaded signer, if any (else `--as` is loaded).
    static func erase(
        _ id: String, ground: String, reason: String, _ arguments: ParsedArguments, _ context: Context, signer: Signer? = nil
    ) throws -> [String] {
        let draft = EventDraft(type: CaseErasure.eventType, stream: RegistryEvent.stream, payload: [
            "case": .string(id), "ground": .string(ground), "reason": .string(reason),
            "erasedOn": .string(CalendarDay(SystemClock().now()).description),
        ])
        let checked = try Signer.checkedAppend([draft], arguments, context, signer: signer)
        let store = KeyCopyStore(layout: checked.writer.layout)
        let copies = store.exists(id) ? try store.copies(in: id) : []
        _ = try checked.append([draft])
        return copies.map { "\($0.holder.name) epoch \($0.epoch)" }.sorted()
    }
}
