import Ledger
import Meldcode

/// `logboek repair`: removes an unfinished write from the end of the log.
enum RepairCommand: Command {
    static let spec = CommandSpec(
        path: ["repair"], abstract: "Remove an unfinished write (torn tail) from the end of the log.",
        options: [CommonOptions.lockTimeout, CommonOptions.json],
        discussion: """
            Only bytes after the last complete line are removed (they are kept in torn/); a committed event
            is never touched. Any append does the same first. A log damaged elsewhere is refused.
            """)

    static func run(_ arguments: ParsedArguments, context: Context) throws -> ExitCode {
        let timeout = Double(try arguments.count("lock-timeout") ?? 30)
        let writer = try LogWriter(opening: context.layout(arguments), lockTimeout: timeout, rules: CaseAuthority())
        let removed = writer.repairedTornTailBytes
        if arguments.flag("json") {
            context.console.json(.object(["removedBytes": .integer(Int64(removed)), "events": .integer(Int64(writer.state.nextSeq))]))
        } else {
            context.console.out(removed > 0
                ? "Removed \(removed) bytes of an unfinished write; \(writer.state.nextSeq) events remain."
                : "Nothing to repair: the log ends with a complete line (\(writer.state.nextSeq) events).")
        }
        return .success
    }
}
