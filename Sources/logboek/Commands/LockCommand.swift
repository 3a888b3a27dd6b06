import Ledger

/// `logboek lock [--as ID]`: drops keys that `unlock` kept in the kernel keyring.
enum LockCommand: Command {
    static let spec = CommandSpec(
        path: ["lock"], abstract: "Drop unlocked keys of this logbook: one actor's, or everyone's.",
        options: [
            OptionSpec(name: "as", valueName: "ID", help: "Only this actor's keys (default: every actor's of this logbook)."),
            CommonOptions.json,
        ],
        discussion: """
            The kernel destroys the keys at once; the next command with --as asks the passphrase again. Keys of other
            logbooks stay unlocked. Having nothing to lock is not an error.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let unlocked = try UnlockedKeys(layout: try context.layout(arguments))
        let locked: [String]
        if let actor = arguments.value("as") {
            try ActorArguments.checkID(actor, command: spec.name)
            locked = unlocked.lock(actor) ? [actor] : []
        } else {
            locked = unlocked.lockAll()
        }
        if arguments.flag("json") {
            context.console.json(.object(["locked": .array(locked.map { .string($0) })]))
        } else {
            context.console.out(locked.isEmpty ? "No keys were unlocked." : "Locked the keys of \(locked.joined(separator: ", ")).")
        }
        return .success
    }
}
