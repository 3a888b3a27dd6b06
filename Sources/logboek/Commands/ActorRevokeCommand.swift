import Ledger

/// `logboek actor revoke ID`: an actor may sign no more.
enum ActorRevokeCommand: Command {
    static let spec = CommandSpec(
        path: ["actor", "revoke"], abstract: "Revoke an actor: their key signs nothing from now on (administrators only).",
        positionals: [PositionalSpec(name: "ID", help: "The actor to revoke.")],
        options: [OptionSpec.freeText("reason", help: "Why (recorded in the log)."), CommonOptions.json]
            + CommonOptions.signing,
        discussion: """
            Events the actor signed before remain valid. The last active administrator cannot be revoked.
            Every case the actor held keys of gets a new key, sealed to the members who remain; the actor's copies
            are removed, so nothing recorded from now on is readable with their old key.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let id = arguments.positionals[0]
        try ActorArguments.checkID(id, command: spec.name)
        let reason = try arguments.required("reason")
        guard !reason.allSatisfy(\.isWhitespace) else { throw LedgerError.invalidInput("the reason for revoking \(id) is empty") }
        let draft = EventDraft(.actorRevoked(actor: id, reason: reason))
        let checked = try Signer.checkedAppend([draft], arguments, context)
        let event = try checked.append([draft])[0]
        UnlockedKeys.lock(id, in: checked.writer.layout)
        RegistryOutput.report(event, summary: "Revoked \(id)", arguments, context)
        return .success
    }
}
