import Ledger
import Meldcode

/// `logboek erase --case ID --reason TEXT --ground retention|request --as ADMIN`: destroys a case's content.
enum EraseCommand: Command {
    static let spec = CommandSpec(
        path: ["erase"], abstract: "Erase a case's content: record case.erased, then destroy every copy of its keys.",
        options: [
            OptionSpec(name: "case", valueName: "ID", help: "The case."),
            OptionSpec(name: "ground", valueName: "retention|request", help: "The retention period ended, or a lawful request (AVG)."),
            OptionSpec.freeText("reason", help: "The legal ground or the request in words (no names: it stays readable)."),
            CommonOptions.json,
        ] + CommonOptions.signing,
        discussion: """
            An administrator appends case.erased to stream logbook; then every copy of the case's keys (every epoch, every
            member, the recovery key's) is destroyed and synced. The sealed records stay in the log, unreadable, so the log
            before is a byte-for-byte prefix of the log after and every signature, checkpoint and proof still verifies.
            Projections and reports show the case as erased. Copies of casekeys/ in backups still hold the keys until those
            backups are destroyed or erased too (docs/DOMAIN.md, "Privacy: sealed case content").
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = try arguments.required("case")
        // Whatever it destroys, erase proves who asks first: the administrator's passphrase, or their unlocked key.
        let signer = try Signer.load(arguments, context)
        if let destroyed = try destroyRestoredCopies(ofCase: id, by: signer, arguments, context) {
            context.console.out("Case \(id) was erased at seq \(destroyed.seq); destroyed \(destroyed.copies) copies of its keys restored since.")
            return .success
        }
        let draft = try draft(
            case: id, ground: try arguments.required("ground"), reason: try arguments.required("reason"), command: spec.name)
        return try erase([draft], signer: signer, arguments, context)
    }

    /// For a case erased before whose keys came back (a backup of `casekeys/` restored), destroys them again
    /// without a new event.
    /// - Returns: The erasure's seq and how many copies were destroyed, or `nil` if the case is not erased.
    private static func destroyRestoredCopies(
        ofCase id: String, by signer: Signer, _ arguments: ParsedArguments, _ context: Context
    ) throws -> (seq: Int, copies: Int)? {
        let writer = try Signer.openWriter(arguments, context)
        guard let erasure = try CaseErasure.all(in: writer)[id] else { return nil }
        let registered = writer.state.registry.actors[signer.actor]
        guard registered?.isActiveAdministrator == true else {
            throw LedgerError.refused(.notAuthorised, "only an active administrator erases; '\(signer.actor)' is not one")
        }
        guard registered?.publicKey == signer.key.publicKey else { throw LedgerError.keyMismatch(actor: signer.actor) }
        return (erasure.seq, try KeyCopyStore(layout: writer.layout).destroy(id))
    }

    /// The `case.erased` of one case, dated today.
    /// - Parameters:
    ///   - id: The case.
    ///   - ground: `retention` or `request`.
    ///   - reason: The ground in words.
    static func draft(case id: String, ground: String, reason: String, command: String) throws -> EventDraft {
        guard Vocabulary.erasureGrounds.contains(where: { $0.value == ground }) else {
            throw UsageError(message: "--ground takes retention or request, not '\(ground)'", command: command)
        }
        return EventDraft(type: CaseErasure.eventType.rawValue, stream: RegistryEvent.stream, payload: [String: JSONValue](fields: [
            .case: .string(id), .ground: .string(ground), .reason: .string(reason),
            .erasedOn: .string(CalendarDay(SystemClock().now()).description),
        ]))
    }

    /// Appends the erasures and reports how many key copies each destroyed.
    static func erase(_ drafts: [EventDraft], signer: Signer? = nil, _ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
        let checked = try Signer.checkedAppend(drafts, arguments, context, signer: signer)
        let store = KeyCopyStore(layout: checked.writer.layout)
        let ids = drafts.compactMap { $0.payload[.case]?.stringValue }
        let copies = try ids.map { try store.copies(in: $0).count }
        let events = try checked.append(drafts)
        var json = [JSONValue]()
        for (index, event) in events.enumerated() {
            if arguments.flag("json") {
                json.append(.object(["case": .string(ids[index]), "seq": .integer(Int64(event.header.seq)), "keyCopiesDestroyed": .integer(Int64(copies[index]))]))
            } else {
                context.console.out("Erased case \(ids[index]) at seq \(event.header.seq): \(copies[index]) copies of its keys destroyed; its records stay in the log, unreadable.")
            }
        }
        if arguments.flag("json") { context.console.json(.array(json)) }
        return .success
    }
}
